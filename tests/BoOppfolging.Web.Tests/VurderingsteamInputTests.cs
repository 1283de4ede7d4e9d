using System.Net;
using BoOppfolging.Domain;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Web.Tests;

/// <summary>
/// The vurderingsteam's other forms (the case's flags, a request to the GP and its answer, the IPLOS scoring form)
/// and the citizen's preparation, posted with empty, too long, wrong-type, script and SQL-looking values on demo
/// cases: the answer is the form with messages (or 400), never a 500, and what the form would change is unchanged.
/// </summary>
public sealed class VurderingsteamInputTests(BoOppfolgingApp app) : IClassFixture<BoOppfolgingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Verdier => new(
        "", "   ", "<script>alert(1)</script>", "' OR 1=1; DROP TABLE Saker; --", new string('å', 5000), "abc", "-1", "9999-99-99",
        "31.02.2026", "00000000-0000-0000-0000-000000000000", "true,false", "1e30");

    private static readonly string[] Forberedelsesfelt = ["Versjon", "HvaJegKlarer", "Onsker[0].Omrade", "Onsker[0].Tekst", "Maal[0]", "Maal[99]"];

    private static async Task PostAsync(HttpClient klient, string sti, IEnumerable<string> felt, string verdi, string skjemaSide)
    {
        using var svar = await klient.PostSkjemaAsync(sti, felt.ToDictionary(f => f, _ => verdi), skjemaSide);
        Assert.True(svar.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{sti} svarte {(int)svar.StatusCode}");
        if (svar.StatusCode != HttpStatusCode.OK) return;
        var html = await svar.Content.ReadAsStringAsync(Ct);
        Assert.Contains("For å gå videre må du rette opp dette", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Verdier))]
    public async Task Varsler_innhenting_og_svar_gir_aldri_500_og_endrer_ingenting(string verdi)
    {
        // Sofie's case (demo): flags registered and a request to her GP without an answer yet.
        var innhenting = await app.MedDbAsync(db => db.Set<Innhenting>().AsNoTracking().Where(i => i.SvarMottatt == null).OrderBy(i => i.Id).FirstAsync(Ct));
        var sakId = innhenting.SakId;
        var varsler = await app.MedDbAsync(db => db.Set<Saksvarsler>().AsNoTracking().SingleAsync(v => v.SakId == sakId, Ct));
        var antall = await app.MedDbAsync(db => db.Set<Innhenting>().CountAsync(i => i.SakId == sakId, Ct));
        var klient = await app.LoggInnAsync("teamleder@demo.no");

        await PostAsync(klient, $"/saker/{sakId}/varsler",
            ["Versjon", "UtkastelseDato", "UtkastelseMerknad", "Risiko", "SikkerhetMerknad", "GjennomgaasDato", "Tolkesprak", "IndividuellPlan", "Koordinator"],
            verdi, $"/saker/{sakId}/varsler");
        await PostAsync(klient, $"/saker/{sakId}/innhenting/ny",
            ["Versjon", "SamtykkeId", "AnnenKildeNavn", "Hva", "Frist", "Adresse", "Postnummer", "Poststed"], verdi, $"/saker/{sakId}/innhenting/ny");
        await PostAsync(klient, $"/saker/{sakId}/innhenting/{innhenting.Id}/svar",
            ["Versjon", "Mottatt", "Sammendrag"], verdi, $"/saker/{sakId}/innhenting/{innhenting.Id}/svar");

        var etter = await app.MedDbAsync(db => db.Set<Saksvarsler>().AsNoTracking().SingleAsync(v => v.SakId == sakId, Ct));
        Assert.Equal(varsler.Versjon, etter.Versjon);
        Assert.Equal(antall, await app.MedDbAsync(db => db.Set<Innhenting>().CountAsync(i => i.SakId == sakId, Ct)));
        Assert.Equal(innhenting.Versjon, (await app.MedDbAsync(db => db.Set<Innhenting>().AsNoTracking().SingleAsync(i => i.Id == innhenting.Id, Ct))).Versjon);
    }

    [Theory]
    [MemberData(nameof(Verdier))]
    public async Task Iplosskjemaet_gir_aldri_500_og_endrer_ikke_utkastet(string verdi)
    {
        // The demo's draft reassessment (Jonas).
        var utkast = await app.MedDbAsync(db => db.Set<IplosVurdering>().AsNoTracking().Where(v => v.Ferdig == null).OrderBy(v => v.Id).FirstAsync(Ct));
        var klient = await app.LoggInnAsync("vurderingsteam@demo.no");
        var sti = $"/saker/{utkast.SakId}/iplos/{utkast.Id}";

        await PostAsync(klient, sti,
            ["Versjon", "Dato", "NesteVurdering", "Skaarer[horsel]", "Skaarer[ukjent]", "Behov[arbeid]", "Mottar[arbeid]", "Handling"], verdi, sti);

        using var forfall = await klient.GetAsync($"/vurdering/iplos?side={Uri.EscapeDataString(verdi)}", Ct);
        Assert.Equal(HttpStatusCode.OK, forfall.StatusCode);

        var etter = await app.MedDbAsync(db => db.Set<IplosVurdering>().AsNoTracking().SingleAsync(v => v.Id == utkast.Id, Ct));
        Assert.Equal((utkast.Versjon, (DateTimeOffset?)null), (etter.Versjon, etter.Ferdig));
    }

    [Theory]
    [MemberData(nameof(Verdier))]
    public async Task Innbyggerens_forberedelse_gir_aldri_500(string verdi)
    {
        // Kari's case (demo) with the vurderingsteam, open for her preparation.
        var klient = await app.LoggInnAsync("kari.nordmann@demo.no");
        var sakId = await app.MedDbAsync(db => db.Set<Forberedelse>().AsNoTracking().Select(f => f.SakId)
            .Where(id => db.Saker.Any(s => s.Id == id && s.Person!.Fornavn == "Kari")).FirstAsync(Ct));
        var sti = $"/mine-saker/{sakId}/forberedelse";

        using var svar = await klient.PostSkjemaAsync(sti, Forberedelsesfelt.ToDictionary(f => f, _ => verdi), sti);
        Assert.True(svar.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.Redirect, $"{sti} svarte {(int)svar.StatusCode}");
        var html = await svar.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
    }
}
