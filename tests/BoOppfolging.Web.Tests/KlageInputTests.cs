using System.Net;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoOppfolging.Web.Tests;

/// <summary>
/// The complaint forms (issue 13) posted with empty, too long, wrong-type, script and SQL-looking values: the staff's forms answer
/// with the page and its messages (or 400), never a 500, and the complaint is unchanged and none is registered; the citizen's form
/// never answers 500 and never makes a complaint from such values (it may keep them as a draft).
/// </summary>
public sealed class KlageInputTests(BoOppfolgingApp app) : IClassFixture<BoOppfolgingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Idag => Norsktid.Dato(DateTimeOffset.UtcNow);

    public static TheoryData<string> Verdier => new(
        "", "   ", "<script>alert(1)</script>", "' OR 1=1; DROP TABLE Klager; --", new string('å', 12000), "abc", "-1", "99",
        "9999-99-99", "31.02.2026", "00000000-0000-0000-0000-000000000000", "true,false", "Digital", "Medhold", "2000-01-01");

    private static readonly string[] Felt =
    [
        "Versjon", "SkjemaId", "VedtakId", "Kanal", "Klagerrolle", "KlagerNavn", "Mottatt", "Postlagt", "Signert", "Uenighet", "Onsket",
        "NyeOpplysninger", "ForsinkelseGrunn", "ErPartEllerFullmektig", "FristOverholdt", "Unntak", "Konkret", "Merknad", "Frist", "Begrunnelse",
        "Saksforhold", "Vurdering", "Dokumenter", "Utfall", "Dato", "Forventet", "Delvis", "UtkastId", "Handling",
    ];

    private async Task<ByggetSak> SakAsync(Func<Saksbygger, Saksbygger>? steg, string? innbygger = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<Saksoppretter>(scope.ServiceProvider).OpprettAsync(new Saksbestilling
        {
            Innbygger = innbygger, Status = Saksstatus.Vedtatt, Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no",
            Alder = TimeSpan.FromDays(60), VedtaksbrevSendt = Idag.AddDays(-10), Steg = steg,
        }, Ct);
    }

    private Task<List<Klage>> KlagerAsync(Guid sakId) =>
        app.MedDbAsync(db => db.Set<Klage>().AsNoTracking().Where(k => k.SakId == sakId).ToListAsync(Ct));

    [Theory]
    [MemberData(nameof(Verdier))]
    public async Task De_ansattes_klageskjemaer_gir_aldri_500_og_endrer_ingenting(string verdi)
    {
        var klient = await app.LoggInnAsync("teamleder@demo.no");
        var naa = DateTimeOffset.UtcNow;

        var uten = await SakAsync(null);
        await PostAlleFeltAsync(klient, $"/saker/{uten.Id}/klager/ny", verdi);
        Assert.Empty(await KlagerAsync(uten.Id));

        var usignert = new Formkrav(true, true, null, true, false, null);
        foreach (var (steg, skjemaer) in new (Func<Saksbygger, Saksbygger>, string[])[]
        {
            (b => b.MottaKlage(tidspunkt: naa.AddMinutes(-5)), ["formkrav", "forelopig-svar"]),
            (b => b.MottaKlage(Klagekanal.Post, signert: false, tidspunkt: naa.AddMinutes(-5)).VurderKlagensFormkrav(usignert, tidspunkt: naa.AddMinutes(-4)),
                ["retting", "avvis"]),
            (b => b.MottaKlage(tidspunkt: naa.AddMinutes(-5)).VurderKlagensFormkrav(tidspunkt: naa.AddMinutes(-4)), ["vurdering", "omgjor"]),
            (b => b.MottaKlage(tidspunkt: naa.AddMinutes(-5)).VurderKlagensFormkrav(tidspunkt: naa.AddMinutes(-4))
                .OpprettholdVedtakEtterKlage(tidspunkt: naa.AddMinutes(-3)).OversendKlage(tidspunkt: naa.AddMinutes(-2)), ["resultat"]),
        })
        {
            var sak = await SakAsync(steg);
            var for_ = Assert.Single(await KlagerAsync(sak.Id));
            foreach (var skjema in skjemaer) await PostAlleFeltAsync(klient, $"/saker/{sak.Id}/klager/{for_.Id}/{skjema}", verdi);
            var etter = Assert.Single(await KlagerAsync(sak.Id));
            Assert.Equal((for_.Versjon, for_.Status), (etter.Versjon, etter.Status));
        }
    }

    [Theory]
    [MemberData(nameof(Verdier))]
    public async Task Innbyggerens_klageskjema_gir_aldri_500_og_lager_ingen_klage_av_slike_verdier(string verdi)
    {
        var sak = await SakAsync(null, innbygger: "ola.nordmann@demo.no");
        var vedtakId = await app.MedDbAsync(db => db.Set<Domain.Vedtak>().Where(v => v.SakId == sak.Id).Select(v => v.Id).SingleAsync(Ct));
        var klient = await app.LoggInnAsync("ola.nordmann@demo.no");
        var sti = $"/mine-saker/{sak.Id}/vedtak/{vedtakId}/klage";
        using var svar = await klient.PostSkjemaAsync(sti, Felt.ToDictionary(f => f, _ => verdi), sti);
        Assert.True(svar.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.Redirect or HttpStatusCode.NotFound,
            $"{sti} svarte {(int)svar.StatusCode}");
        Assert.DoesNotContain("<script>alert(1)</script>", await svar.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(await KlagerAsync(sak.Id));
    }

    /// <summary>Every field set to <paramref name="verdi"/>: the page with messages or 400, never a 500, no script echoed.</summary>
    private static async Task PostAlleFeltAsync(HttpClient klient, string sti, string verdi)
    {
        using var svar = await klient.PostSkjemaAsync(sti, Felt.ToDictionary(f => f, _ => verdi), sti);
        Assert.True(svar.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{sti} svarte {(int)svar.StatusCode}");
        var html = await svar.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        if (svar.StatusCode == HttpStatusCode.OK) Assert.Contains("For å gå videre må du rette opp dette", html, StringComparison.Ordinal);
    }
}
