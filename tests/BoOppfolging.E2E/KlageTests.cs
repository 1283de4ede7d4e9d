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

        // The case page says what must happen next, and by whom.
        await side.GotoAsync($"/saker/{sak.Id}");
        await Assertions.Expect(panel).ToContainTextAsync("Neste steg: Saksbehandleren vurderer formkravene.");
        await side.SjekkUniversellUtformingAsync("med klage");

        await side.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmeny" }).GetByRole(AriaRole.Link, new() { Name = "Klager", Exact = true }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Klager");
        var rad = side.GetByRole(AriaRole.Row).Filter(new() { HasText = $"{sak.Referanse}-K1" });
        await Assertions.Expect(rad).ToContainTextAsync("Mottatt");
        await Assertions.Expect(rad).ToContainTextAsync("Innen fristen");
        await side.SjekkUniversellUtformingAsync();
    }

    [Fact]
    public async Task En_fullmektig_klager_for_innbyggeren_med_fullmakten_vedlagt()
    {
        var (side, kontekst, epost) = await InnbyggerAsync("Frida", "Fullmektigsen", 437);
        await using var _ = kontekst;
        var sak = await app.SakAsync(new()
        {
            Fullmektig = epost, Fornavn = "Bjørn", Status = Saksstatus.Vedtatt, Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no",
            VedtaksbrevSendt = Idag,
        });

        await side.GotoAsync($"/mine-saker/{sak.Id}");
        await side.GetByRole(AriaRole.Link, new() { Name = $"Klag på vedtak av {Dato(Idag)}" }).ClickAsync();
        await Assertions.Expect(side.GetByText($"Du klager som fullmektig for {sak.Navn}. Legg ved fullmakten.")).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync("fullmektig");
        await side.GetByLabel("Hva er du uenig i, og hvorfor?").FillAsync("Bjørn trenger hjelp oftere enn vedtaket gir.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Send klagen" }).ClickAsync();
        await Assertions.Expect(side.Locator("#Fullmakt-feil")).ToHaveTextAsync("Legg ved fullmakten fra den du klager for.");
        await side.SjekkUniversellUtformingAsync("fullmektig");

        await side.GetByLabel("Fullmakt", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "fullmakt.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await side.GetByRole(AriaRole.Button, new() { Name = "Send klagen" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Klagen er sendt");
        await side.GetByRole(AriaRole.Link, new() { Name = "Se klagen i Mine saker" }).ClickAsync();
        var klager = side.GetByRole(AriaRole.Region, new() { Name = "Klager", Exact = true });
        await Assertions.Expect(klager.GetByRole(AriaRole.Link, new() { Name = "fullmakt.pdf" })).ToBeVisibleAsync();
    }
}

