using System.Globalization;
using BoOppfolging.Domain;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// The vurderingsteam maps the citizen's needs on screen, from a case seeded into mapping (a vurderingsmøte that
/// found the criteria met, and a finished IPLOS assessment, whose pages are another part's): a meeting with the
/// citizen (a pårørende refused without their consent), the needs beside the citizen's own words, two goals, an
/// attempt to finish that says what is missing, the finish, the innstilling (169 hours a week refused beside the
/// field with the input kept), and a goal corrected with its reason, the earlier version in the history. axe on every page.
/// </summary>
public sealed class KartleggingsarbeidTests(AppFixture app)
{
    private static string Dato(DateTime dato) => dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Vurderingsteamet_kartlegger_ferdigstiller_skriver_innstilling_og_korrigerer_et_maal_med_begrunnelse()
    {
        var sak = await app.SakIKartleggingAsync();
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync("vurderingsteam@demo.no");
        await side.GotoAsync($"/saker/{sak.Id}");
        var panel = side.GetByRole(AriaRole.Region, new() { Name = "Kartlegging", Exact = true });
        await Assertions.Expect(panel).ToContainTextAsync("Kartleggingen pågår.");
        await side.SjekkUniversellUtformingAsync();
        var idag = DateTime.Today;

        // A kartleggingsmøte: first empty, then with a pårørende the citizen has not consented to, then right.
        await panel.GetByRole(AriaRole.Link, new() { Name = "Registrer kartleggingsmøte" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Kartleggingsmøte");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer møtet" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Velg hvor møtet ble holdt.");
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Skriv innbyggerens eget syn, med innbyggerens egne ord.");
        await side.SjekkUniversellUtformingAsync();

        await side.GetByLabel("Dato for møtet").FillAsync(Dato(idag));
        await side.GetByRole(AriaRole.Group, new() { Name = "Hvor ble møtet holdt?" }).GetByLabel("Hjemme hos innbyggeren").CheckAsync();
        await side.GetByRole(AriaRole.Group, new() { Name = "Deltok innbyggeren?" }).GetByLabel("Ja").CheckAsync();
        var deltaker = side.GetByRole(AriaRole.Group, new() { Name = "Deltaker 1" });
        await deltaker.GetByLabel("Navn").FillAsync("Per Vik");
        await deltaker.GetByLabel("Rolle").FillAsync("bror");
        await deltaker.GetByLabel("Pårørende").CheckAsync();
        await side.GetByLabel("Innbyggerens eget syn").FillAsync("Jeg vil klare regningene selv og slippe å være redd for å miste leiligheten.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer møtet" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Pårørende kan bare delta når innbyggeren har samtykket til det.");
        await Assertions.Expect(deltaker.GetByLabel("Navn")).ToHaveValueAsync("Per Vik");
        await side.SjekkUniversellUtformingAsync();
        await deltaker.GetByLabel("Pårørende").UncheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer møtet" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Kartleggingsmøtet er registrert.")).ToBeVisibleAsync();
        await Assertions.Expect(panel).ToContainTextAsync("Per Vik (bror)");

        // The meeting corrected: the form opens with what was saved, and the panel shows the correction.
        await panel.GetByRole(AriaRole.Link, new() { Name = $"Rett kartleggingsmøtet {idag:dd.MM.yyyy}" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Rett kartleggingsmøtet");
        await Assertions.Expect(side.GetByRole(AriaRole.Group, new() { Name = "Deltaker 1" }).GetByLabel("Navn")).ToHaveValueAsync("Per Vik");
        await Assertions.Expect(side.GetByRole(AriaRole.Group, new() { Name = "Hvor ble møtet holdt?" }).GetByLabel("Hjemme hos innbyggeren")).ToBeCheckedAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Innbyggerens eget syn").FillAsync("Jeg vil klare regningene selv og slippe å være redd for å miste leiligheten min.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre rettelsen" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Kartleggingsmøtet er rettet.")).ToBeVisibleAsync();
        await Assertions.Expect(panel).ToContainTextAsync("miste leiligheten min.");

        // Trying to finish now: told what is missing.
        await panel.GetByRole(AriaRole.Link, new() { Name = "Ferdigstill kartleggingen" }).ClickAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Ferdigstill kartleggingen" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert))
            .ToContainTextAsync("Kartleggingen mangler behov i minst ett hjelpeområde, minst ett mål i innbyggerens egne ord.");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Link, new() { Name = "Tilbake til saken" }).ClickAsync();

        // The needs, beside what the citizen wrote in the application.
        await panel.GetByRole(AriaRole.Link, new() { Name = "Registrer behov" }).ClickAsync();
        await side.SjekkUniversellUtformingAsync();
        var okonomi = side.GetByRole(AriaRole.Group, new() { Name = Hjelpeomrade.OkonomiOgNav.Visningsnavn() });
        await Assertions.Expect(okonomi).ToContainTextAsync("«Jeg får ikke oversikt over regningene.»");
        await okonomi.GetByLabel("Situasjonen nå").FillAsync("Regningene ligger uåpnet, og husleia for to måneder er ikke betalt.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre behovene" }).ClickAsync();
        await Assertions.Expect(okonomi.GetByText("Skriv hjelpen som trengs, eller la begge feltene for området stå tomme.")).ToBeVisibleAsync();
        await Assertions.Expect(okonomi.GetByLabel("Situasjonen nå")).ToHaveValueAsync("Regningene ligger uåpnet, og husleia for to måneder er ikke betalt.");
        await side.SjekkUniversellUtformingAsync();
        await okonomi.GetByLabel("Hjelp som trengs").FillAsync("Hjelp til å lage budsjett og sette opp faste trekk.");
        await okonomi.GetByRole(AriaRole.Group, new() { Name = "Prioritet" }).GetByLabel("Høy").CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre behovene" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Behovene er lagret.")).ToBeVisibleAsync();

        // Two goals in the citizen's words.
        foreach (var (maal, nar) in new[] { ("Jeg vil betale husleia selv hver måned.", "Ingen purringer på tre måneder."), ("Jeg vil åpne posten hver uke.", "Posten er åpnet hver fredag i en måned.") })
        {
            await panel.GetByRole(AriaRole.Link, new() { Name = "Legg til mål" }).ClickAsync();
            await side.SjekkUniversellUtformingAsync();
            await side.GetByLabel("Målet, med innbyggerens egne ord").FillAsync(maal);
            await side.GetByLabel("Hjelpeområde", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Hjelpeomrade.OkonomiOgNav.Visningsnavn() });
            await side.GetByLabel("Hvordan vil innbyggeren og tjenesten vite at målet er nådd?").FillAsync(nar);
            await side.GetByLabel("Når skal målet være nådd?").FillAsync(Dato(idag.AddMonths(6)));
            await side.GetByRole(AriaRole.Button, new() { Name = "Legg til målet" }).ClickAsync();
            await Assertions.Expect(side.GetByText("Målet er lagt til.")).ToBeVisibleAsync();
            await Assertions.Expect(panel).ToContainTextAsync(maal);
        }

        await panel.GetByRole(AriaRole.Link, new() { Name = "Ferdigstill kartleggingen" }).ClickAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Ferdigstill kartleggingen" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Kartleggingen er ferdigstilt.")).ToBeVisibleAsync();

        // The innstilling: 169 hours a week is told beside the field, and what was typed stays.
        await panel.GetByRole(AriaRole.Link, new() { Name = "Skriv innstilling" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Innstilling");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Group, new() { Name = "Teamet anbefaler" }).GetByLabel("Innvilge", new() { Exact = true }).CheckAsync();
        await side.GetByRole(AriaRole.Group, new() { Name = "Hjelpeområder" }).GetByLabel(Hjelpeomrade.OkonomiOgNav.Visningsnavn()).CheckAsync();
        await side.GetByLabel("Antall timer").FillAsync("169");
        await side.GetByRole(AriaRole.Group, new() { Name = "Timene gjelder" }).GetByLabel("Per uke").CheckAsync();
        await side.GetByLabel("Perioden starter").FillAsync(Dato(idag.AddDays(14)));
        await side.GetByLabel("Perioden slutter (valgfritt)").FillAsync(Dato(idag.AddDays(14).AddYears(1)));
        await side.GetByLabel("Evalueres").FillAsync(Dato(idag.AddMonths(6)));
        await side.GetByLabel("Begrunnelse").FillAsync("Innbyggeren trenger fast hjelp med økonomien for å beholde boligen.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre innstillingen" }).ClickAsync();
        await Assertions.Expect(side.Locator("#Timer-feil")).ToHaveTextAsync("En uke har høyst 168 timer.");
        await Assertions.Expect(side.GetByLabel("Antall timer")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(side.GetByLabel("Antall timer")).ToHaveValueAsync("169");
        await Assertions.Expect(side.GetByLabel("Begrunnelse")).ToHaveValueAsync("Innbyggeren trenger fast hjelp med økonomien for å beholde boligen.");
        await Assertions.Expect(side.GetByRole(AriaRole.Group, new() { Name = "Hjelpeområder" }).GetByLabel(Hjelpeomrade.OkonomiOgNav.Visningsnavn())).ToBeCheckedAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Antall timer").FillAsync("7,5");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre innstillingen" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Innstillingen er lagret. Saken venter på vedtak.")).ToBeVisibleAsync();
        await Assertions.Expect(side.Locator("dt:text-is('Status') + dd")).ToHaveTextAsync("Innstilling");
        await Assertions.Expect(panel.Locator("dt:text-is('Timer') + dd")).ToHaveTextAsync("7,5 per uke");

        // A goal corrected after the mapping was finished: only with a reason, and the earlier version is kept.
        await panel.GetByRole(AriaRole.Link, new() { Name = "Endre målet «Jeg vil åpne posten hver uke.»" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Endre mål");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Målet, med innbyggerens egne ord").FillAsync("Jeg vil åpne posten to ganger i uka.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre målet" }).ClickAsync();
        await Assertions.Expect(side.Locator("#Korrigering-feil")).ToContainTextAsync("Skriv hvorfor du endrer den");
        await Assertions.Expect(side.GetByLabel("Målet, med innbyggerens egne ord")).ToHaveValueAsync("Jeg vil åpne posten to ganger i uka.");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Hvorfor endrer du?").FillAsync("Innbyggeren ringte og ville sette målet høyere.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre målet" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Målet er lagret.")).ToBeVisibleAsync();
        await Assertions.Expect(panel).ToContainTextAsync("Korrigert 1 gang etter ferdigstillingen.");

        await panel.GetByRole(AriaRole.Link, new() { Name = "Historikk for kartleggingen" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Historikk for kartleggingen");
        await side.SjekkUniversellUtformingAsync();
        var endring = side.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Innbyggeren ringte og ville sette målet høyere." });
        await Assertions.Expect(endring.GetByRole(AriaRole.Heading)).ToContainTextAsync("Mål endret");
        await Assertions.Expect(endring.GetByRole(AriaRole.Heading)).ToContainTextAsync("av Kristian Dahl");
        await Assertions.Expect(endring.Locator("dt:text-is('Før') + dd")).ToContainTextAsync("Jeg vil åpne posten hver uke.");
        await Assertions.Expect(endring.Locator("dt:text-is('Etter') + dd")).ToContainTextAsync("Jeg vil åpne posten to ganger i uka.");

        // A goal removed after the finish: also only with a reason.
        await side.GetByRole(AriaRole.Link, new() { Name = "Tilbake til saken" }).ClickAsync();
        await panel.GetByRole(AriaRole.Link, new() { Name = "Fjern målet «Jeg vil betale husleia selv hver måned.»" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Fjern mål");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Fjern målet" }).ClickAsync();
        await Assertions.Expect(side.Locator("#Korrigering-feil")).ToContainTextAsync("Skriv hvorfor du endrer den");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Hvorfor endrer du?").FillAsync("Innbyggeren har fått fast trekk for husleia.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Fjern målet" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Målet er fjernet.")).ToBeVisibleAsync();
        await Assertions.Expect(panel).Not.ToContainTextAsync("Jeg vil betale husleia selv hver måned.");
        await Assertions.Expect(panel).ToContainTextAsync("Korrigert 2 ganger etter ferdigstillingen.");
    }
}
