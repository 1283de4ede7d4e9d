using System.Globalization;
using System.Net;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoOppfolging.Web.Tests;

/// <summary>
/// The transition checklist's forms (make the plan, its dates, an item, done, reopen) posted with empty, too long, wrong-type,
/// script and SQL-looking values: the page again with messages by the fields (or 400), never a 500, nothing saved, and what
/// was typed still there.
/// </summary>
public sealed class OvergangInputTests(BoOppfolgingApp app) : IClassFixture<BoOppfolgingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Idag => Norsktid.Dato(DateTimeOffset.UtcNow);

    private static string Iso(DateOnly dato) => dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TheoryData<string> Verdier => new(
        "", "   ", "<script>alert(1)</script>", "' OR 1=1; DROP TABLE Overgangsplaner; --", new string('å', 5000), "abc", "-1", "9999-99-99",
        "31.02.2026", "00000000-0000-0000-0000-000000000000", "true,false", "BoligTilbudt", "42");

    private static readonly string[] Felt = ["Versjon", "Innflytting", "InstitusjonSlutt", "Frist", "Ansvarlig", "Merknad", "GjortDato", "Arsak", "Punkt"];

    /// <summary>A case in follow-up referred by the specialist health service; with a plan (one item done) unless told otherwise.</summary>
    private async Task<Guid> SakFraInstitusjonAsync(bool medPlan)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sak = await ActivatorUtilities.CreateInstance<Saksoppretter>(scope.ServiceProvider).OpprettAsync(new Saksbestilling
        {
            Status = Saksstatus.IOppfolging, Kanal = Kanal.Spesialisthelsetjenesten, Godkjenner = "teamleder@demo.no",
            Steg = b => medPlan ? b.OpprettOvergang(Idag.AddDays(20), Idag.AddDays(30)).FullforOvergangspunkt(Overgangspunkt.BoligTilbudt) : b,
        }, Ct);
        return sak.Id;
    }

    [Fact]
    public async Task Innbyggeren_ser_sjekklisten_i_mine_saker_uten_merknadene()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var sak = await ActivatorUtilities.CreateInstance<Saksoppretter>(scope.ServiceProvider).OpprettAsync(new Saksbestilling
            {
                Status = Saksstatus.IOppfolging, Innbygger = "ola.nordmann@demo.no", Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no",
                // Done yesterday, given: the case's steps are an hour old, which is yesterday just after midnight.
                Steg = b => b.OpprettOvergang(Idag.AddDays(20)).FullforOvergangspunkt(Overgangspunkt.BoligTilbudt, Idag.AddDays(-1))
                    .EndreOvergangspunkt(Overgangspunkt.Moblering, Idag.AddDays(20), "NAV", "Intern merknad om søknaden"),
            }, Ct);
            var klient = await app.LoggInnAsync("ola.nordmann@demo.no");
            using var svar = await klient.GetAsync($"/mine-saker/{sak.Id}", Ct);
            Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
            var html = WebUtility.HtmlDecode(await svar.Content.ReadAsStringAsync(Ct));
            Assert.Contains("Flyttingen til egen bolig", html, StringComparison.Ordinal);
            Assert.Contains($"Bolig tilbudt: gjort {Idag.AddDays(-1):dd.MM.yyyy}", html, StringComparison.Ordinal);
            Assert.Contains($"Møbler og innbo på plass: innen {Idag.AddDays(20):dd.MM.yyyy} (NAV)", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Intern merknad om søknaden", html, StringComparison.Ordinal);
        }
    }

    private Task<Overgangsplan?> PlanAsync(Guid sakId) =>
        app.MedDbAsync(db => db.Set<Overgangsplan>().AsNoTracking().SingleOrDefaultAsync(p => p.SakId == sakId, Ct));

    [Theory]
    [MemberData(nameof(Verdier))]
    public async Task Overgangsskjemaene_gir_aldri_500_og_lagrer_ingenting(string verdi)
    {
        var utenPlan = await SakFraInstitusjonAsync(medPlan: false);
        var medPlan = await SakFraInstitusjonAsync(medPlan: true);
        var foer = await PlanAsync(medPlan);
        var klient = await app.LoggInnAsync("bo-oppfolger@demo.no");
        var punkt = $"/saker/{medPlan}/overgang/punkter/visning";
        var gjort = $"/saker/{medPlan}/overgang/punkter/bolig-tilbudt";
        var skjemaer = new[]
        {
            ($"/saker/{utenPlan}/overgang", $"/saker/{utenPlan}/overgang"),
            ($"/saker/{medPlan}/overgang/periode", $"/saker/{medPlan}/overgang"),
            (punkt, punkt),
            ($"{punkt}/gjort", punkt),
            ($"{gjort}/gjenapne", gjort),
        };

        foreach (var (sti, skjemaside) in skjemaer)
        {
            using var svar = await klient.PostSkjemaAsync(sti, Felt.ToDictionary(f => f, _ => verdi), skjemaside);
            Assert.True(svar.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{sti} svarte {(int)svar.StatusCode}");
            var html = await svar.Content.ReadAsStringAsync(Ct);
            Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
            if (svar.StatusCode == HttpStatusCode.OK) Assert.Contains("For å gå videre må du rette opp dette", html, StringComparison.Ordinal);
        }

        Assert.Null(await PlanAsync(utenPlan));
        var etter = await PlanAsync(medPlan);
        Assert.Equal((foer!.Versjon, foer.Innflytting, 1), (etter!.Versjon, etter.Innflytting, etter.AntallGjort));
    }

    [Fact]
    public async Task Meldingene_staar_ved_feltene_og_alt_som_er_skrevet_beholdes()
    {
        var utenPlan = await SakFraInstitusjonAsync(medPlan: false);
        var klient = await app.LoggInnAsync("bo-oppfolger@demo.no");
        var ny = $"/saker/{utenPlan}/overgang";
        using (var svar = await klient.PostSkjemaAsync(ny, new() { ["Versjon"] = Guid.Empty.ToString(), ["Innflytting"] = "", ["InstitusjonSlutt"] = Iso(Idag.AddDays(9)) }))
        {
            Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
            var html = WebUtility.HtmlDecode(await svar.Content.ReadAsStringAsync(Ct));
            Assert.Contains("id=\"Innflytting-feil\">Skriv datoen innbyggeren flytter inn", html, StringComparison.Ordinal);
            Assert.Contains($"value=\"{Iso(Idag.AddDays(9))}\"", html, StringComparison.Ordinal);
        }

        var medPlan = await SakFraInstitusjonAsync(medPlan: true);
        var versjon = (await PlanAsync(medPlan))!.Versjon.ToString();
        var punkt = $"/saker/{medPlan}/overgang/punkter/moblering";
        using (var svar = await klient.PostSkjemaAsync(punkt, new() { ["Versjon"] = versjon, ["Frist"] = "", ["Ansvarlig"] = "NAV", ["Merknad"] = "Søkt om grunnstønad." }))
        {
            Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
            var html = WebUtility.HtmlDecode(await svar.Content.ReadAsStringAsync(Ct));
            Assert.Contains("id=\"Frist-feil\">Skriv datoen punktet skal være gjort innen.", html, StringComparison.Ordinal);
            Assert.Contains("value=\"NAV\"", html, StringComparison.Ordinal);
            Assert.Contains("Søkt om grunnstønad.</textarea>", html, StringComparison.Ordinal);
        }

        // Done ahead of today is the domain's refusal, by the date field, with the date kept.
        using (var svar = await klient.PostSkjemaAsync($"{punkt}/gjort", new() { ["Versjon"] = versjon, ["GjortDato"] = Iso(Idag.AddDays(5)) }, punkt))
        {
            Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
            var html = WebUtility.HtmlDecode(await svar.Content.ReadAsStringAsync(Ct));
            Assert.Contains("id=\"GjortDato-feil\">Datoen punktet ble gjort, kan ikke være fram i tid.", html, StringComparison.Ordinal);
            Assert.Contains($"value=\"{Iso(Idag.AddDays(5))}\"", html, StringComparison.Ordinal);
        }

        // An address that names no item is not found.
        using var ukjent = await klient.GetAsync($"/saker/{medPlan}/overgang/punkter/finnes-ikke", Ct);
        Assert.Equal(HttpStatusCode.NotFound, ukjent.StatusCode);
        Assert.Equal(versjon, (await PlanAsync(medPlan))!.Versjon.ToString());
    }
}
