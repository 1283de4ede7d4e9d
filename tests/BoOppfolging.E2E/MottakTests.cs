using System.Text.RegularExpressions;
using BoOppfolging.Domain;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// The forvaltningsenhet at work, as a saksbehandler would do it on screen. Phase 1's whole journey by
/// hand: a referral from a GP registered, found in the work list, screened, the person reached,
/// assigned, a foreløpig svar made, printed and sent, and the case sent on. The other tests start from
/// a case seeded in the state they need (<see cref="AppFixture.SakAsync"/>): a person outside the
/// target group referred to another service with a letter; a case closed; two saksbehandlere saving
/// the same case at once; information asked for and a duplicate linked. axe on every page.
/// </summary>
public sealed partial class MottakTests(AppFixture app)
{
    private static string Unik() => Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task Saksbehandler_registrerer_henvendelse_fra_fastlege_kontrollerer_og_sender_den_til_vurdering()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync("saksbehandler@demo.no");
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Innboks og mine saker");
        await side.SjekkUniversellUtformingAsync();

        // A referral by phone from a GP; first sent empty: every message, nothing saved.
        await side.GetByRole(AriaRole.Link, new() { Name = "Registrer henvendelse" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Registrer henvendelse");
        await side.SjekkUniversellUtformingAsync();
        var etternavn = "Ødegård" + Unik();
        await side.GetByLabel("Fornavn").FillAsync("Bjørn");
        await side.GetByLabel("Poststed (valgfritt)").FillAsync("Oslo");
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer henvendelsen" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Velg hvem henvendelsen kommer fra.");
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Skriv etternavnet til personen henvendelsen gjelder.");
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Skriv postnummeret, eller la alle adressefeltene stå tomme.");
        await Assertions.Expect(side.Locator("#Adresse")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(side.GetByLabel("Fornavn")).ToHaveValueAsync("Bjørn");
        await Assertions.Expect(side.GetByLabel("Poststed (valgfritt)")).ToHaveValueAsync("Oslo");
        await side.SjekkUniversellUtformingAsync();

        await side.GetByRole(AriaRole.Group, new() { Name = "Hvem kommer henvendelsen fra?" }).GetByLabel("Fastlege").CheckAsync();
        await side.GetByRole(AriaRole.Group, new() { Name = "Hvordan kom henvendelsen?" }).GetByLabel("Telefon").CheckAsync();
        await side.GetByLabel("Dato mottatt").FillAsync(DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await side.GetByRole(AriaRole.Group, new() { Name = "Haster det?" }).GetByLabel("Normal").CheckAsync();
        await side.GetByLabel("Navn", new() { Exact = true }).FillAsync("Dr. Åsmund Lie");
        await side.GetByLabel("Rolle eller relasjon (valgfritt)").FillAsync("fastlege, Torget legesenter");
        await side.GetByLabel("Telefonnummer").FillAsync("22 33 44 55");
        await side.GetByLabel("Etternavn").FillAsync(etternavn);
        await side.GetByLabel("Fødselsdato (hvis fødselsnummeret ikke er kjent)").FillAsync("1971-03-05");
        await side.GetByLabel("Adresse (valgfritt)").FillAsync("Torggata 3 B");
        await side.GetByLabel("Postnummer (valgfritt)").FillAsync("0181");
        await side.GetByLabel("Hva beskriver den som meldte?").FillAsync("Pasienten har ikke betalt husleie på tre måneder. <b>Haster</b>");
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer henvendelsen" }).ClickAsync();

        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync($"Bjørn {etternavn}");
        await Assertions.Expect(side.GetByText("Henvendelsen er registrert.")).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByText("Pasienten har ikke betalt husleie på tre måneder. <b>Haster</b>")).ToBeVisibleAsync();
        var referanse = await side.Locator("dt:text-is('Referanse') + dd").InnerTextAsync();
        var saksside = side.Url;
        await side.SjekkUniversellUtformingAsync();

        // Found in the work list by name; the search is posted, so the name never appears in the address.
        await side.GotoAsync("/saker");
        await side.GetByLabel("Søk").FillAsync(etternavn);
        await side.GetByRole(AriaRole.Button, new() { Name = "Vis saker" }).ClickAsync();
        Assert.DoesNotContain(etternavn, side.Url, StringComparison.Ordinal);
        await Assertions.Expect(side.GetByText("1 sak", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByLabel("Søk")).ToHaveValueAsync(etternavn);
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Link, new() { Name = referanse }).ClickAsync();

        // Screening: the number is given now, and the age follows from it.
        await side.GetByRole(AriaRole.Link, new() { Name = "Registrer mottakskontroll" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Mottakskontroll");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Fødselsnummer").FillAsync("12345678901");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre mottakskontrollen" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Fødselsnummeret er ikke gyldig.");
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Svar på om personen er i målgruppen for bo-oppfølging.");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Fødselsnummer").FillAsync(Sidehjelp.Testnummer(new DateOnly(1971, 3, 5), 400 + Random.Shared.Next(400)));
        await side.GetByRole(AriaRole.Group, new() { Name = "Er personen i målgruppen for bo-oppfølging?" }).GetByLabel("Ja").CheckAsync();
        await side.GetByLabel("Jeg har sjekket at personen ikke har en annen åpen sak").CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre mottakskontrollen" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Mottakskontrollen er registrert.")).ToBeVisibleAsync();
        await Assertions.Expect(side.Locator("dt:text-is('18 år eller eldre') + dd")).ToContainTextAsync("Ja");
        await Assertions.Expect(side.Locator("dt:text-is('Status') + dd")).ToHaveTextAsync("Mottakskontroll");

        // A referral is not an application: it cannot go on before the person wants help.
        await side.GetByRole(AriaRole.Link, new() { Name = "Send til vurderingsteamet" }).ClickAsync();
        await side.SjekkUniversellUtformingAsync();
        // Only the unit's vurderingsteam is offered (not the follow-up team), so it is already chosen.
        await Assertions.Expect(side.GetByLabel("Vurderingsteam").GetByRole(AriaRole.Option)).ToHaveTextAsync(["Velg team", "Vurderingsteamet"]);
        await Assertions.Expect(side.GetByLabel("Vurderingsteam")).ToHaveValueAsync(new Regex("^[0-9a-f-]{36}$"));
        await side.GetByRole(AriaRole.Button, new() { Name = "Send saken" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Personen må selv ønske hjelp og samtykke");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Link, new() { Name = "Tilbake til saken" }).ClickAsync();

        await side.GetByRole(AriaRole.Link, new() { Name = "Registrer kontakt med personen" }).ClickAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Dato for kontakten").FillAsync(DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await side.GetByRole(AriaRole.Group, new() { Name = "Hvordan hadde dere kontakt?" }).GetByLabel("Telefon").CheckAsync();
        await side.GetByRole(AriaRole.Group, new() { Name = "Hva svarte personen?" }).GetByLabel("Ønsker hjelp").CheckAsync();
        await side.GetByLabel(new Regex("^Personen samtykker")).CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer kontakten" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Kontakten er registrert.")).ToBeVisibleAsync();

        // Assigned to herself.
        await side.GetByRole(AriaRole.Link, new() { Name = "Tildel saksbehandler" }).ClickAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Saksbehandler").SelectOptionAsync(new SelectOptionValue { Label = "Ingrid Berg" });
        await side.GetByRole(AriaRole.Button, new() { Name = "Tildel" }).ClickAsync();
        await Assertions.Expect(side.Locator("dt:text-is('Saksbehandler') + dd")).ToHaveTextAsync("Ingrid Berg");

        // The foreløpig svar: a letter made from the case, printed, and registered as sent.
        await side.GetByRole(AriaRole.Link, new() { Name = "Lag foreløpig svar" }).ClickAsync();
        await side.SjekkUniversellUtformingAsync();
        var forventet = DateTime.Today.AddDays(20);
        await side.GetByLabel("Hvorfor tar saken lengre tid?").FillAsync("Vi venter på opplysninger fra fastlegen før vurderingsteamet kan møtes.");
        await side.GetByLabel("Når kan innbyggeren vente vedtak?").FillAsync(forventet.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await side.GetByRole(AriaRole.Button, new() { Name = "Lag brevet" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Foreløpig svar i sak om bo-oppfølging");
        await Assertions.Expect(side.GetByText("Utkast, ikke sendt")).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByText($"Vi regner med å kunne gjøre vedtak i saken innen {forventet:dd.MM.yyyy}")).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
        var brevside = side.Url;

        await side.GetByRole(AriaRole.Link, new() { Name = "Vis utskriftsversjon" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Navigation)).ToHaveCountAsync(0);
        await Assertions.Expect(side.GetByText($"Vår referanse: {referanse}")).ToBeVisibleAsync();
        // Addressed to the person at the address the GP gave, so it can go by post.
        await Assertions.Expect(side.GetByText("Torggata 3 B")).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByText("0181 Oslo")).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GotoAsync(brevside);

        var utkast = await kontekst.APIRequest.GetAsync(brevside + "/pdf");
        Assert.Equal(200, utkast.Status);
        Assert.Equal("application/pdf", utkast.Headers["content-type"]);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await utkast.BodyAsync())[..4]), StringComparison.Ordinal);

        await side.GetByRole(AriaRole.Group, new() { Name = "Hvordan ble brevet sendt?" }).GetByLabel("Post").CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer som sendt" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Brevet er registrert som sendt.")).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByText(new Regex("^Sendt \\d{2}\\.\\d{2}\\.\\d{4} \\(post\\)$"))).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();

        // The stored copy is what is shown from now on, byte for byte each time.
        var forste = await (await kontekst.APIRequest.GetAsync(brevside + "/pdf")).BodyAsync();
        var andre = await (await kontekst.APIRequest.GetAsync(brevside + "/pdf")).BodyAsync();
        Assert.Equal(forste, andre);

        // The due date is now the date the letter promised, and the case goes on to the vurderingsteam.
        await side.GotoAsync(saksside);
        await Assertions.Expect(side.Locator("dt:text-is('Frist') + dd")).ToContainTextAsync(forventet.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(side.GetByText("Brev sendt: Foreløpig svar i sak om bo-oppfølging (post)")).ToBeVisibleAsync();
        await side.GetByRole(AriaRole.Link, new() { Name = "Send til vurderingsteamet" }).ClickAsync();
        await side.GetByLabel("Vurderingsteam").SelectOptionAsync(new SelectOptionValue { Label = "Vurderingsteamet" });
        await side.GetByRole(AriaRole.Button, new() { Name = "Send saken" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Saken er sendt til vurderingsteamet.")).ToBeVisibleAsync();
        await Assertions.Expect(side.Locator("dt:text-is('Status') + dd")).ToHaveTextAsync("Til vurdering");
        await Assertions.Expect(side.GetByText("Status endret til «Til vurdering»: sendt til vurderingsteamet")).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
    }

    [Fact]
    public async Task Saksbehandler_henviser_en_person_utenfor_maalgruppen_til_annen_tjeneste_med_brev()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        // A neighbour's referral, screened as outside the target group.
        var sak = await app.SakAsync(new()
        {
            Kanal = Kanal.Nabo, Fornavn = "Kåre", Etternavn = "Vik" + Unik(), Saksbehandler = "saksbehandler@demo.no",
            Steg = b => b.RegistrerMottakskontroll(iMaalgruppen: false),
        });
        await side.LoggInnAsync("saksbehandler@demo.no");
        await side.GotoAsync($"/saker/{sak.Id}");
        await Assertions.Expect(side.Locator("dt:text-is('I målgruppen') + dd")).ToHaveTextAsync("Nei");

        await side.GetByRole(AriaRole.Link, new() { Name = "Henvis til annen tjeneste" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Henvis til annen tjeneste");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Henvis og lag brev" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Skriv hvilken tjeneste personen henvises til.");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Tjenesten personen henvises til").FillAsync("Origo");
        await side.GetByLabel("Begrunnelse").FillAsync("Behovet gjelder rus og psykisk helse, som Origo har ansvar for.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Henvis og lag brev" }).ClickAsync();

        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Henvendelsen din er sendt videre til en annen tjeneste");
        await Assertions.Expect(side.GetByText("Behovet gjelder rus og psykisk helse, som Origo har ansvar for.")).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Group, new() { Name = "Hvordan ble brevet sendt?" }).GetByLabel("Overlevert personlig").CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer som sendt" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Brevet er registrert som sendt.")).ToBeVisibleAsync();
        await side.GetByRole(AriaRole.Link, new() { Name = "Tilbake til saken" }).ClickAsync();
        await Assertions.Expect(side.Locator("dt:text-is('Status') + dd")).ToHaveTextAsync("Henvist til annen tjeneste");
        await Assertions.Expect(side.GetByText("Status endret til «Henvist til annen tjeneste»: henvist til Origo")).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = "Registrer mottakskontroll" })).ToHaveCountAsync(0);
        await side.SjekkUniversellUtformingAsync();
    }

    [Fact]
    public async Task Saksbehandler_henlegger_en_sak_med_grunn_og_faar_melding_naar_utdyping_mangler()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        var sak = await app.SakAsync(new() { Kanal = Kanal.Parorende, Fornavn = "Lise", Etternavn = "Moe" + Unik(), MedFodselsnummer = false });
        await side.LoggInnAsync("saksbehandler@demo.no");
        await side.GotoAsync($"/saker/{sak.Id}");

        await side.GetByRole(AriaRole.Link, new() { Name = "Henlegg saken" }).ClickAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Radio, new() { Name = "Annet" }).CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Henlegg saken" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Beskriv grunnen når du velger «Annet».");
        await Assertions.Expect(side.GetByRole(AriaRole.Radio, new() { Name = "Annet" })).ToBeCheckedAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Flyttet fra kommunen").CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Henlegg saken" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Saken er henlagt.")).ToBeVisibleAsync();
        await Assertions.Expect(side.Locator("dt:text-is('Status') + dd")).ToHaveTextAsync("Henlagt (flyttet fra kommunen)");
    }

    [Fact]
    public async Task To_saksbehandlere_lagrer_samme_sak_samtidig_og_den_andre_faar_konfliktmelding_uten_aa_miste_det_han_skrev()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        var sak = await app.SakAsync(new() { Kanal = Kanal.Fastlege, Fornavn = "Odd", Etternavn = "Aas" + Unik() });
        await side.LoggInnAsync("teamleder@demo.no");
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Alle saker i enheten");
        var kontrollside = $"/saker/{sak.Id}/mottak/kontroll";

        var annen = await kontekst.NewPageAsync();
        await annen.GotoAsync(kontrollside);
        await side.GotoAsync(kontrollside);

        await side.GetByRole(AriaRole.Group, new() { Name = "Er personen i målgruppen for bo-oppfølging?" }).GetByLabel("Ja").CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre mottakskontrollen" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Mottakskontrollen er registrert.")).ToBeVisibleAsync();

        await annen.GetByRole(AriaRole.Group, new() { Name = "Er personen i målgruppen for bo-oppfølging?" }).GetByLabel("Nei").CheckAsync();
        await annen.GetByLabel("Notat (valgfritt, bare for ansatte)").FillAsync("Mitt notat som ikke må gå tapt");
        await annen.GetByRole(AriaRole.Button, new() { Name = "Lagre mottakskontrollen" }).ClickAsync();
        await Assertions.Expect(annen.GetByRole(AriaRole.Alert)).ToContainTextAsync("Noen andre har endret dette mens du arbeidet.");
        await Assertions.Expect(annen.GetByLabel("Notat (valgfritt, bare for ansatte)")).ToHaveValueAsync("Mitt notat som ikke må gå tapt");
        await annen.SjekkUniversellUtformingAsync();

        // Saved again knowingly, it goes through.
        await annen.GetByRole(AriaRole.Button, new() { Name = "Lagre mottakskontrollen" }).ClickAsync();
        await Assertions.Expect(annen.GetByText("Mottakskontrollen er registrert.")).ToBeVisibleAsync();
        await Assertions.Expect(annen.Locator("dt:text-is('I målgruppen') + dd")).ToHaveTextAsync("Nei");
    }

    [Fact]
    public async Task Saksbehandler_ber_om_opplysninger_og_kobler_en_ny_henvendelse_til_personens_aapne_sak()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        // A GP's referral about a person with no address yet.
        var forste = await app.SakAsync(new() { Kanal = Kanal.Fastlege, Fornavn = "Tove", Etternavn = "Dobbel" + Unik() });
        var forsteReferanse = forste.Referanse;
        await side.LoggInnAsync("teamleder@demo.no");
        await side.GotoAsync($"/saker/{forste.Id}");

        // Missing information: refused empty, then asked for with a due date, then marked received.
        await side.GetByRole(AriaRole.Link, new() { Name = "Be om opplysninger" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Be om opplysninger");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Be om opplysningene" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Skriv hvilke opplysninger som mangler.");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Hvilke opplysninger mangler?").FillAsync("Kopi av husleiekontrakten.");
        await side.GetByLabel("Frist for å sende opplysningene").FillAsync(DateTime.Today.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await side.GetByRole(AriaRole.Button, new() { Name = "Be om opplysningene" }).ClickAsync();

        // The request is a letter too. This person has no address yet, so the page says it cannot go by post, and post is refused.
        await Assertions.Expect(side.GetByText(new Regex("^Opplysningene er etterspurt"))).ToBeVisibleAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Vi trenger flere opplysninger i saken din");
        await Assertions.Expect(side.GetByText("Kopi av husleiekontrakten.", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByText("Vi har ingen adresse til personen, så brevet kan ikke sendes i posten.", new() { Exact = false })).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Group, new() { Name = "Hvordan ble brevet sendt?" }).GetByLabel("Post").CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer som sendt" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Brevet har ingen adresse, så det kan ikke sendes i posten.");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Group, new() { Name = "Hvordan ble brevet sendt?" }).GetByLabel("Digitalt").CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer som sendt" }).ClickAsync();
        await Assertions.Expect(side.GetByText(new Regex("^Sendt \\d{2}\\.\\d{2}\\.\\d{4} \\(digitalt\\)$"))).ToBeVisibleAsync();
        await side.GetByRole(AriaRole.Link, new() { Name = "Tilbake til saken" }).ClickAsync();
        await Assertions.Expect(side.GetByText(new Regex("^Vi har bedt om flere opplysninger innen .*: Kopi av husleiekontrakten\\.$"))).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByText("Brev sendt: Vi trenger flere opplysninger i saken din (digitalt)")).ToBeVisibleAsync();

        // The address is learnt later: registered on the case, refused first without a street, what was typed kept.
        await side.GetByRole(AriaRole.Link, new() { Name = "Registrer adresse" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Adresse for brev");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Poststed").FillAsync("Bodø");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre adressen" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Skriv gateadressen.");
        await Assertions.Expect(side.GetByLabel("Poststed")).ToHaveValueAsync("Bodø");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Adresse", new() { Exact = true }).FillAsync("Storgata 10");
        await side.GetByLabel("Postnummer").FillAsync("8006");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre adressen" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Adressen er lagret. Brev som lages fra nå av, går dit.")).ToBeVisibleAsync();
        await Assertions.Expect(side.Locator("dt:text-is('Adresse for brev') + dd")).ToContainTextAsync("Storgata 10, 8006 Bodø");
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = "Endre adresse" })).ToBeVisibleAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer som mottatt" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Opplysningene er registrert som mottatt.")).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByText("Etterspurte opplysninger er mottatt")).ToBeVisibleAsync();

        // The same person again, from a neighbour: the new case shows the open one and is linked to it instead of running twice.
        var andre = await app.SakAsync(new() { Kanal = Kanal.Nabo, PersonId = forste.PersonId });
        await side.GotoAsync($"/saker/{andre.Id}");
        await Assertions.Expect(side.GetByText("Personen har en annen åpen sak")).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Link, new() { Name = "Koble denne saken til den åpne saken" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Koble til åpen sak");
        await Assertions.Expect(side.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^" + Regex.Escape(forsteReferanse)) })).ToBeCheckedAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Koble og henlegg denne saken" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Saken er koblet til den åpne saken og henlagt.")).ToBeVisibleAsync();
        await Assertions.Expect(side.Locator("dt:text-is('Status') + dd")).ToHaveTextAsync("Henlagt (samme behov er allerede under behandling i en annen sak)");
        await Assertions.Expect(side.GetByText($"koblet til sak {forsteReferanse}", new() { Exact = false })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Innbygger_og_bo_oppfolger_kommer_ikke_til_mottakssidene()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync("bo-oppfolger@demo.no");
        var svar = await side.GotoAsync("/mottak/henvendelse/ny");
        Assert.Equal(403, svar!.Status);
        await side.SjekkUniversellUtformingAsync();
    }
}
