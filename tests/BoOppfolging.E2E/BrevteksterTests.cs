using System.Globalization;
using BoOppfolging.Domain;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// The administrator changes a letter's wording without a release: a draft of the text in force, an
/// unknown merge field refused, the preview with a sample case, publishing from tomorrow by keyboard,
/// and a letter made today that still has the text in force today.
/// </summary>
public sealed class BrevteksterTests(AppFixture app)
{
    private static string Iso(DateTime dato) => dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Administrator_endrer_en_brevtekst_forhandsviser_og_publiserer_den_fra_i_morgen_og_dagens_brev_har_den_gamle_teksten()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync("admin@demo.no");
        await side.GetByRole(AriaRole.Link, new() { Name = "Brevtekster", Exact = true }).First.ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Brevtekster");
        var rad = side.GetByRole(AriaRole.Row).Filter(new() { HasText = "Be om opplysninger" });
        await Assertions.Expect(rad).ToContainTextAsync("Versjon 1, fra 01.01.2020");
        await side.SjekkUniversellUtformingAsync();

        await rad.GetByRole(AriaRole.Button, new() { Name = "Lag nytt utkast av Be om opplysninger" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Be om opplysninger: utkast til versjon 2");
        await Assertions.Expect(side.GetByRole(AriaRole.Table, new() { Name = "Flettefelt" })).ToContainTextAsync("{{svar.frist}}");
        await side.SjekkUniversellUtformingAsync();

        // A merge field the letter type does not have is refused, named, at its field.
        var frist = side.GetByRole(AriaRole.Group, new() { Name = "Seksjon 5", Exact = true });
        var fristTekst = frist.GetByLabel("Tekst (Markdown og flettefelt)");
        await Assertions.Expect(frist.GetByLabel("Overskrift (kan stå tom)")).ToHaveValueAsync("Frist");
        await fristTekst.FillAsync("Send oss opplysningene innen {{sak.svarfrist}}.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre utkast" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Flettefeltet «{{sak.svarfrist}}» finnes ikke for denne brevtypen.");
        await Assertions.Expect(side.GetByRole(AriaRole.Group, new() { Name = "Seksjon 5", Exact = true }).GetByLabel("Tekst (Markdown og flettefelt)"))
            .ToHaveAttributeAsync("aria-invalid", "true");
        await side.SjekkUniversellUtformingAsync();

        await side.GetByRole(AriaRole.Group, new() { Name = "Seksjon 5", Exact = true }).GetByLabel("Tekst (Markdown og flettefelt)").FillAsync(
            "Send oss opplysningene innen {{svar.frist}} (forvaltningsloven § 17). Oppgi referansen {{sak.referanse}}.\n\nTrenger du mer tid, ta kontakt med oss:\n\n- på telefon {{enhet.telefon}}\n- på e-post {{enhet.epost}}");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre utkast" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Status)).ToContainTextAsync("Utkastet er lagret.");

        // The preview: the letter as it will look, with the sample case.
        await side.GetByRole(AriaRole.Link, new() { Name = "Forhåndsvis brevet med en eksempelsak" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Forhåndsvisning: Be om opplysninger, versjon 2");
        var brev = side.GetByRole(AriaRole.Article);
        await Assertions.Expect(brev).ToContainTextAsync("Send oss opplysningene innen 20.12.2026 (forvaltningsloven § 17). Oppgi referansen BO-2026-000123.");
        await Assertions.Expect(brev.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "på telefon 22 00 00 00" })).ToBeVisibleAsync();
        await Assertions.Expect(brev).ToContainTextAsync("Vi viser til saken om bo-oppfølging, som ble opprettet etter en henvendelse");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Saken startet med en søknad (ikke en henvendelse)").CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Vis brevet" }).ClickAsync();
        await Assertions.Expect(brev).ToContainTextAsync("Vi viser til søknaden din om bo-oppfølging, som vi mottok 03.11.2026.");
        await side.GetByRole(AriaRole.Link, new() { Name = "Tilbake til versjon 2" }).ClickAsync();

        // Publish from tomorrow, with the keyboard only.
        var imorgen = DateTime.Today.AddDays(1);
        await side.TabTilAsync(side.GetByLabel("Gjelder fra"), "Gjelder fra", maksTrykk: 200);
        // Chromium orders the date's parts by the browser's own locale, which may not be the page's: day first, else month first.
        await side.Keyboard.TypeAsync(imorgen.ToString("ddMMyyyy", CultureInfo.InvariantCulture));
        if (await side.GetByLabel("Gjelder fra").InputValueAsync() != Iso(imorgen))
        {
            await side.Keyboard.PressAsync("Shift+Tab");
            await side.Keyboard.PressAsync("Shift+Tab");
            await side.Keyboard.TypeAsync(imorgen.ToString("MMddyyyy", CultureInfo.InvariantCulture));
        }

        await Assertions.Expect(side.GetByLabel("Gjelder fra")).ToHaveValueAsync(Iso(imorgen));
        await side.TabOgTrykkEnterAsync(side.GetByRole(AriaRole.Button, new() { Name = "Publiser", Exact = true }), "Publiser");
        await Assertions.Expect(side.GetByRole(AriaRole.Status)).ToContainTextAsync($"Teksten er publisert og gjelder fra {imorgen:dd.MM.yyyy}.");
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Be om opplysninger: versjon 2");
        await Assertions.Expect(side.GetByText("(forvaltningsloven § 17)", new() { Exact = false })).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Link, new() { Name = "Tilbake til brevtekster" }).ClickAsync();
        await Assertions.Expect(rad).ToContainTextAsync($"Versjon 2, fra {imorgen:dd.MM.yyyy}");
        await Assertions.Expect(rad).ToContainTextAsync("Versjon 1, fra 01.01.2020");

        // A letter made today, before the new text's date, has the text in force today.
        var sak = await app.SakAsync(new() { Kanal = Kanal.Fastlege, Fornavn = "Tekst", Etternavn = "Gammel" + Guid.NewGuid().ToString("N")[..6] });
        var saksbehandler = await (await app.NyKontekstAsync()).NewPageAsync();
        await saksbehandler.LoggInnAsync("teamleder@demo.no");
        await saksbehandler.GotoAsync($"/saker/{sak.Id}");
        await saksbehandler.GetByRole(AriaRole.Link, new() { Name = "Be om opplysninger" }).ClickAsync();
        await saksbehandler.GetByLabel("Hvilke opplysninger mangler?").FillAsync("Kopi av husleiekontrakten.");
        await saksbehandler.GetByLabel("Frist for å sende opplysningene").FillAsync(Iso(DateTime.Today.AddDays(14)));
        await saksbehandler.GetByRole(AriaRole.Button, new() { Name = "Be om opplysningene" }).ClickAsync();
        var gammelt = saksbehandler.GetByRole(AriaRole.Article);
        await Assertions.Expect(gammelt).ToContainTextAsync($"Send oss opplysningene innen {DateTime.Today.AddDays(14):dd.MM.yyyy}. Du kan sende dem i posten");
        await Assertions.Expect(gammelt).Not.ToContainTextAsync("forvaltningsloven § 17");
        await saksbehandler.Context.CloseAsync();
    }
}
