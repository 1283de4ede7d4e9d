using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

public sealed partial class RegistreringTests(AppFixture app)
{
    [Fact]
    public async Task Innbygger_faar_feil_ved_ugyldig_fodselsnummer_og_lager_konto_med_et_gyldig()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        var epost = Sidehjelp.UnikEpost("ny.innbygger");
        await side.GotoAsync("/konto/registrer");
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Lag konto som innbygger");
        await side.SjekkUniversellUtformingAsync();

        await side.FyllUtRegistreringAsync("Åsmund", "Ødegårdsen", "12345678901", epost);

        var fodselsnummer = side.GetByLabel("Fødselsnummer (11 siffer)");
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Fødselsnummeret er ikke gyldig");
        await Assertions.Expect(fodselsnummer).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(fodselsnummer).ToHaveAccessibleDescriptionAsync(UgyldigFodselsnummer());
        await Assertions.Expect(fodselsnummer).ToHaveValueAsync("12345678901");
        await Assertions.Expect(side.GetByLabel("Fornavn")).ToHaveValueAsync("Åsmund");
        await Assertions.Expect(side.GetByLabel("Etternavn")).ToHaveValueAsync("Ødegårdsen");
        await Assertions.Expect(side.GetByLabel("E-postadresse")).ToHaveValueAsync(epost);
        await Assertions.Expect(side.GetByLabel("Fornavn")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await side.SjekkUniversellUtformingAsync();

        await side.FyllUtRegistreringAsync("Åsmund", "Ødegårdsen", Sidehjelp.Testnummer(new DateOnly(1990, 2, 17), 210), epost);

        await Assertions.Expect(side).ToHaveURLAsync(MineSaker());
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Mine saker");
        await Assertions.Expect(side.GetByRole(AriaRole.Status)).ToContainTextAsync("Kontoen din er opprettet");
        await Assertions.Expect(side.GetByText("Du har ingen saker hos oss ennå.")).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
    }

    [GeneratedRegex("Fødselsnummeret er ikke gyldig")]
    private static partial Regex UgyldigFodselsnummer();

    [GeneratedRegex("/mine-saker$")]
    private static partial Regex MineSaker();
}
