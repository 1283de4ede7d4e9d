using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// quality.md: the citizen application can be completed with the keyboard alone. From the front page
/// to the receipt with Tab, Shift+Tab, arrow keys, Space, Enter and typing only: no click, fill or
/// check. A rejected step is put right from the error summary, and every control reached shows focus.
/// </summary>
public sealed partial class TastaturTests(AppFixture app)
{
    [Fact]
    public async Task Innbygger_soker_med_bare_tastaturet_og_kan_trekke_en_ny_soknad_mens_den_forste_er_aapen()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();

        // An account, made from the front page.
        await side.GotoAsync("/");
        await side.TabOgTrykkEnterAsync(side.GetByRole(AriaRole.Link, new() { Name = "Lag konto", Exact = true }), "Lag konto");
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Lag konto som innbygger");
        await side.TabOgSkrivAsync(side.GetByLabel("Fornavn"), "Fornavn", "Tastefrid");
        await side.TabOgSkrivAsync(side.GetByLabel("Etternavn"), "Etternavn", "Åkerøy");
        await side.TabOgSkrivAsync(side.GetByLabel("Fødselsnummer (11 siffer)"), "Fødselsnummer", Sidehjelp.Testnummer(new DateOnly(1979, 11, 14), 430));
        var epost = Sidehjelp.UnikEpost("tastatur");
        await side.TabOgSkrivAsync(side.GetByLabel("E-postadresse"), "E-postadresse", epost);
        await side.TabOgSkrivAsync(side.GetByLabel("Passord", new() { Exact = true }), "Passord", Sidehjelp.SterktPassord);
        await side.TabOgSkrivAsync(side.GetByLabel("Gjenta passordet"), "Gjenta passordet", Sidehjelp.SterktPassord);
        await side.TabOgTrykkEnterAsync(side.GetByRole(AriaRole.Button, new() { Name = "Lag konto" }), "Lag konto");
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Mine saker");

        var forste = await SokMedTastaturAsync(side);

        // The app has no rule of one open application at a time: the same citizen has sent another
        // (seeded: sending one by keyboard is what the steps above show).
        var andre = (await app.SakAsync(new() { Innbygger = epost })).Referanse;
        Assert.NotEqual(forste, andre);

