using Microsoft.Playwright;

namespace BoOppfolging.E2E;

public sealed class ForsideTests(AppFixture app)
{
    [Fact]
    public async Task Forsiden_vises_paa_norsk_med_overskrift_og_hopp_til_hovedinnhold()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.GotoAsync("/");

        Assert.Equal("nb", await side.EvaluateAsync<string>("() => document.documentElement.lang"));
        await Assertions.Expect(side.Hovedoverskrift()).ToContainTextAsync("Bo-oppfølging i");
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = "Logg inn" }).First).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = "Lag konto" })).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();

        // The skip link is the first stop for the keyboard and moves focus to the main content.
        var hopp = side.GetByRole(AriaRole.Link, new() { Name = "Hopp til hovedinnhold" });
        await side.Keyboard.PressAsync("Tab");
        await Assertions.Expect(hopp).ToBeFocusedAsync();
        await Assertions.Expect(hopp).ToBeVisibleAsync();
        await side.Keyboard.PressAsync("Enter");
        await Assertions.Expect(side.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Ukjent_adresse_gir_norsk_side_om_at_siden_ikke_finnes_med_status_404()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();

        var svar = await side.GotoAsync("/finnes-ikke");

        Assert.Equal(404, svar!.Status);
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Fant ikke siden");
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = "Gå til forsiden" })).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
    }
}
