using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>A citizen applies through all five steps, as a person would, with axe on every page.</summary>
public sealed partial class SoknadTests(AppFixture app)
{
    [Fact]
    public async Task Innbygger_soker_gjennom_alle_stegene_faar_kvittering_og_finner_saken_i_mine_saker()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.GotoAsync("/konto/registrer");
        await side.FyllUtRegistreringAsync("Søker", "Ærlighetsen", Sidehjelp.Testnummer(new DateOnly(1988, 8, 8), 360), Sidehjelp.UnikEpost("soker"));
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Mine saker");

        await side.GetByRole(AriaRole.Link, new() { Name = "Søk om bo-oppfølging" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Søk om bo-oppfølging");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Link, new() { Name = "Start søknaden" }).ClickAsync();

        // Step 1, first without a postal code: refused, the message at the field, the rest kept.
        await Assertions.Expect(side.GetByText("Steg 1 av 5")).ToBeVisibleAsync();
        await Assertions.Expect(side.Locator("main dd").First).ToHaveTextAsync("Søker Ærlighetsen");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Adresse", new() { Exact = true }).FillAsync("Storgata 1 <script>alert(1)</script>");
        await side.GetByLabel("Poststed").FillAsync("Ås");
        await side.GetByLabel("Telefonnummer").FillAsync("912 34 567");
        await side.GetByLabel("Telefon", new() { Exact = true }).CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre og gå videre" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Skriv postnummeret.");
        await Assertions.Expect(side.Locator("#Postnummer")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(side.GetByLabel("Poststed")).ToHaveValueAsync("Ås");
        await Assertions.Expect(side.GetByLabel("Adresse", new() { Exact = true })).ToHaveValueAsync("Storgata 1 <script>alert(1)</script>");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Postnummer").FillAsync("1430");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre og gå videre" }).ClickAsync();

        // Step 2.
        await Assertions.Expect(side.GetByText("Steg 2 av 5")).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Leier privat").CheckAsync();
        await side.GetByRole(AriaRole.Group, new() { Name = "Har du fått begjæring om utkastelse fra boligen din?" }).GetByLabel("Nei").CheckAsync();
        await side.GetByRole(AriaRole.Group, new() { Name = "Skylder du husleie?" }).GetByLabel("Ja").CheckAsync();
        await side.GetByLabel("Omtrent hvor mye skylder du? (valgfritt)").FillAsync("Omtrent 12 000 kroner");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre og gå videre" }).ClickAsync();