        // The second is withdrawn from Mine saker, asked first; the first stays open.
        await side.TabOgTrykkEnterAsync(Meny(side, "Mine saker"), "Mine saker");
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Mine saker");
        await side.TabOgTrykkEnterAsync(Sakslenke(side, andre), $"Søknad {andre}");
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync($"Sak {andre}");
        await side.TabOgTrykkEnterAsync(side.GetByRole(AriaRole.Link, new() { Name = "Trekk søknaden" }), "Trekk søknaden");
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Vil du trekke søknaden?");
        await side.TabOgTrykkEnterAsync(side.GetByRole(AriaRole.Button, new() { Name = "Ja, trekk søknaden" }), "Ja, trekk søknaden");
        await Assertions.Expect(side.GetByText("Søknaden er trukket.")).ToBeVisibleAsync();
        await Assertions.Expect(side.Locator("dt:text-is('Status') + dd")).ToHaveTextAsync("Trukket");
        await side.TabOgTrykkEnterAsync(side.GetByRole(AriaRole.Link, new() { Name = "Tilbake til mine saker" }), "Tilbake til mine saker");
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Mine saker");
        await Assertions.Expect(Sak(side, andre)).ToContainTextAsync("Status: Trukket");
        await Assertions.Expect(Sak(side, forste)).ToContainTextAsync("Status: Mottatt");
        await side.TabOgTrykkEnterAsync(Sakslenke(side, forste), $"Søknad {forste}");
        await Assertions.Expect(side.Locator("dt:text-is('Status') + dd")).ToHaveTextAsync("Mottatt");
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = "Trekk søknaden" })).ToBeVisibleAsync();
    }

    /// <summary>
    /// From "Mine saker" through the five steps, the summary and "Send søknaden" to the receipt, by
    /// keyboard. Step 1 is first sent without a postal code and put right through the error summary,
    /// and axe runs on the rejected step and the receipt.
    /// </summary>
    private static async Task<string> SokMedTastaturAsync(IPage side)
    {
        var lagreOgGaaVidere = side.GetByRole(AriaRole.Button, new() { Name = "Lagre og gå videre" });
        await side.TabOgTrykkEnterAsync(side.GetByRole(AriaRole.Link, new() { Name = "Søk om bo-oppfølging" }), "Søk om bo-oppfølging");
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Søk om bo-oppfølging");
        await side.TabOgTrykkEnterAsync(side.GetByRole(AriaRole.Link, new() { Name = "Start søknaden" }), "Start søknaden");

        // Step 1.
        await Assertions.Expect(side.GetByText("Steg 1 av 5")).ToBeVisibleAsync();
        await side.TabOgSkrivAsync(side.GetByLabel("Adresse", new() { Exact = true }), "Adresse", "Tastegata 7");
        await side.TabOgSkrivAsync(side.GetByLabel("Poststed"), "Poststed", "Ås");
        await side.TabOgSkrivAsync(side.GetByLabel("Telefonnummer"), "Telefonnummer", "912 34 567");
        await side.TabOgVelgAsync("Hvordan vil du helst at vi kontakter deg?", "SMS");
        await side.TabOgTrykkEnterAsync(lagreOgGaaVidere, "Lagre og gå videre");

        // Refused: the error summary's link takes focus to the field, and what was typed is kept.
        // Shift+Tab from there goes back one field, to the address: focus order follows the form.
        var feil = side.GetByRole(AriaRole.Alert);
        await Assertions.Expect(feil).ToContainTextAsync("Skriv postnummeret.");
        await side.SjekkUniversellUtformingAsync();
        await side.TabOgTrykkEnterAsync(feil.GetByRole(AriaRole.Link, new() { Name = "Skriv postnummeret." }), "Skriv postnummeret.");
        var postnummer = side.GetByLabel("Postnummer");
        await Assertions.Expect(postnummer).ToBeFocusedAsync();
        await Assertions.Expect(postnummer).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(side.GetByLabel("Adresse", new() { Exact = true })).ToHaveValueAsync("Tastegata 7");
        await Assertions.Expect(side.GetByLabel("Poststed")).ToHaveValueAsync("Ås");
        await Assertions.Expect(side.GetByLabel("Telefonnummer")).ToHaveValueAsync("912 34 567");
        await Assertions.Expect(side.GetByRole(AriaRole.Group, new() { Name = "Hvordan vil du helst at vi kontakter deg?" }).GetByLabel("SMS")).ToBeCheckedAsync();
        await side.Keyboard.TypeAsync("1430");
        await side.TabTilAsync(side.GetByLabel("Adresse", new() { Exact = true }), "Adresse", maksTrykk: 1, bakover: true);
        await side.TabOgTrykkEnterAsync(lagreOgGaaVidere, "Lagre og gå videre");

        // Step 2.
        await Assertions.Expect(side.GetByText("Steg 2 av 5")).ToBeVisibleAsync();
        await side.TabOgVelgAsync("Hvordan bor du nå?", "Leier privat");
        await side.TabOgVelgAsync("Har du fått begjæring om utkastelse fra boligen din?", "Nei");
        await side.TabOgVelgAsync("Skylder du husleie?", "Ja");
        await side.TabOgSkrivAsync(side.GetByLabel("Omtrent hvor mye skylder du? (valgfritt)"), "Hvor mye skylder du", "Omtrent 8 000 kroner");
        await side.TabOgTrykkEnterAsync(lagreOgGaaVidere, "Lagre og gå videre");

        // Step 3.
        await Assertions.Expect(side.GetByText("Steg 3 av 5")).ToBeVisibleAsync();
        var omrader = side.GetByRole(AriaRole.Group, new() { Name = "Hva ønsker du hjelp til?" });
        await side.TabOgKryssAvAsync(omrader.GetByLabel("Praktisk botrening og ivaretakelse av egen bolig"), "Praktisk botrening");
        await side.TabOgKryssAvAsync(omrader.GetByLabel("Koordinering av tjenester"), "Koordinering av tjenester");
        await side.TabOgSkrivAsync(side.GetByLabel("Hva ønsker du å få til? Skriv med egne ord."), "Mine mål", "Holde orden hjemme uten mus.");
        await side.TabOgTrykkEnterAsync(lagreOgGaaVidere, "Lagre og gå videre");

        // Step 4.
        await Assertions.Expect(side.GetByText("Steg 4 av 5")).ToBeVisibleAsync();
        await side.TabOgSkrivAsync(side.GetByLabel("Fastlege (valgfritt)"), "Fastlege", "Dr. Tastesen");
        await side.TabOgSkrivAsync(side.GetByLabel("Tjeneste 1"), "Tjeneste 1", "Hjemmetjenesten");
        await side.TabOgTrykkEnterAsync(lagreOgGaaVidere, "Lagre og gå videre");

        // Step 5: the consent and the confirmation (attaching a file needs the system's file picker, and is optional).
        await Assertions.Expect(side.GetByText("Steg 5 av 5")).ToBeVisibleAsync();
        await side.TabOgKryssAvAsync(side.GetByLabel(FastlegeSamtykke()), "Samtykke for fastlegen");
        await side.TabOgKryssAvAsync(side.GetByLabel("Jeg bekrefter at opplysningene i søknaden er riktige"), "Bekreftelsen");
        await side.TabOgTrykkEnterAsync(side.GetByRole(AriaRole.Button, new() { Name = "Lagre og se over søknaden" }), "Lagre og se over søknaden");

        // The summary: past the header with the skip link, then on to the send button.
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Se over søknaden før du sender");
        await Assertions.Expect(side.GetByText("Tastegata 7, 1430 Ås")).ToBeVisibleAsync();
        await side.TabOgTrykkEnterAsync(side.GetByRole(AriaRole.Link, new() { Name = "Hopp til hovedinnhold" }), "Hopp til hovedinnhold");
        await Assertions.Expect(side.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
        await side.TabTilAsync(side.GetByRole(AriaRole.Button, new() { Name = "Send søknaden" }), "Send søknaden");
        await side.Keyboard.PressAsync("Space");

        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Søknaden er sendt");
        var referanse = await side.Locator("dt:text-is('Referanse') + dd").InnerTextAsync();
        Assert.Matches(Referanse(), referanse);
        await side.SjekkUniversellUtformingAsync();
        return referanse;
    }

    private static ILocator Meny(IPage side, string navn) =>
        side.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmeny" }).GetByRole(AriaRole.Link, new() { Name = navn });

    private static ILocator Sakslenke(IPage side, string referanse) =>
        side.GetByRole(AriaRole.Link, new() { Name = $"Søknad om bo-oppfølging – {referanse}" });

    private static ILocator Sak(IPage side, string referanse) =>
        side.GetByRole(AriaRole.Listitem).Filter(new() { Has = Sakslenke(side, referanse) });

    [GeneratedRegex(@"^BO-\d{4}-\d{6}$")]
    private static partial Regex Referanse();

    [GeneratedRegex(@"fastlegen \(Dr\. Tastesen\)")]
    private static partial Regex FastlegeSamtykke();
}
