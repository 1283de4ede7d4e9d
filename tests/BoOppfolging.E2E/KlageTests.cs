using System.Globalization;
using BoOppfolging.Domain;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// Complaints in the browser (issue 13), axe on every page: a citizen complains in time from the vedtak in Mine saker, with a
/// file, after a refused first try (the message by the field, the file kept), gets the receipt and the acknowledgement letter, and
/// withdraws it; another complains after the deadline and must say why; a saksbehandler registers a complaint that came by post
/// and finds it on the work list; a second citizen gets 404 on the first citizen's complaint and its file.
/// </summary>
public sealed class KlageTests(AppFixture app)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();

    private static string Dato(DateOnly dato) => dato.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static DateOnly Idag => Norsktid.Dato(DateTimeOffset.UtcNow);

    private async Task<(IPage Side, IBrowserContext Kontekst, string Epost)> InnbyggerAsync(string fornavn, string etternavn, int individnummer)
    {
        var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        var epost = Sidehjelp.UnikEpost("klage");
        await side.GotoAsync("/konto/registrer");
        await side.FyllUtRegistreringAsync(fornavn, etternavn, Sidehjelp.Testnummer(new DateOnly(1984, 3, 14), individnummer), epost);
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Mine saker");
        return (side, kontekst, epost);
    }

    [Fact]
    public async Task Innbyggeren_klager_i_tide_med_vedlegg_faar_kvittering_og_trekker_klagen()
    {
        var (side, kontekst, epost) = await InnbyggerAsync("Klara", "Klagemo", 381);
        await using var _ = kontekst;
        var sak = await app.SakAsync(new()
        {
            Innbygger = epost, Status = Saksstatus.Vedtatt, Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no", VedtaksbrevSendt = Idag,
        });
        var frist = Klagefrist.Frist(Idag, Forsendelse.Digital, 0, 4);

        await side.GotoAsync("/mine-saker");
        await side.GetByRole(AriaRole.Link, new() { Name = $"Søknad om bo-oppfølging – {sak.Referanse}" }).ClickAsync();
        await side.GetByRole(AriaRole.Link, new() { Name = $"Klag på vedtak av {Dato(Idag)}" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync($"Klag på vedtak av {Dato(Idag)}");
        await Assertions.Expect(side.GetByText($"Klagefristen er {Dato(frist)}.", new() { Exact = false })).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();

        // A file first, with what to say left empty: the file is kept, and sending is refused by the field.
        await side.GetByLabel("Hva ønsker du i stedet? (valgfritt)").FillAsync("Fire timer i uka.");
        await side.GetByLabel("Legg ved dokumentasjon (valgfritt)").SetInputFilesAsync(new FilePayload { Name = "legeerklaering.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await side.GetByRole(AriaRole.Button, new() { Name = "Last opp filen" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Filen er lastet opp, og det du har skrevet, er lagret.")).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = "legeerklaering.pdf" })).ToBeVisibleAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Send klagen" }).ClickAsync();
        await Assertions.Expect(side.Locator("#Uenighet-feil")).ToHaveTextAsync("Skriv hva du er uenig i, og hvorfor.");
        await Assertions.Expect(side.GetByLabel("Hva ønsker du i stedet? (valgfritt)")).ToHaveValueAsync("Fire timer i uka.");
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = "legeerklaering.pdf" })).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();

        await side.GetByLabel("Hva er du uenig i, og hvorfor?").FillAsync("Jeg trenger hjelp med økonomien hver uke, ikke annenhver.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Send klagen" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Klagen er sendt");
        var referanse = $"{sak.Referanse}-K1";
        await Assertions.Expect(side.Locator("dt:text-is('Referanse') + dd")).ToHaveTextAsync(referanse);
        var kvittering = new Uri(side.Url).AbsolutePath;
        await side.SjekkUniversellUtformingAsync();

        // The acknowledgement is a stored letter the citizen can download.
        var nedlasting = await side.RunAndWaitForDownloadAsync(() => side.GetByRole(AriaRole.Link, new() { Name = "Last ned kvitteringen (PDF)" }).ClickAsync());
        Assert.EndsWith(".pdf", nedlasting.SuggestedFilename, StringComparison.Ordinal);

        // In Mine saker: the complaint in plain words, its letter and its file; and on the timeline.
        await side.GetByRole(AriaRole.Link, new() { Name = "Se klagen i Mine saker" }).ClickAsync();
        var klager = side.GetByRole(AriaRole.Region, new() { Name = "Klager", Exact = true });
        await Assertions.Expect(klager).ToContainTextAsync(Klagestatus.Mottatt.TilInnbygger());
        await Assertions.Expect(klager.GetByRole(AriaRole.Link, new() { Name = "Vi har mottatt klagen din (PDF)" })).ToBeVisibleAsync();
        await Assertions.Expect(klager.GetByRole(AriaRole.Link, new() { Name = "legeerklaering.pdf" })).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByText($"Klage {referanse} mottatt", new() { Exact = false })).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync("med klage");

        // Withdrawn after a question.
        await klager.GetByRole(AriaRole.Link, new() { Name = $"Trekk klagen {referanse}" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Vil du trekke klagen?");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Ja, trekk klagen" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Klagen er trukket.")).ToBeVisibleAsync();
        await Assertions.Expect(klager).ToContainTextAsync(Klagestatus.Trukket.TilInnbygger());
        await Assertions.Expect(klager.GetByRole(AriaRole.Link, new() { Name = $"Trekk klagen {referanse}" })).ToHaveCountAsync(0);

        // A second citizen gets 404 on the first citizen's receipt, case and complaint file.
        var filAdresse = await klager.GetByRole(AriaRole.Link, new() { Name = "legeerklaering.pdf" }).GetAttributeAsync("href");
        var (annen, annenKontekst, _) = await InnbyggerAsync("Anders", "Annensen", 392);
        await using var __ = annenKontekst;
        foreach (var adresse in new[] { filAdresse!, $"/mine-saker/{sak.Id}", $"/mine-saker/{sak.Id}/vedtak/{Guid.NewGuid()}/klage", kvittering })
        {
            var svar = await annen.GotoAsync(adresse);
            Assert.Equal(404, svar!.Status);
        }
    }

    [Fact]
    public async Task En_klage_etter_fristen_blir_tatt_imot_naar_innbyggeren_sier_hvorfor()
    {
        var (side, kontekst, epost) = await InnbyggerAsync("Sindre", "Sentvedt", 403);
        await using var _ = kontekst;
        var sendt = Idag.AddDays(-40);
        var sak = await app.SakAsync(new()
        {
            Innbygger = epost, Status = Saksstatus.Vedtatt, Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no",
            Alder = TimeSpan.FromDays(45), VedtaksbrevSendt = sendt,
        });
        var frist = Klagefrist.Frist(sendt, Forsendelse.Digital, 0, 4);

        await side.GotoAsync($"/mine-saker/{sak.Id}");
        await Assertions.Expect(side.GetByText($"Klagefristen gikk ut {Dato(frist)}. Du kan likevel klage", new() { Exact = false })).ToBeVisibleAsync();
        await side.GetByRole(AriaRole.Link, new() { Name = "Klag på vedtak av", Exact = false }).ClickAsync();
        await Assertions.Expect(side.GetByText($"Klagefristen gikk ut {Dato(frist)}.", new() { Exact = false })).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync("etter fristen");

        await side.GetByLabel("Hva er du uenig i, og hvorfor?").FillAsync("Jeg har fått for få timer.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Send klagen" }).ClickAsync();
        await Assertions.Expect(side.Locator("#ForsinkelseGrunn-feil")).ToHaveTextAsync("Klagefristen har gått ut. Skriv hvorfor klagen kommer nå.");
        await Assertions.Expect(side.GetByLabel("Hva er du uenig i, og hvorfor?")).ToHaveValueAsync("Jeg har fått for få timer.");
        await side.SjekkUniversellUtformingAsync("etter fristen");

        await side.GetByLabel("Hvorfor kommer klagen nå?").FillAsync("Jeg var innlagt på sykehus da brevet kom.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Send klagen" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Klagen er sendt");
        await Assertions.Expect(side.GetByText("Klagen kom etter klagefristen.", new() { Exact = false })).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync("etter fristen");
    }

    [Fact]
    public async Task Saksbehandleren_registrerer_en_klage_fra_posten_og_finner_den_i_arbeidslisten()
    {
        var sak = await app.SakAsync(new()
        {
            Status = Saksstatus.Vedtatt, Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no", Fornavn = "Petra",
            VedtaksbrevSendt = Idag.AddDays(-30), Alder = TimeSpan.FromDays(35),
        });
        var frist = Klagefrist.Frist(Idag.AddDays(-30), Forsendelse.Digital, 0, 4);
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync("saksbehandler@demo.no");
        await side.GotoAsync($"/saker/{sak.Id}");
        var panel = side.GetByRole(AriaRole.Region, new() { Name = "Klager", Exact = true });
        await Assertions.Expect(panel).ToContainTextAsync("Ingen klager i saken.");
        await panel.GetByRole(AriaRole.Link, new() { Name = "Registrer klage", Exact = false }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Registrer klage");
        await side.SjekkUniversellUtformingAsync();

        // Nothing chosen: each field says what is missing, and what was typed stays.
        await side.GetByLabel("Navnet på den som klager").FillAsync(sak.Navn);
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer klagen" }).ClickAsync();
        await Assertions.Expect(side.Locator("#Kanal-feil")).ToHaveTextAsync("Velg hvordan klagen kom.");
        await Assertions.Expect(side.Locator("#Mottatt-feil")).ToHaveTextAsync("Skriv datoen klagen kom.");
        await Assertions.Expect(side.GetByLabel("Navnet på den som klager")).ToHaveValueAsync(sak.Navn);
        await side.SjekkUniversellUtformingAsync();

        // Received the day after the deadline, posted on its last day: in time.
        await side.GetByRole(AriaRole.Group, new() { Name = "Hvordan kom klagen?" }).GetByLabel("Post", new() { Exact = true }).CheckAsync();
        await side.GetByLabel("Dato mottatt").FillAsync(frist.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await side.GetByLabel("Poststemplet (valgfritt)").FillAsync(frist.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await side.GetByRole(AriaRole.Group, new() { Name = "Hvem er klagen fra?" }).GetByLabel("Den vedtaket gjelder").CheckAsync();
        await side.GetByLabel("Klagen er underskrevet", new() { Exact = false }).CheckAsync();
        await side.GetByLabel("Hva er klageren uenig i, og hvorfor?").FillAsync("Klager på at hjelp til innkjøp ikke er innvilget (se skannet brev).");
        await side.GetByLabel("Skannet klage og vedlegg (valgfritt)").SetInputFilesAsync(new FilePayload { Name = "klagebrev.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer klagen" }).ClickAsync();

        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync($"Klage {sak.Referanse}-K1");
        await Assertions.Expect(side.Locator("dt:text-is('Kom') + dd")).ToHaveTextAsync("Innen fristen");
        await Assertions.Expect(side.Locator("dt:text-is('Poststemplet') + dd")).ToHaveTextAsync(Dato(frist));
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = "klagebrev.pdf" })).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByText("Vi har mottatt klagen din: utkast, ikke sendt")).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();

        await side.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmeny" }).GetByRole(AriaRole.Link, new() { Name = "Klager", Exact = true }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Klager");
        var rad = side.GetByRole(AriaRole.Row).Filter(new() { HasText = $"{sak.Referanse}-K1" });
        await Assertions.Expect(rad).ToContainTextAsync("Mottatt");
        await Assertions.Expect(rad).ToContainTextAsync("Innen fristen");
        await side.SjekkUniversellUtformingAsync();
    }
}
