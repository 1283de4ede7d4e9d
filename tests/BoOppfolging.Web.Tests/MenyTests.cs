using AngleSharp;
using AngleSharp.Dom;
using BoOppfolging.Web.Tests.Infrastruktur;

namespace BoOppfolging.Web.Tests;

/// <summary>
/// The main menu marks where the user is: for every demo role, each item of the menu it sees, opened, is the one item marked
/// <c>aria-current="page"</c> (a screen reader says "current page"; the item is shown bold). An item added to the menu without its
/// address in the layout's list would not be marked, and fails here.
/// </summary>
public sealed class MenyTests(BoOppfolgingApp app) : IClassFixture<BoOppfolgingApp>
{
    public static TheoryData<string> Brukere =>
    [
        "ola.nordmann@demo.no", "saksbehandler@demo.no", "vurderingsteam@demo.no", "bo-oppfolger@demo.no", "teamleder@demo.no", "admin@demo.no",
    ];

    [Theory]
    [MemberData(nameof(Brukere))]
    public async Task Hvert_menypunkt_er_markert_paa_sin_egen_side(string epost)
    {
        var ct = TestContext.Current.CancellationToken;
        var klient = await app.LoggInnAsync(epost);
        var html = BrowsingContext.New(Configuration.Default);

        async Task<IDocument> HentAsync(string url)
        {
            using var svar = await klient.GetAsync(url, ct);
            Assert.True(svar.IsSuccessStatusCode, $"{epost} på {url}: {(int)svar.StatusCode}");
            var innhold = await svar.Content.ReadAsStringAsync(ct);
            return await html.OpenAsync(r => r.Content(innhold), ct);
        }

        var start = await HentAsync("/konto/endre-passord");
        var punkter = start.QuerySelectorAll("nav[aria-label='Hovedmeny'] a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(punkter);
        foreach (var punkt in punkter)
        {
            var side = await HentAsync(punkt);
            var markert = side.QuerySelectorAll("nav[aria-label='Hovedmeny'] a[aria-current='page']").Select(a => a.GetAttribute("href")).ToList();
            Assert.True(markert.SequenceEqual([punkt]), $"{epost} på {punkt}: markert {string.Join(", ", markert)}");
        }
    }
}
