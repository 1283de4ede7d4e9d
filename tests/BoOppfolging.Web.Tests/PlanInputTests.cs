using System.Net;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoOppfolging.Web.Tests;

/// <summary>
/// The plan forms (individuell plan, kriseplan, samarbeidsavtale) posted with empty, too long, wrong-type, script and
/// SQL-looking values: the answer is the form with messages by the fields (or 400), never a 500, nothing is saved, and
/// what was typed is still there.
/// </summary>
public sealed class PlanInputTests(BoOppfolgingApp app) : IClassFixture<BoOppfolgingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Verdier => new(
        "", "   ", "<script>alert(1)</script>", "' OR 1=1; DROP TABLE Kriseplaner; --", new string('å', 5000), "abc", "-1", "9999-99-99",
        "31.02.2026", "00000000-0000-0000-0000-000000000000", "true,false", "MineSaker", "42");

    private static readonly Dictionary<string, string[]> Skjemaer = new()
    {
        ["individuell-plan"] =
        [
            "Versjon", "Koordinator", "Maal", "Ressurser", "Behov", "Deltakere[0].Navn", "Deltakere[0].Rolle", "Deltakere[0].Bidrag", "Tiltak[0].Beskrivelse",
            "Tiltak[0].Omfang", "Tiltak[0].Ansvarlig", "Gjennomforing", "Samarbeid", "PeriodeFra", "PeriodeTil", "Revisjonsdato", "SamtykkeDato", "Samtykkeform",
            "SamtykkerTilDeling", "Deltakere[99].Navn",
        ],
        ["kriseplan"] = ["Versjon", "Varselsignaler", "Tiltak", "Kontakter[0].Navn", "Kontakter[0].Telefon", "Kontakter[0].Rolle", "AvtaltMedInnbygger"],
        ["samarbeidsavtale"] = ["Versjon", "AvtaltDato", "Plikter", "AndrePlikter", "TjenestensPlikter", "SignertDato"],
    };

    private async Task<Guid> SakIOppfolgingAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sak = await ActivatorUtilities.CreateInstance<Saksoppretter>(scope.ServiceProvider)
            .OpprettAsync(new Saksbestilling { Status = Saksstatus.IOppfolging, Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no" }, Ct);
        return sak.Id;
    }

    [Theory]
    [MemberData(nameof(Verdier))]
    public async Task Planskjemaene_gir_aldri_500_og_lagrer_ingenting(string verdi)
    {
        var sakId = await SakIOppfolgingAsync();
        var klient = await app.LoggInnAsync("bo-oppfolger@demo.no");
        foreach (var (skjema, felt) in Skjemaer)
        {
            var sti = $"/saker/{sakId}/planer/{skjema}";
            using var svar = await klient.PostSkjemaAsync(sti, felt.ToDictionary(f => f, _ => verdi));
            Assert.True(svar.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{sti} svarte {(int)svar.StatusCode}");
            var html = await svar.Content.ReadAsStringAsync(Ct);
            Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
            if (svar.StatusCode == HttpStatusCode.OK) Assert.Contains("For å gå videre må du rette opp dette", html, StringComparison.Ordinal);
        }

        Assert.False(await app.MedDbAsync(db => db.Set<IndividuellPlan>().AnyAsync(p => p.SakId == sakId, Ct)));
        Assert.False(await app.MedDbAsync(db => db.Set<Kriseplan>().AnyAsync(p => p.SakId == sakId, Ct)));
        Assert.False(await app.MedDbAsync(db => db.Set<Samarbeidsavtale>().AnyAsync(p => p.SakId == sakId, Ct)));
        Assert.False(await app.MedDbAsync(db => db.Set<Saksvarsler>().AnyAsync(p => p.SakId == sakId, Ct)));
    }

    [Fact]
    public async Task En_avvist_plan_viser_feilene_ved_feltene_og_beholder_det_som_ble_skrevet()
    {
        var sakId = await SakIOppfolgingAsync();
        var klient = await app.LoggInnAsync("bo-oppfolger@demo.no");
        var sti = $"/saker/{sakId}/planer/individuell-plan";
        using var svar = await klient.PostSkjemaAsync(sti, new()
        {
            ["Versjon"] = Guid.Empty.ToString(), ["Koordinator"] = "", ["Maal"] = "Bo trygt i egen leilighet", ["Deltakere[0].Navn"] = "Ola Nordmann",
            ["Deltakere[0].Rolle"] = "", ["Tiltak[0].Beskrivelse"] = "Budsjett hver uke", ["Tiltak[0].Ansvarlig"] = "Bo-oppfølger",
            ["PeriodeFra"] = "31.02.2026", ["PeriodeTil"] = "2027-12-01", ["Revisjonsdato"] = "2027-06-01", ["SamtykkeDato"] = "2026-11-30",
            ["Samtykkeform"] = "Skriftlig", ["SamtykkerTilDeling"] = "true",
        });
        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        var html = await svar.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"Koordinator-feil\"", html, StringComparison.Ordinal);
        Assert.Contains("Skriv hvem som er koordinator for planen.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"PeriodeFra-feil\"", html, StringComparison.Ordinal);
        foreach (var skrevet in new[] { "Bo trygt i egen leilighet", "Ola Nordmann", "Budsjett hver uke", "value=\"2027-12-01\"", "value=\"Skriftlig\" checked" })
        {
            Assert.Contains(skrevet, html, StringComparison.Ordinal);
        }

        // Then the row without a role, once the rest is right: the message by the participants.
        using var andre = await klient.PostSkjemaAsync(sti, new()
        {
            ["Versjon"] = Guid.Empty.ToString(), ["Koordinator"] = "Kari Koordinator", ["Maal"] = "Bo trygt", ["Deltakere[0].Navn"] = "Ola Nordmann",
            ["Tiltak[0].Beskrivelse"] = "Budsjett", ["Tiltak[0].Ansvarlig"] = "Bo-oppfølger", ["PeriodeFra"] = "2026-12-01", ["PeriodeTil"] = "2027-12-01",
            ["Revisjonsdato"] = "2027-06-01", ["SamtykkeDato"] = "2026-11-30", ["Samtykkeform"] = "Muntlig",
        });
        var andreHtml = await andre.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"Deltakere-feil\"", andreHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Kari Koordinator\"", andreHtml, StringComparison.Ordinal);
        Assert.False(await app.MedDbAsync(db => db.Set<IndividuellPlan>().AnyAsync(p => p.SakId == sakId, Ct)));
    }
}
