using System.Net;
using BoOppfolging.Application.Brevtekster;
using BoOppfolging.Domain;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Web.Tests;

/// <summary>
/// The letter-text editor posted with empty, too long, wrong-type, script and SQL-looking values: the answer is
/// the form with messages (or a redirect, 400 or 404), never a 500, and the draft is unchanged.
/// </summary>
public sealed class BrevteksterInputTests(BoOppfolgingApp app) : IClassFixture<BoOppfolgingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Felt =
    [
        "Versjon", "Tittel", "GyldigFra", "Seksjoner[0].Overskrift", "Seksjoner[0].Tekst", "Seksjoner[0].Betingelse", "Seksjoner[0].ErFritekst",
        "Seksjoner[0].FritekstNokkel", "Seksjoner[0].FritekstLedetekst", "Seksjoner[0].FritekstPaakrevd", "Seksjoner[0].Fjern", "Seksjoner[1].Tekst",
    ];

    [Theory]
    [MemberData(nameof(UgyldigInputTests.Verdier), MemberType = typeof(UgyldigInputTests))]
    public async Task Redigering_publisering_og_forhandsvisning_gir_aldri_500_og_endrer_ikke_utkastet(string verdi)
    {
        var klient = await app.LoggInnAsync("admin@demo.no");
        using var nytt = await klient.PostSkjemaAsync("/admin/brevtekster/nytt-utkast", new() { ["Type"] = "Vedtak" }, "/admin/brevtekster");
        Assert.Equal(HttpStatusCode.Redirect, nytt.StatusCode);
        var sti = nytt.Headers.Location!.OriginalString;
        var id = Guid.Parse(sti.Split('/')[^1]);
        var for_ = await app.MedDbAsync(db => db.Brevtekstversjoner.AsNoTracking().SingleAsync(v => v.Id == id, Ct));

        foreach (var handling in new[] { sti, sti + "/publiser" })
        {
            using var svar = await klient.PostSkjemaAsync(handling, Felt.ToDictionary(f => f, _ => verdi), sti);
            Assert.True(svar.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{handling} svarte {(int)svar.StatusCode}");
            if (svar.StatusCode == HttpStatusCode.OK)
            {
                var html = await svar.Content.ReadAsStringAsync(Ct);
                Assert.Contains("For å gå videre må du rette opp dette", html, StringComparison.Ordinal);
                Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
            }
        }

        using var forhandsvisning = await klient.GetAsync($"{sti}/forhandsvisning?betingelse={Uri.EscapeDataString(verdi)}", Ct);
        Assert.Equal(HttpStatusCode.OK, forhandsvisning.StatusCode);
        using var ukjentType = await klient.PostSkjemaAsync("/admin/brevtekster/nytt-utkast", new() { ["Type"] = verdi }, "/admin/brevtekster");
        Assert.True(ukjentType.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"nytt-utkast svarte {(int)ukjentType.StatusCode}");

        var etter = await app.MedDbAsync(db => db.Brevtekstversjoner.AsNoTracking().SingleAsync(v => v.Id == id, Ct));
        Assert.Equal((for_.Versjon, Brevtekststatus.Utkast, for_.Tittel), (etter.Versjon, etter.Status, etter.Tittel));
        Assert.Equal(Standardtekster.For(Brevtype.Vedtak).Seksjoner, etter.Seksjoner);
    }
}
