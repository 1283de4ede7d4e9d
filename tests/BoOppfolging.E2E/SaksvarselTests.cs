using System.Globalization;
using System.Text.RegularExpressions;
using BoOppfolging.Domain;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// On one case with the vurderingsteam: a team member asks the GP for information on the citizen's consent (the
/// letter is made) after being refused for a source without consent, and sets the flags everyone who visits must
/// know; the saksbehandler on the same case sees the flags at the top and the request. Seeded for this test.
/// </summary>
public sealed partial class SaksvarselTests(AppFixture app)
{
    private const string Fastlegen = "fastlegen (Dr. Kari Bakke)";

    private static string Dato(DateTime dato) => dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Teamet_ber_fastlegen_om_opplysninger_med_samtykke_og_setter_varsler_som_saksbehandleren_ser()
    {
        var sak = await app.SakAsync(new() { Status = Saksstatus.TilVurdering, Saksbehandler = "saksbehandler@demo.no" });
        await using (var teamKontekst = await app.NyKontekstAsync())
        {
            var side = await teamKontekst.NewPageAsync();
            await side.LoggInnAsync("vurderingsteam@demo.no");
            await side.GotoAsync($"/saker/{sak.Id}");
            await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync(sak.Navn);

            // Information from the GP: first a source the citizen has not consented to, refused with the reason.
            await side.GetByRole(AriaRole.Region, new() { Name = "Opplysninger fra andre" })
                .GetByRole(AriaRole.Link, new() { Name = "Be om opplysninger fra fastlege eller andre" }).ClickAsync();
            await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Be om opplysninger fra fastlege eller andre");
            await side.SjekkUniversellUtformingAsync();
            await side.GetByRole(AriaRole.Radio, new() { Name = "Annen kilde" }).CheckAsync();
            await side.GetByRole(AriaRole.Textbox, new() { Name = "Annen kilde" }).FillAsync("Psykolog Hansen");
            await side.GetByLabel("Hvilke opplysninger ber du om?").FillAsync("Opplysninger om diagnoser som påvirker evnen til å bo alene.");
            await side.GetByLabel("Frist for svar").FillAsync(Dato(DateTime.Today.AddDays(14)));
            await side.GetByLabel("Adresse", new() { Exact = true }).FillAsync("Legesenteret, Postboks 12");
            await side.GetByLabel("Postnummer").FillAsync("3001");
            await side.GetByLabel("Poststed").FillAsync("Drammen");
            await side.GetByRole(AriaRole.Button, new() { Name = "Be om opplysningene" }).ClickAsync();
            await Assertions.Expect(side.GetByText(InnhentingFeil.UtenSamtykke.Melding).Last).ToBeVisibleAsync();
            await Assertions.Expect(side.GetByLabel("Hvilke opplysninger ber du om?")).ToHaveValueAsync("Opplysninger om diagnoser som påvirker evnen til å bo alene.");
            await Assertions.Expect(side.GetByLabel("Postnummer")).ToHaveValueAsync("3001");
            await side.SjekkUniversellUtformingAsync();

            // Then the GP, whom the application names with consent: the letter to the GP is made and shown.
            await side.GetByLabel(Fastlegevalg()).CheckAsync();
            await side.GetByRole(AriaRole.Button, new() { Name = "Be om opplysningene" }).ClickAsync();
            await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Forespørsel om opplysninger");
            await Assertions.Expect(side.GetByText("Forespørselen er registrert, og brevet er laget.", new() { Exact = false })).ToBeVisibleAsync();
            await Assertions.Expect(side.GetByText("Opplysninger om diagnoser som påvirker evnen til å bo alene.")).ToBeVisibleAsync();
            await Assertions.Expect(side.GetByText(Fastlegen, new() { Exact = true }).First).ToBeVisibleAsync();
            await Assertions.Expect(side.GetByText("3001 Drammen").First).ToBeVisibleAsync();
            await side.SjekkUniversellUtformingAsync();

            // The team registers its own letter as sent, by post now that it has the address.
            await side.GetByRole(AriaRole.Group, new() { Name = "Hvordan ble brevet sendt?" }).GetByLabel("Post").CheckAsync();
            await side.GetByRole(AriaRole.Button, new() { Name = "Registrer som sendt" }).ClickAsync();
            await Assertions.Expect(side.GetByText(new Regex("^Sendt \\d{2}\\.\\d{2}\\.\\d{4} \\(post\\)$", RegexOptions.IgnoreCase))).ToBeVisibleAsync();

            // The flags: an incomplete safety assessment is refused at its field, then everything is saved.
            await side.GotoAsync($"/saker/{sak.Id}");
            var varsler = side.GetByRole(AriaRole.Region, new() { Name = "Viktig å vite før besøk" });
            await Assertions.Expect(varsler.GetByText("Ingen varsler er registrert på saken.")).ToBeVisibleAsync();
            await varsler.GetByRole(AriaRole.Link, new() { Name = "Registrer varsler" }).ClickAsync();
            await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Varsler for alle som besøker");
            await side.SjekkUniversellUtformingAsync();
            await side.GetByLabel("Dyr i hjemmet").CheckAsync();
            await side.GetByLabel("Hva må den som besøker vite?").FillAsync("Stor hund. Ring på og vent til den er låst inne.");
            await side.GetByRole(AriaRole.Button, new() { Name = "Lagre varslene" }).ClickAsync();
            await Assertions.Expect(side.GetByText("Skriv datoen sikkerhetsvurderingen skal gjennomgås på nytt.").Last).ToBeVisibleAsync();
            await Assertions.Expect(side.GetByLabel("Dyr i hjemmet")).ToBeCheckedAsync();
            await side.SjekkUniversellUtformingAsync();

            await side.GetByLabel("Gjennomgås på nytt innen").FillAsync(Dato(DateTime.Today.AddMonths(3)));
            await side.GetByLabel("Dato for utkastelsen").FillAsync(Dato(DateTime.Today.AddDays(20)));
            await side.GetByLabel("Trenger tolk på språk (valgfritt)").FillAsync("arabisk");
            await side.GetByRole(AriaRole.Button, new() { Name = "Lagre varslene" }).ClickAsync();
            await Assertions.Expect(side.GetByText("Varslene er lagret.", new() { Exact = false })).ToBeVisibleAsync();
            await Assertions.Expect(varsler.GetByText($"Varsel om utkastelse {DateTime.Today.AddDays(20):dd.MM.yyyy}")).ToBeVisibleAsync();
        }

        // The saksbehandler on the same case sees the flags first, and the request with its letter to send.
        await using var sbKontekst = await app.NyKontekstAsync();
        var sb = await sbKontekst.NewPageAsync();
        await sb.LoggInnAsync("saksbehandler@demo.no");
        await sb.GotoAsync($"/saker/{sak.Id}");
        var panel = sb.GetByRole(AriaRole.Region, new() { Name = "Viktig å vite før besøk" });
        await Assertions.Expect(panel.GetByText($"Varsel om utkastelse {DateTime.Today.AddDays(20):dd.MM.yyyy}")).ToBeVisibleAsync();
        await Assertions.Expect(panel.GetByText("Sikkerhet ved hjemmebesøk: dyr i hjemmet")).ToBeVisibleAsync();
        await Assertions.Expect(panel.GetByText($"Gjennomgås innen {DateTime.Today.AddMonths(3):dd.MM.yyyy}.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(panel.GetByText("Trenger tolk: arabisk")).ToBeVisibleAsync();
        var innhenting = sb.GetByRole(AriaRole.Region, new() { Name = "Opplysninger fra andre" });
        await Assertions.Expect(innhenting.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Fra " + Regex.Escape(Fastlegen)) })).ToBeVisibleAsync();
        await Assertions.Expect(innhenting.GetByText("(sendt)", new() { Exact = false })).ToBeVisibleAsync();
        // The saksbehandler registers answers but does not ask: that is the team's.
        await Assertions.Expect(innhenting.GetByRole(AriaRole.Link, new() { Name = "Be om opplysninger fra fastlege eller andre" })).ToHaveCountAsync(0);
        await sb.SjekkUniversellUtformingAsync();

        // The GP's answer comes: registered with its date, a summary and the document, refused first without them.
        await innhenting.GetByRole(AriaRole.Link, new() { Name = $"Registrer svar fra {Fastlegen}" }).ClickAsync();
        await Assertions.Expect(sb.Hovedoverskrift()).ToHaveTextAsync("Registrer svar på forespørsel");
        await sb.SjekkUniversellUtformingAsync();
        await sb.GetByRole(AriaRole.Button, new() { Name = "Registrer svaret" }).ClickAsync();
        await Assertions.Expect(sb.GetByText("Skriv et sammendrag av svaret.").Last).ToBeVisibleAsync();
        await sb.SjekkUniversellUtformingAsync();
        await sb.GetByLabel("Datoen svaret kom").FillAsync(Dato(DateTime.Today));
        await sb.GetByLabel("Sammendrag av svaret").FillAsync("Diabetes type 2. Trenger hjelp med kosthold og innkjøp.");
        await sb.GetByLabel("Dokumenter som kom med svaret (valgfritt)").SetInputFilesAsync(new FilePayload
        {
            Name = "legeerklaering.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF"u8.ToArray(),
        });
        await sb.GetByRole(AriaRole.Button, new() { Name = "Registrer svaret" }).ClickAsync();
        await Assertions.Expect(sb.GetByText("Svaret er registrert.")).ToBeVisibleAsync();
        await Assertions.Expect(innhenting.GetByText($"Mottatt {DateTime.Today:dd.MM.yyyy}")).ToBeVisibleAsync();
        await Assertions.Expect(innhenting.GetByRole(AriaRole.Link, new() { Name = "legeerklaering.pdf" })).ToBeVisibleAsync();
        await Assertions.Expect(innhenting.GetByRole(AriaRole.Link, new() { Name = $"Registrer svar fra {Fastlegen}" })).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"^fastlegen \(Dr\. Kari Bakke\) \(samtykke gitt \d{2}\.\d{2}\.\d{4}\)$")]
    private static partial Regex Fastlegevalg();
}
