using System.Net;
using BoOppfolging.Domain;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Web.Tests;

/// <summary>
/// Every form of the mapping posted with empty, too long, wrong-type, script and SQL-looking values on the demo
/// case being mapped: the answer is the form with messages (or 400), never a 500, and the mapping is unchanged.
/// </summary>
public sealed class KartleggingsarbeidInputTests(BoOppfolgingApp app) : IClassFixture<BoOppfolgingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Verdier => new(
        "", "   ", "<script>alert(1)</script>", "' OR 1=1; DROP TABLE Saker; --", new string('å', 5000), "abc", "-1", "9999-99-99",
        "31.02.2026", "00000000-0000-0000-0000-000000000000", "true,false", "2:30", "1e30", "99999999999999999999999999999999");

    private static readonly string[] Skjemaer = ["mote", "behov", "maal", "ferdigstill", "innstilling"];

    private static readonly string[] Felt =
    [
        "Versjon", "Korrigering", "Dato", "Sted", "BrukerenDeltok", "Andre[0].Navn", "Andre[0].Rolle", "Andre[0].ErParorende", "Andre[7].Navn",
        "BrukerensSyn", "Behov[0].Omrade", "Behov[0].SituasjonNaa", "Behov[0].HjelpSomTrengs", "Behov[0].Prioritet", "Behov[9].Omrade",
        "Tekst", "Omrade", "HvordanVite", "Maldato", "Utfall", "Omrader", "Timer", "Enhet", "Fra", "Til", "Evalueringsdato", "Begrunnelse",
    ];

    [Theory]
    [MemberData(nameof(Verdier))]
    public async Task Skjemaene_i_kartleggingen_gir_aldri_500_og_endrer_ikke_kartleggingen(string verdi)
    {
        var kartlegging = await app.MedDbAsync(db => db.Set<Domain.Kartlegging>().AsNoTracking()
            .Where(k => db.Saker.Any(s => s.Id == k.SakId && s.Status == Saksstatus.Kartlegging) && k.Ferdigstilt == null)
            .OrderBy(k => k.Id).FirstAsync(Ct));
        var klient = await app.LoggInnAsync("teamleder@demo.no");

        foreach (var skjema in Skjemaer)
        {
            var sti = $"/saker/{kartlegging.SakId}/kartlegging/{skjema}";
            using var svar = await klient.PostSkjemaAsync(sti, Felt.ToDictionary(f => f, _ => verdi), $"/saker/{kartlegging.SakId}");
            Assert.True(svar.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{sti} svarte {(int)svar.StatusCode}");
            if (svar.StatusCode == HttpStatusCode.OK)
            {
                var html = await svar.Content.ReadAsStringAsync(Ct);
                Assert.Contains("For å gå videre må du rette opp dette", html, StringComparison.Ordinal);
                Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
            }
        }

        var etter = await app.MedDbAsync(db => db.Set<Domain.Kartlegging>().AsNoTracking().SingleAsync(k => k.Id == kartlegging.Id, Ct));
        Assert.Equal(kartlegging.Versjon, etter.Versjon);
    }
}
