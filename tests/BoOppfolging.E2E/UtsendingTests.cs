using System.Globalization;
using BoOppfolging.Domain;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace BoOppfolging.E2E;

/// <summary>
/// "Klar til utsending" (issue 11): a team leader picks approved vedtak letters, registers them sent by post, is told which
/// could not go (no address) and why, prints the rest as one PDF of the stored letters with the complaint deadline in them,
/// and sends the one without an address digitally. axe on the list (also with its error), the vedtak letter's page and print
/// view, and the receipt.
/// </summary>
public sealed class UtsendingTests(AppFixture app)
{
    private const string Teamleder = "teamleder@demo.no";

    private static string Iso(DateOnly dato) => dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Teamleder_sender_en_bunke_i_posten_skriver_dem_ut_samlet_og_sender_den_uten_adresse_digitalt()
    {
        var medAdresse = await app.SakAsync(new()
        {
            Status = Saksstatus.Vedtatt, Saksbehandler = "saksbehandler@demo.no", Godkjenner = Teamleder, Fornavn = "Østen", Etternavn = "Brevik" + Guid.NewGuid().ToString("N")[..4],
        });
        var utenAdresse = await app.SakAsync(new()
        {
            Status = Saksstatus.Vedtatt, Kanal = Kanal.Fastlege, Saksbehandler = "saksbehandler@demo.no", Godkjenner = Teamleder, Fornavn = "Åsne",
        });
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync(Teamleder);
        await side.GetByRole(AriaRole.Link, new() { Name = "Klar til utsending" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Klar til utsending");
        await Assertions.Expect(side.GetByRole(AriaRole.Row).Filter(new() { HasText = utenAdresse.Referanse }))
            .ToContainTextAsync("Ingen adresse – kan ikke sendes i posten");
        await side.SjekkUniversellUtformingAsync();

        // The approved letter before it goes: its page and its print view (headings, the table of hours, lists) pass axe too.
        await side.GetByRole(AriaRole.Link, new() { Name = medAdresse.Referanse }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Vedtak om bo-oppfølging");
        await Assertions.Expect(side.GetByRole(AriaRole.Article)).ToContainTextAsync("Vedtaket er godkjent av: Tone Haugen");
        await side.SjekkUniversellUtformingAsync("vedtaksbrev");
        await side.GetByRole(AriaRole.Link, new() { Name = "Vis utskriftsversjon" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Table)).ToContainTextAsync("timer per uke");
        await side.SjekkUniversellUtformingAsync("vedtaksbrev");
        await side.GotoAsync("/vedtak/utsending");

        await side.GetByLabel($"Velg brevet til {medAdresse.Navn}, sak {medAdresse.Referanse}").CheckAsync();
        await side.GetByLabel($"Velg brevet til {utenAdresse.Navn}, sak {utenAdresse.Referanse}").CheckAsync();
        var idag = DateOnly.FromDateTime(DateTime.Now);
        await side.GetByLabel("Sendt dato").FillAsync(Iso(idag));
        await side.GetByRole(AriaRole.Radio, new() { Name = "Post" }).CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer valgte brev som sendt" }).ClickAsync();

        // The receipt: one sent, with its deadline (four weeks from the day it is taken to arrive); the other refused, saying why.
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Brev registrert som sendt");
        await Assertions.Expect(side.GetByRole(AriaRole.Status)).ToContainTextAsync("1 brev er registrert som sendt.");
        await Assertions.Expect(side.GetByRole(AriaRole.Region, new() { Name = "Disse brevene ble ikke sendt" }))
            .ToContainTextAsync($"{utenAdresse.Referanse}: Brevet har ingen adresse");
        var frist = Klagefrist.Frist(idag, Forsendelse.Post, 3, 4);
        var rad = side.GetByRole(AriaRole.Row).Filter(new() { HasText = medAdresse.Referanse });
        await Assertions.Expect(rad).ToContainTextAsync($"{idag:dd.MM.yyyy} (post)");
        await Assertions.Expect(rad).ToContainTextAsync(frist.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
        await side.SjekkUniversellUtformingAsync();

        var lenke = side.GetByRole(AriaRole.Link, new() { Name = "Last ned alle som én PDF (1 brev)" });
        var svar = await kontekst.APIRequest.GetAsync((await lenke.GetAttributeAsync("href"))!);
        Assert.Equal("application/pdf", svar.Headers["content-type"]);
        using (var pdf = PdfDocument.Open(await svar.BodyAsync()))
        {
            var tekst = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains(medAdresse.Referanse, tekst, StringComparison.Ordinal);
            Assert.Contains($"senest {frist:dd.MM.yyyy}", tekst, StringComparison.Ordinal);
            Assert.Contains("Fordi brevet er sendt i posten", tekst, StringComparison.Ordinal);
        }

        // Back on the list the sent one is gone; the other goes digitally.
        await side.GetByRole(AriaRole.Link, new() { Name = "Tilbake til Klar til utsending" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Row).Filter(new() { HasText = medAdresse.Referanse })).ToHaveCountAsync(0);
        await side.GetByLabel($"Velg brevet til {utenAdresse.Navn}, sak {utenAdresse.Referanse}").CheckAsync();
        await side.GetByRole(AriaRole.Radio, new() { Name = "Digitalt" }).CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer valgte brev som sendt" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Row).Filter(new() { HasText = utenAdresse.Referanse }))
            .ToContainTextAsync($"{idag:dd.MM.yyyy} (digitalt)");
    }

    [Fact]
    public async Task Uten_valgt_brev_og_kanal_sier_siden_hva_som_mangler_ved_feltene()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync(Teamleder);
        await app.SakAsync(new() { Status = Saksstatus.Vedtatt, Saksbehandler = "saksbehandler@demo.no", Godkjenner = Teamleder });
        await side.GotoAsync("/vedtak/utsending");
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer valgte brev som sendt" }).ClickAsync();

        var oppsummering = side.GetByRole(AriaRole.Alert);
        await Assertions.Expect(oppsummering).ToContainTextAsync("Velg minst ett brev.");
        await Assertions.Expect(oppsummering).ToContainTextAsync("Velg hvordan brevet ble sendt.");
        await Assertions.Expect(side.GetByLabel("Sendt dato")).ToHaveValueAsync(Iso(DateOnly.FromDateTime(DateTime.Now)));
        await side.SjekkUniversellUtformingAsync();
    }
}