/// <summary>
/// The unit's handling of complaints in the browser (issue 13), axe on every page: one complaint fails the formal check (not signed),
/// the complainant is asked to put it right, and it is avvist with a letter built from the failed item; another is upheld on
/// reconsideration and sent to Statsforvalteren with an oversendelsesbrev and a copy to the citizen, and Statsforvalteren's result
/// is registered, which the citizen reads in plain words in Mine saker.
/// </summary>
public sealed class KlagebehandlingTests(AppFixture app)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();

    private static DateOnly Idag => Norsktid.Dato(DateTimeOffset.UtcNow);

    private static string Iso(DateOnly dato) => dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A citizen of their own (signed in) with a vedtak sent ten days ago and a complaint from Mine saker that has passed the formal
    /// check, and the demo saksbehandler signed in beside: the start of reconsideration.
    /// </summary>
    private async Task<(IPage Innbygger, Infrastructure.Saksbygging.ByggetSak Sak, IPage Saksbehandler)> KlageUnderBehandlingAsync(
        string fornavn, string etternavn, DateOnly fodt, int individnummer)
    {
        var innbygger = await (await app.NyKontekstAsync()).NewPageAsync();
        var epost = Sidehjelp.UnikEpost("klage");
        await innbygger.GotoAsync("/konto/registrer");
        await innbygger.FyllUtRegistreringAsync(fornavn, etternavn, Sidehjelp.Testnummer(fodt, individnummer), epost);
        var naa = DateTimeOffset.UtcNow;
        var sak = await app.SakAsync(new()
        {
            Innbygger = epost, Status = Saksstatus.Vedtatt, Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no",
            Alder = TimeSpan.FromDays(20), VedtaksbrevSendt = Idag.AddDays(-10),
            Steg = b => b.MottaKlage(tidspunkt: naa.AddMinutes(-10)).VurderKlagensFormkrav(tidspunkt: naa.AddMinutes(-5)),
        });
        var side = await (await app.NyKontekstAsync()).NewPageAsync();
        await side.LoggInnAsync("saksbehandler@demo.no");
        return (innbygger, sak, side);
    }

    private static async Task RegistrerSendtAsync(IPage side, string tittel, bool exact = true)
    {
        var klagen = side.Url;
        await side.GetByRole(AriaRole.Region, new() { Name = "Brev", Exact = true }).GetByRole(AriaRole.Link, new() { Name = tittel, Exact = exact }).ClickAsync();
        await side.GetByLabel("Sendt dato").FillAsync(Iso(Idag));
        await side.GetByRole(AriaRole.Group, new() { Name = "Hvordan ble brevet sendt?" }).GetByLabel("Digitalt").CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer som sendt" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Brevet er registrert som sendt.")).ToBeVisibleAsync();
        await side.GotoAsync(klagen);
    }

    [Fact]
    public async Task En_klage_uten_underskrift_faar_frist_til_aa_rette_og_avvises_med_brev_fra_mangelen()
    {
        var naa = DateTimeOffset.UtcNow;
        var sak = await app.SakAsync(new()
        {
            Status = Saksstatus.Vedtatt, Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no", Fornavn = "Ulrik",
            Alder = TimeSpan.FromDays(20), VedtaksbrevSendt = Idag.AddDays(-10),
            Steg = b => b.MottaKlage(Klagekanal.Post, signert: false, tidspunkt: naa.AddMinutes(-5)),
        });
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync("saksbehandler@demo.no");
        await side.GotoAsync("/klager");
        await side.GetByRole(AriaRole.Link, new() { Name = $"{sak.Referanse}-K1" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync($"Klage {sak.Referanse}-K1");
        await Assertions.Expect(side.GetByText("Saksbehandleren vurderer formkravene.")).ToBeVisibleAsync();

        await side.GetByRole(AriaRole.Link, new() { Name = "Vurder formkravene" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Vurder formkravene");
        await side.SjekkUniversellUtformingAsync();
        // What the complaint shows is filled in: from the party, in time; what it says and the signature are the caseworker's to answer.
        await Assertions.Expect(side.GetByRole(AriaRole.Group, new() { Name = "Kom klagen innen klagefristen?" }).GetByLabel("Ja")).ToBeCheckedAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer formkravene" }).ClickAsync();
        await Assertions.Expect(side.Locator("#Konkret-feil")).ToHaveTextAsync("Svar om klagen sier hva det klages over.");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Group, new() { Name = "Sier klagen hva det klages over", Exact = false }).GetByLabel("Ja").CheckAsync();
        await side.GetByRole(AriaRole.Group, new() { Name = "Er klagen underskrevet, eller sendt innlogget?" }).GetByLabel("Nei").CheckAsync();
        await side.GetByLabel("Merknad (valgfritt)").FillAsync("Brevet kom uten underskrift.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer formkravene" }).ClickAsync();

        var formkrav = side.GetByRole(AriaRole.Region, new() { Name = "Formkrav", Exact = true });
        await Assertions.Expect(formkrav.Locator("dt:text-is('Resultat') + dd")).ToHaveTextAsync("Ikke oppfylt");
        await Assertions.Expect(side.GetByText("Be klageren rette mangelen innen en kort frist, eller avvis klagen.")).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync("formkrav ikke oppfylt");

        await side.GetByRole(AriaRole.Link, new() { Name = "Be om retting" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Klagen er ikke underskrevet.")).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Frist for å rette").FillAsync(Iso(Idag.AddDays(14)));
        await side.GetByRole(AriaRole.Button, new() { Name = "Lag brev om retting" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Klagen din mangler noe: utkast, ikke sendt")).ToBeVisibleAsync();
        await Assertions.Expect(side.Locator("dt:text-is('Frist for å rette') + dd")).ToHaveTextAsync(Idag.AddDays(14).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));

        // No answer came: the complaint is avvist, and the letter says why, from the failed item, and that the avvisning can be appealed.
        await side.GetByRole(AriaRole.Link, new() { Name = "Avvis klagen" }).ClickAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Begrunnelse (valgfritt)").FillAsync("Vi ba deg sende en underskrevet klage, men har ikke fått den.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Avvis klagen" }).ClickAsync();
        await Assertions.Expect(side.Locator("dl.fakta dt:text-is('Status') + dd")).ToHaveTextAsync("Avvist");
        await side.GetByRole(AriaRole.Link, new() { Name = "Klagen din er avvist" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Klagen din er avvist");
        await Assertions.Expect(side.GetByText("Klagen er ikke underskrevet.")).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByText("Avvisningen er et vedtak som du kan klage på.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByText("Vi ba deg sende en underskrevet klage, men har ikke fått den.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task En_opprettholdt_klage_sendes_til_Statsforvalteren_med_kopi_og_resultatet_registreres()
    {
        var (innbygger, sak, side) = await KlageUnderBehandlingAsync("Oda", "Oversen", new DateOnly(1979, 8, 30), 414);
        await using var _ = innbygger.Context;
        await using var __ = side.Context;
        var referanse = $"{sak.Referanse}-K1";
        await side.GotoAsync($"/saker/{sak.Id}");
        await side.GetByRole(AriaRole.Region, new() { Name = "Klager", Exact = true }).GetByRole(AriaRole.Link, new() { Name = $"Klage {referanse}" }).ClickAsync();
        await side.GetByRole(AriaRole.Link, new() { Name = "Oppretthold vedtaket og send til Statsforvalteren" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Oppretthold vedtaket og send klagen til Statsforvalteren");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Lag oversendelsesbrev" }).ClickAsync();
        await Assertions.Expect(side.Locator("#Saksforhold-feil")).ToBeVisibleAsync();
        await Assertions.Expect(side.Locator("#Vurdering-feil")).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();

        await side.GetByLabel("Saksforholdet").FillAsync("Oda søkte om bo-oppfølging og fikk fire timer i uken etter kartlegging med IPLOS.");
        await side.GetByLabel("Vår vurdering").FillAsync("Kartleggingen viser at fire timer i uken dekker behovet. Inkassovarselet er fulgt opp i timene hun har.");
        var dokumenter = side.GetByRole(AriaRole.Group, new() { Name = "Dokumenter som sendes med" });
        await Assertions.Expect(dokumenter.GetByLabel("Klagen, mottatt", new() { Exact = false })).ToBeCheckedAsync();
        await dokumenter.GetByLabel("Kartleggingen med IPLOS-vurdering og innstilling").UncheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Lag oversendelsesbrev" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Vedtaket opprettholdes. Send oversendelsesbrevet", new() { Exact = false })).ToBeVisibleAsync();

        // The oversendelsesbrev: the complaint's arguments, the unit's assessment, the law and the documents chosen.
        await side.GetByRole(AriaRole.Region, new() { Name = "Brev", Exact = true }).GetByRole(AriaRole.Link, new() { Name = $"Oversendelse av klage – {referanse}" }).ClickAsync();
        var brev = side.Locator("main");
        await Assertions.Expect(brev).ToContainTextAsync("Jeg er uenig i antall timer.");
        await Assertions.Expect(brev).ToContainTextAsync("Kartleggingen viser at fire timer i uken dekker behovet.");
        await Assertions.Expect(brev).ToContainTextAsync("forvaltningsloven § 34");
        await Assertions.Expect(brev).ToContainTextAsync("Klagen, mottatt");
        await Assertions.Expect(brev).Not.ToContainTextAsync("Kartleggingen med IPLOS-vurdering og innstilling");
        await side.GoBackAsync();

        // Sent: the complaint is with Statsforvalteren; the copy goes to the citizen.
        await RegistrerSendtAsync(side, $"Oversendelse av klage – {referanse}");
        await Assertions.Expect(side.Locator("dl.fakta dt:text-is('Status') + dd")).ToHaveTextAsync("Sendt til Statsforvalteren");
        await RegistrerSendtAsync(side, "Klagen din er sendt til Statsforvalteren", exact: false);

        await side.GetByRole(AriaRole.Link, new() { Name = "Registrer Statsforvalterens avgjørelse" }).ClickAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Group, new() { Name = "Statsforvalterens avgjørelse" }).GetByLabel("Opphevet og sendt tilbake").CheckAsync();
        await side.GetByLabel("Dato på Statsforvalterens vedtak").FillAsync(Iso(Idag));
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer avgjørelsen" }).ClickAsync();
        await Assertions.Expect(side.Locator("#Merknad-feil")).ToHaveTextAsync("Skriv hva Statsforvalteren har bedt oss gjøre i den nye behandlingen.");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Instrukser eller merknad").FillAsync("Kartlegg behovet for hjelp til økonomi på nytt, med inkassosakene.");
        await side.GetByLabel("Statsforvalterens vedtak, skannet (valgfritt)").SetInputFilesAsync(new FilePayload { Name = "statsforvalteren.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer avgjørelsen" }).ClickAsync();
        await Assertions.Expect(side.Locator("dl.fakta dt:text-is('Status') + dd")).ToHaveTextAsync("Opphevet og sendt tilbake");
        await Assertions.Expect(side.GetByText("Vedtaket er opphevet. Saken behandles på nytt", new() { Exact = false })).ToBeVisibleAsync();
        // A grant set aside: the new vedtak is an endringsvedtak the saksbehandler starts from the complaint.
        await Assertions.Expect(side.GetByRole(AriaRole.Button, new() { Name = "Lag nytt vedtak" })).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = "statsforvalteren.pdf" })).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync("med avgjørelse");

        // The citizen reads where it stands, and the copy of the oversendelsesbrev.
        await innbygger.GotoAsync($"/mine-saker/{sak.Id}");
        var klager = innbygger.GetByRole(AriaRole.Region, new() { Name = "Klager", Exact = true });
        await Assertions.Expect(klager).ToContainTextAsync(Klagestatus.OpphevetOgSendtTilbake.TilInnbygger());
        await Assertions.Expect(klager.GetByRole(AriaRole.Link, new() { Name = "Klagen din er sendt til Statsforvalteren", Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(innbygger.GetByText($"Klage {referanse} er sendt til Statsforvalteren", new() { Exact = false })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task En_klage_omgjores_delvis_med_et_nytt_vedtak_som_en_annen_godkjenner()
    {
        var (innbygger, sak, side) = await KlageUnderBehandlingAsync("Dagny", "Delvisen", new DateOnly(1983, 5, 17), 426);
        await using var _ = innbygger.Context;
        await using var __ = side.Context;
        var referanse = $"{sak.Referanse}-K1";
        await side.GotoAsync("/klager");
        await side.GetByRole(AriaRole.Link, new() { Name = referanse }).ClickAsync();
        await side.GetByRole(AriaRole.Link, new() { Name = "Omgjør vedtaket" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Omgjør vedtaket");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Lag nytt vedtak" }).ClickAsync();
        await Assertions.Expect(side.Locator("#Delvis-feil")).ToHaveTextAsync("Velg om vedtaket omgjøres helt eller delvis.");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Delvis: klageren får noe av det klagen ber om").CheckAsync();
        await side.GetByLabel("Hvorfor klagen fører fram").FillAsync("Inkassovarselet viser at hjelpen med økonomien må økes, men ikke til fire timer.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lag nytt vedtak" }).ClickAsync();

        // The vedtak machinery: an endringsvedtak, filled in and sent for approval by the saksbehandler.
        await Assertions.Expect(side.Hovedoverskrift()).ToContainTextAsync("Endringsvedtak 2");
        var fra = Idag.AddDays(7);
        await side.GetByLabel("Antall timer").FillAsync("5");
        await side.GetByLabel("Fra og med").FillAsync(Iso(fra));
        await side.GetByLabel("Evalueres").FillAsync(Iso(fra.AddMonths(3)));
        await side.GetByRole(AriaRole.Button, new() { Name = "Send til godkjenning" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Status)).ToContainTextAsync("Vedtaket er sendt til godkjenning.");
        await side.GotoAsync("/klager");
        await side.GetByRole(AriaRole.Link, new() { Name = referanse }).ClickAsync();
        await Assertions.Expect(side.GetByText("Vedtaket omgjøres. Saksbehandleren fullfører det nye vedtaket", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(side.Locator("dl.fakta dt:text-is('Status') + dd")).ToHaveTextAsync("Under behandling");
        await side.SjekkUniversellUtformingAsync("omgjøring under arbeid");

        // A second person approves it: the complaint is delvis omgjort.
        await using var tlKontekst = await app.NyKontekstAsync();
        var tl = await tlKontekst.NewPageAsync();
        await tl.LoggInnAsync("teamleder@demo.no");
        await tl.GotoAsync("/vedtak/godkjenning");
        await tl.GetByRole(AriaRole.Row).Filter(new() { HasText = sak.Referanse }).GetByRole(AriaRole.Link).ClickAsync();
        await tl.GetByRole(AriaRole.Button, new() { Name = "Godkjenn vedtaket" }).ClickAsync();
        await side.ReloadAsync();
        await Assertions.Expect(side.Locator("dl.fakta dt:text-is('Status') + dd")).ToHaveTextAsync("Delvis omgjort");
        await Assertions.Expect(side.GetByText("Spør klageren om resten av klagen opprettholdes.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = "Oppretthold vedtaket og send til Statsforvalteren" })).ToBeVisibleAsync();

        await innbygger.GotoAsync($"/mine-saker/{sak.Id}");
        await Assertions.Expect(innbygger.GetByRole(AriaRole.Region, new() { Name = "Klager", Exact = true })).ToContainTextAsync(Klagestatus.DelvisOmgjort.TilInnbygger());
    }

    [Fact]
    public async Task En_klage_som_har_ventet_en_maaned_faar_foreloepig_svar_og_kan_registreres_trukket()
    {
        var naa = DateTimeOffset.UtcNow;
        var sak = await app.SakAsync(new()
        {
            Status = Saksstatus.Vedtatt, Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no", Fornavn = "Vera",
            Alder = TimeSpan.FromDays(70), VedtaksbrevSendt = Idag.AddDays(-45),
            Steg = b => b.MottaKlage(tidspunkt: naa.AddDays(-40)).VurderKlagensFormkrav(tidspunkt: naa.AddDays(-38)),
        });
        var referanse = $"{sak.Referanse}-K1";
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync("teamleder@demo.no");
        await side.GotoAsync("/klager");
        var rad = side.GetByRole(AriaRole.Row).Filter(new() { HasText = referanse });
        await Assertions.Expect(rad).ToContainTextAsync("trenger foreløpig svar");
        await rad.GetByRole(AriaRole.Link, new() { Name = referanse }).ClickAsync();

        await side.GetByRole(AriaRole.Link, new() { Name = "Send foreløpig svar" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Foreløpig svar på klagen");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Lag foreløpig svar" }).ClickAsync();
        await Assertions.Expect(side.Locator("#Begrunnelse-feil")).ToHaveTextAsync("Skriv hvorfor behandlingen tar lengre tid.");
        await side.SjekkUniversellUtformingAsync();
        var forventet = Idag.AddDays(21);
        await side.GetByLabel("Hvorfor behandlingen tar lengre tid").FillAsync("Vi venter på opplysninger fra NAV om økonomien din.");
        await side.GetByLabel("Når klageren kan vente svar").FillAsync(Iso(forventet));
        await side.GetByRole(AriaRole.Button, new() { Name = "Lag foreløpig svar" }).ClickAsync();

        // Sent, it moves the answer date and counts once on the work list.
        await RegistrerSendtAsync(side, "Foreløpig svar på klagen din");
        await Assertions.Expect(side.Locator("dl.fakta dt:text-is('Svar innen') + dd"))
            .ToHaveTextAsync($"{forventet.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} (flyttet 1 gang med foreløpig svar)");
        await side.GotoAsync("/klager");
        await Assertions.Expect(side.GetByRole(AriaRole.Row).Filter(new() { HasText = referanse })).ToContainTextAsync("(flyttet 1 gang)");

        // The complainant calls to withdraw it.
        await side.GetByRole(AriaRole.Link, new() { Name = referanse }).ClickAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer at klagen er trukket" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Klagen er registrert som trukket.")).ToBeVisibleAsync();
        await Assertions.Expect(side.Locator("dl.fakta dt:text-is('Status') + dd")).ToHaveTextAsync("Trukket");
    }
}
