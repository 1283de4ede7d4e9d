using Microsoft.Playwright;

namespace BoOppfolging.E2E;

public sealed class AdminTests(AppFixture app)
{
    [Fact]
    public async Task Administrator_oppretter_en_saksbehandlerkonto_og_deaktiverer_den()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync("admin@demo.no");
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Brukerkontoer for ansatte");
        await Assertions.Expect(side.GetByRole(AriaRole.Table, new() { Name = "Ansatte med konto" })).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();

        await side.GetByRole(AriaRole.Link, new() { Name = "Opprett konto" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Opprett konto for ansatt");
        await side.SjekkUniversellUtformingAsync();

        // Sent empty: every missing field is named above the form and marked at the field.
        await side.GetByRole(AriaRole.Button, new() { Name = "Opprett konto" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Velg minst én rolle.");
        await Assertions.Expect(side.GetByLabel("Fornavn")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(side.GetByLabel("E-postadresse (brukes til innlogging)")).ToHaveAttributeAsync("aria-invalid", "true");
        await side.SjekkUniversellUtformingAsync();

        var epost = Sidehjelp.UnikEpost("ny.ansatt");
        await side.GetByLabel("Fornavn").FillAsync("Bjørn");
        await side.GetByLabel("Etternavn").FillAsync("Ærligsen");
        await side.GetByLabel("E-postadresse (brukes til innlogging)").FillAsync(epost);
        await side.GetByRole(AriaRole.Checkbox, new() { Name = "Saksbehandler", Exact = true }).CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Opprett konto" }).ClickAsync();

        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Bjørn Ærligsen");
        await Assertions.Expect(side.GetByRole(AriaRole.Status)).ToContainTextAsync("Kontoen er opprettet");
        await Assertions.Expect(side.GetByText(epost)).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Checkbox, new() { Name = "Saksbehandler", Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(side.GetByText("Aktiv", new() { Exact = true })).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();

        await side.GetByRole(AriaRole.Button, new() { Name = "Deaktiver kontoen" }).ClickAsync();

        await Assertions.Expect(side.GetByText("Deaktivert", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Button, new() { Name = "Aktiver kontoen" })).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();

        await side.GetByRole(AriaRole.Link, new() { Name = "Tilbake til brukerkontoer" }).ClickAsync();
        var rad = side.GetByRole(AriaRole.Row).Filter(new() { HasText = epost });
        await Assertions.Expect(rad).ToContainTextAsync("Deaktivert");
        await Assertions.Expect(rad).ToContainTextAsync("Saksbehandler");
    }
}
