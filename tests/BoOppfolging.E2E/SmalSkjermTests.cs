using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// WCAG 1.4.10 (reflow): at 320 CSS pixels wide nothing makes the page itself scroll sideways.
/// Wide tables scroll inside their own box instead.
/// </summary>
public sealed class SmalSkjermTests(AppFixture app)
{
    [Theory]
    [InlineData(null, "/")]
    [InlineData(null, "/konto/logg-inn")]
    [InlineData(null, "/konto/registrer")]
    [InlineData("ola.nordmann@demo.no", "/mine-saker")]
    [InlineData("teamleder@demo.no", "/saker")]
    [InlineData("admin@demo.no", "/admin/brukere")]
    [InlineData("admin@demo.no", "/admin/brukere/ny")]
    public async Task Siden_flyter_om_uten_sideveis_rulling(string? bruker, string sti)
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.SetViewportSizeAsync(320, 640);
        if (bruker is not null) await side.LoggInnAsync(bruker);

        await side.GotoAsync(sti);

        var innhold = await side.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var vindu = await side.EvaluateAsync<int>("() => window.innerWidth");
        Assert.True(innhold <= vindu, $"{sti} er {innhold}px bred i et vindu på {vindu}px");
        await Assertions.Expect(side.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
    }
}
