using System.Net;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoOppfolging.Web.Tests;

/// <summary>
/// The samarbeidsmøte forms (a new meeting, an action done, the minutes corrected) posted with empty, too long, wrong-type,
/// script and SQL-looking values: the page again with messages by the fields (or 400/404), never a 500, and nothing saved.
/// </summary>
public sealed class MoteInputTests(BoOppfolgingApp app) : IClassFixture<BoOppfolgingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Verdier => new(
        "", "   ", "<script>alert(1)</script>", "' OR 1=1; DROP TABLE Samarbeidsmoter; --", new string('å', 9000), "abc", "-1", "9999-99-99",
        "31.02.2026", "00000000-0000-0000-0000-000000000000", "true,false", "Boligmote");

    private static readonly string[] Felt =
    [
        "MoteId", "Dato", "Type", "InnbyggerDeltok", "Referat", "Deltakere[0].Navn", "Deltakere[0].Rolle", "Deltakere[5].Rolle", "Deltakere[99].Navn",
        "Tiltak[0].Beskrivelse", "Tiltak[0].Ansvarlig", "Tiltak[0].Frist", "Tiltak[3].Frist", "Ansatte", "Versjon", "Merknad", "Arsak",
    ];

    private async Task<(Guid SakId, Samarbeidsmote Mote)> SakMedMoteAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var oppretter = ActivatorUtilities.CreateInstance<Saksoppretter>(scope.ServiceProvider);
        var dag = Norsktid.Dato(DateTimeOffset.UtcNow);
        Samarbeidsmote? mote = null;
        var sak = await oppretter.OpprettAsync(new Saksbestilling
        {
            Status = Saksstatus.IOppfolging, Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no",
            Steg = b =>
            {
                b.RegistrerMote(Motetype.Samarbeidsmote, tiltak: [new("Søke bostøtte", "NAV", dag.AddDays(7))]);
                mote = b.Moter[0];
                return b;
            },
        }, Ct);
        return (sak.Id, mote!);
    }

    [Theory]
    [MemberData(nameof(Verdier))]
    public async Task Moteskjemaene_gir_aldri_500_og_lagrer_ingenting(string verdi)
    {
        var (sakId, mote) = await SakMedMoteAsync();
        var klient = await app.LoggInnAsync("bo-oppfolger@demo.no");
        var side = $"/saker/{sakId}/moter/{mote.Id}";
        var skjemaer = new[]
        {
            ($"/saker/{sakId}/moter/ny", $"/saker/{sakId}/moter/ny"),
            ($"{side}/tiltak/{mote.Tiltak[0].Id}", side),
            ($"{side}/rett", $"{side}/rett"),
        };

        foreach (var (sti, skjemaside) in skjemaer)
        {
            var felt = Felt.ToDictionary(f => f, _ => verdi);
            if (verdi.Length > 1000 && sti.Contains("/tiltak/", StringComparison.Ordinal)) felt["Versjon"] = mote.Versjon.ToString(); // reach the note's length check
            using var svar = await klient.PostSkjemaAsync(sti, felt, skjemaside);
            Assert.True(svar.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{sti} svarte {(int)svar.StatusCode}");
            var html = await svar.Content.ReadAsStringAsync(Ct);
            Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
            if (svar.StatusCode == HttpStatusCode.OK) Assert.Contains("For å gå videre må du rette opp dette", html, StringComparison.Ordinal);
        }

        var etter = await app.MedDbAsync(db => db.Set<Samarbeidsmote>().AsNoTracking().Where(m => m.SakId == sakId).ToListAsync(Ct));
        var lagret = Assert.Single(etter);
        Assert.Equal((mote.Versjon, mote.Referat, true), (lagret.Versjon, lagret.Referat, lagret.Tiltak[0].ErApent));
    }

    [Fact]
    public async Task Meldingene_staar_ved_feltene_og_alt_som_er_skrevet_beholdes()
    {
        var (sakId, _) = await SakMedMoteAsync();
        var klient = await app.LoggInnAsync("bo-oppfolger@demo.no");
        var ny = $"/saker/{sakId}/moter/ny";
        using var svar = await klient.PostSkjemaAsync(ny, new()
        {
            ["MoteId"] = Guid.CreateVersion7().ToString(), ["Dato"] = "2026-11-01", ["Type"] = "Boligmote", ["Referat"] = "",
            ["Deltakere[0].Navn"] = "Nina Nav", ["Deltakere[0].Rolle"] = "", ["Tiltak[0].Beskrivelse"] = "Bestille strøm", ["Tiltak[0].Ansvarlig"] = "Bo-oppfølger",
        }, ny);

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        var html = WebUtility.HtmlDecode(await svar.Content.ReadAsStringAsync(Ct));
        Assert.Contains("id=\"Referat-feil\">Skriv et referat fra møtet.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Deltakere_0__Rolle-feil\">Skriv deltakerens rolle", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Tiltak_0__Frist-feil\">Skriv en frist for tiltaket.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Nina Nav\"", html, StringComparison.Ordinal);
        Assert.Contains("Bestille strøm</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Boligmote\" checked", html, StringComparison.Ordinal);
    }
}