        // Step 3.
        await Assertions.Expect(side.GetByText("Steg 3 av 5")).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Group, new() { Name = "Hva ønsker du hjelp til?" })
            .GetByLabel("Budsjett, økonomi og forpliktelser knyttet til boforholdet, kontakt med NAV").CheckAsync();
        await side.GetByRole(AriaRole.Group, new() { Name = "Hva ønsker du hjelp til?" })
            .GetByLabel("Nettverksbygging for å forebygge isolasjon").CheckAsync();
        await side.GetByLabel("Hva ønsker du å få til? Skriv med egne ord.").FillAsync("Betale husleia i tide og bli kjent med folk.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre og gå videre" }).ClickAsync();

        // Step 4.
        await Assertions.Expect(side.GetByText("Steg 4 av 5")).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Fastlege (valgfritt)").FillAsync("Dr. Øyvind Lie");
        await side.GetByLabel("Tjeneste 1").FillAsync("Hjemmetjenesten");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre og gå videre" }).ClickAsync();

        // Step 5: a file that is not what its name says is refused; a real PDF is taken.
        await Assertions.Expect(side.GetByText("Steg 5 av 5")).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Jeg samtykker i at kommunen henter inn opplysninger fra fastlegen (Dr. Øyvind Lie) som trengs for å behandle søknaden min om bo-oppfølging.").CheckAsync();
        await side.GetByLabel("Legg ved dokumentasjon (valgfritt)").SetInputFilesAsync(new FilePayload
        {
            Name = "husleie.pdf", MimeType = "application/pdf", Buffer = "Dette er ikke en PDF"u8.ToArray(),
        });
        await side.GetByRole(AriaRole.Button, new() { Name = "Last opp filen" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Filen må være PDF, JPEG eller PNG.");
        await Assertions.Expect(side.GetByLabel(new Regex("fastlegen \\(Dr\\. Øyvind Lie\\)"))).ToBeCheckedAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Legg ved dokumentasjon (valgfritt)").SetInputFilesAsync(new FilePayload
        {
            Name = "husleievarsel.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray(),
        });
        await side.GetByRole(AriaRole.Button, new() { Name = "Last opp filen" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = "husleievarsel.pdf" })).ToBeVisibleAsync();
        var vedleggId = (await side.GetByRole(AriaRole.Link, new() { Name = "husleievarsel.pdf" }).GetAttributeAsync("href"))!.Split('/').Last();
        await side.GetByLabel("Jeg bekrefter at opplysningene i søknaden er riktige").CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre og se over søknaden" }).ClickAsync();

        // Summary, then send.
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Se over søknaden før du sender");
        await Assertions.Expect(side.GetByText("Storgata 1 <script>alert(1)</script>, 1430 Ås")).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
        var skjema = new Dictionary<string, string>
        {
            ["utkastId"] = await side.Locator("input[name=utkastId]").InputValueAsync(),
            ["__RequestVerificationToken"] = await side.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync(),
        };
        await side.GetByRole(AriaRole.Button, new() { Name = "Send søknaden" }).ClickAsync();

        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Søknaden er sendt");
        var kvitteringsside = side.Url;
        var referanse = await side.Locator("dt:text-is('Referanse') + dd").InnerTextAsync();
        Assert.Matches(Referanse(), referanse);
        await side.SjekkUniversellUtformingAsync();

        // The receipt as PDF, downloaded as a person would: the stored copy of the receipt letter.
        var nedlasting = await side.RunAndWaitForDownloadAsync(
            () => side.GetByRole(AriaRole.Link, new() { Name = "Last ned kvitteringen (PDF)" }).ClickAsync());
        Assert.EndsWith(".pdf", nedlasting.SuggestedFilename, StringComparison.Ordinal);
        var pdfSti = await nedlasting.PathAsync();
        Assert.StartsWith("%PDF", File.ReadAllText(pdfSti)[..4], StringComparison.Ordinal);

        // The same form sent again (a double click, or the back button and send): the same receipt, no second application.
        var igjen = await kontekst.APIRequest.PostAsync("/soknad/send", new() { Form = Skjema(kontekst, skjema) });
        Assert.Equal(200, igjen.Status);
        Assert.Equal(kvitteringsside, igjen.Url);
        await side.GoBackAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Button, new() { Name = "Send søknaden" })).ToHaveCountAsync(0);
        await side.GotoAsync("/mine-saker");
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Søknad om bo-oppfølging") })).ToHaveCountAsync(1);
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = $"Søknad om bo-oppfølging – {referanse}" })).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();

        // The attachment is on the case now: the applicant can open it, another citizen gets 404.
        var sakId = kvitteringsside.Split('/').Last();
        var egen = await kontekst.APIRequest.GetAsync($"/mine-saker/{sakId}/vedlegg/{vedleggId}");
        Assert.Equal(200, egen.Status);
        Assert.Equal("application/pdf", egen.Headers["content-type"]);
        await using (var annen = await app.NyKontekstAsync())
        {
            var kari = await annen.NewPageAsync();
            await kari.LoggInnAsync("kari.nordmann@demo.no");
            await Assertions.Expect(kari.Hovedoverskrift()).ToHaveTextAsync("Mine saker");
            Assert.Equal(404, (await annen.APIRequest.GetAsync($"/mine-saker/{sakId}/vedlegg/{vedleggId}")).Status);
            Assert.Equal(404, (await annen.APIRequest.GetAsync($"/mine-saker/{sakId}")).Status);
            Assert.Equal(404, (await annen.APIRequest.GetAsync($"/soknad/kvittering/{sakId}")).Status);
        }

        // The forvaltningsenhet finds it in the work list by reference, reads it, screens it and takes it.
        await using (var ansatt = await app.NyKontekstAsync())
        {
            var sb = await ansatt.NewPageAsync();
            await sb.LoggInnAsync("saksbehandler@demo.no");
            await sb.GetByLabel("Søk").FillAsync(referanse);
            await sb.GetByRole(AriaRole.Button, new() { Name = "Vis saker" }).ClickAsync();
            await Assertions.Expect(sb.GetByRole(AriaRole.Row, new() { NameRegex = new Regex(Regex.Escape(referanse)) })).ToContainTextAsync("Ikke tildelt");
            await sb.GetByRole(AriaRole.Link, new() { Name = referanse }).ClickAsync();
            await Assertions.Expect(sb.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Søknaden, sendt") })).ToBeVisibleAsync();
            await Assertions.Expect(sb.GetByText("Betale husleia i tide og bli kjent med folk.")).ToBeVisibleAsync();
            await Assertions.Expect(sb.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("^Søknaden, sendt") })
                .GetByText("Storgata 1 <script>alert(1)</script>, 1430 Ås")).ToBeVisibleAsync();
            // Letters go to the address in the application, as long as staff have registered no other.
            await Assertions.Expect(sb.Locator("dt:text-is('Adresse for brev') + dd")).ToContainTextAsync("Storgata 1 <script>alert(1)</script>, 1430 Ås");
            await sb.SjekkUniversellUtformingAsync();
            var vedleggForAnsatt = await ansatt.APIRequest.GetAsync(await sb.GetByRole(AriaRole.Link, new() { Name = "husleievarsel.pdf" }).GetAttributeAsync("href") ?? "");
            Assert.Equal(200, vedleggForAnsatt.Status);

            await sb.GetByRole(AriaRole.Link, new() { Name = "Registrer mottakskontroll" }).ClickAsync();
            await Assertions.Expect(sb.GetByText(new Regex("^Personen er \\d+ år etter fødselsnummeret\\. Kravet om 18 år er oppfylt\\.$"))).ToBeVisibleAsync();
            await sb.GetByRole(AriaRole.Group, new() { Name = "Er personen i målgruppen for bo-oppfølging?" }).GetByLabel("Ja").CheckAsync();
            await sb.GetByLabel("Jeg har sjekket at personen ikke har en annen åpen sak").CheckAsync();
            await sb.GetByRole(AriaRole.Button, new() { Name = "Lagre mottakskontrollen" }).ClickAsync();
            await Assertions.Expect(sb.Locator("dt:text-is('Status') + dd")).ToHaveTextAsync("Mottakskontroll");
            await sb.GetByRole(AriaRole.Link, new() { Name = "Tildel saksbehandler" }).ClickAsync();
            await sb.GetByLabel("Saksbehandler").SelectOptionAsync(new SelectOptionValue { Label = "Ingrid Berg" });
            await sb.GetByRole(AriaRole.Button, new() { Name = "Tildel" }).ClickAsync();
            await Assertions.Expect(sb.Locator("dt:text-is('Saksbehandler') + dd")).ToHaveTextAsync("Ingrid Berg");
        }

        // The citizen sees the screening on the timeline, but not the internal note of it.
        await side.GotoAsync($"/mine-saker/{sakId}");
        await Assertions.Expect(side.GetByText("Status endret til «Mottakskontroll»")).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByText(new Regex("^Mottakskontroll: 18 år"))).ToHaveCountAsync(0);
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = "Kvittering for søknad om bo-oppfølging (PDF)" })).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GotoAsync("/mine-saker");

        // Withdraw it: asked first, then the status says so and the button is gone.
        await side.GetByRole(AriaRole.Link, new() { Name = $"Søknad om bo-oppfølging – {referanse}" }).ClickAsync();
        await side.GetByRole(AriaRole.Link, new() { Name = "Trekk søknaden" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Vil du trekke søknaden?");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Ja, trekk søknaden" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Søknaden er trukket.")).ToBeVisibleAsync();
        await Assertions.Expect(side.Locator("dt:text-is('Status') + dd")).ToHaveTextAsync("Trukket");
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = "Trekk søknaden" })).ToHaveCountAsync(0);
        await side.SjekkUniversellUtformingAsync();
    }

    private static IFormData Skjema(IBrowserContext kontekst, Dictionary<string, string> felt)
    {
        var skjema = kontekst.APIRequest.CreateFormData();
        foreach (var (navn, verdi) in felt) skjema.Set(navn, verdi);
        return skjema;
    }

    [GeneratedRegex(@"^BO-\d{4}-\d{6}$")]
    private static partial Regex Referanse();
}
