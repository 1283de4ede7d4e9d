using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

public sealed partial class TilgangTests(AppFixture app)
{
    [Fact]
    public async Task Innbygger_som_aapner_en_ansattside_faar_siden_om_manglende_tilgang()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync("ola.nordmann@demo.no");
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Mine saker");

        var svar = await side.GotoAsync("/saker");

        Assert.Equal(403, svar!.Status);
        await Assertions.Expect(side.Hovedoverskrift()).ToContainTextAsync("Du har ikke tilgang");
        await side.SjekkUniversellUtformingAsync();
    }

    [Fact]
    public async Task Innbygger_som_aapner_en_annen_innbyggers_sak_faar_404()
    {
        await using var kariKontekst = await app.NyKontekstAsync();
        var kari = await kariKontekst.NewPageAsync();
        await kari.LoggInnAsync("kari.nordmann@demo.no");
        await Assertions.Expect(kari.Hovedoverskrift()).ToHaveTextAsync("Mine saker");
        var karisSak = kari.GetByRole(AriaRole.Link, new() { NameRegex = Saksreferanse() }).First;
        await karisSak.ClickAsync();
        await Assertions.Expect(kari.Hovedoverskrift()).ToContainTextAsync("Sak BO-");
        var karisAdresse = new Uri(kari.Url).PathAndQuery;

        await using var olaKontekst = await app.NyKontekstAsync();
        var ola = await olaKontekst.NewPageAsync();
        await ola.LoggInnAsync("ola.nordmann@demo.no");
        await Assertions.Expect(ola.Hovedoverskrift()).ToHaveTextAsync("Mine saker");

        var svar = await ola.GotoAsync(karisAdresse);

        Assert.Equal(404, svar!.Status);
        await Assertions.Expect(ola.Hovedoverskrift()).ToHaveTextAsync("Fant ikke siden");
        await Assertions.Expect(ola.GetByText("Kari")).ToHaveCountAsync(0);
        await ola.SjekkUniversellUtformingAsync();
    }

    [GeneratedRegex(@"BO-\d{4}-\d+")]
    private static partial Regex Saksreferanse();
}
