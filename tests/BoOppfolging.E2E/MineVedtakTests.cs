using System.Globalization;
using BoOppfolging.Domain;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace BoOppfolging.E2E;

/// <summary>
/// The citizen's vedtak in Mine saker (issue 11): an approved vedtak whose letter has not gone is not shown; a team leader
/// registers the vedtak letter as sent on its letter page; the citizen then opens the case from Mine saker and reads what was
/// decided in plain words, the hours, the period and the complaint deadline as a date, and downloads the letter with the
/// keyboard: the stored PDF, which states the same deadline. axe on the page, and the page at 320 pixels wide.
/// </summary>
public sealed class MineVedtakTests(AppFixture app)
{
    private const string Teamleder = "teamleder@demo.no";

    private static string Dato(DateOnly dato) => dato.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static ILocator Vedtaksdel(IPage side) => side.GetByRole(AriaRole.Region, new() { Name = "Vedtak", Exact = true });

    [Fact]
    public async Task Innbyggeren_ser_vedtaket_med_vanlige_ord_og_klagefristen_naar_brevet_er_sendt_og_laster_ned_brevet()
    {
        // A citizen of their own, whose application has been granted and approved; the letter waits to be sent.
        await using var innbyggerKontekst = await app.NyKontekstAsync();
        var innbygger = await innbyggerKontekst.NewPageAsync();
        var epost = Sidehjelp.UnikEpost("vedtak");
        await innbygger.GotoAsync("/konto/registrer");
        await innbygger.FyllUtRegistreringAsync("Vilde", "Vedtaksen", Sidehjelp.Testnummer(new DateOnly(1986, 4, 27), 370), epost);
        await Assertions.Expect(innbygger.Hovedoverskrift()).ToHaveTextAsync("Mine saker");
        var sak = await app.SakAsync(new()
        {
            Innbygger = epost, Status = Saksstatus.Vedtatt, Saksbehandler = "saksbehandler@demo.no", Godkjenner = Teamleder,
        });

        // Approved, but not sent: the citizen learns of a vedtak by its letter, so the page has none yet.
        await innbygger.GotoAsync("/mine-saker");
        await innbygger.GetByRole(AriaRole.Link, new() { Name = $"Søknad om bo-oppfølging – {sak.Referanse}" }).ClickAsync();
        await Assertions.Expect(innbygger.Hovedoverskrift()).ToHaveTextAsync($"Sak {sak.Referanse}");
        await Assertions.Expect(Vedtaksdel(innbygger)).ToHaveCountAsync(0);
        await Assertions.Expect(innbygger.GetByText("Dette er ikke et vedtak ennå.", new() { Exact = false })).ToBeVisibleAsync();

        // The team leader registers the letter as sent, digitally today, on the letter page reached from the vedtak.
        await using var tlKontekst = await app.NyKontekstAsync();
        var tl = await tlKontekst.NewPageAsync();
        await tl.LoggInnAsync(Teamleder);
        await tl.GotoAsync($"/saker/{sak.Id}");
        await tl.GetByRole(AriaRole.Region, new() { Name = "Vedtak", Exact = true }).GetByRole(AriaRole.Link, new() { Name = "Vedtak 1" }).ClickAsync();
        await tl.GetByRole(AriaRole.Region, new() { Name = "Vedtaksbrevet" }).GetByRole(AriaRole.Link, new() { Name = "Åpne brevet" }).ClickAsync();
        await Assertions.Expect(tl.Hovedoverskrift()).ToHaveTextAsync("Vedtak om bo-oppfølging");
        var idag = Norsktid.Dato(DateTimeOffset.UtcNow);
        await tl.GetByLabel("Sendt dato").FillAsync(idag.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await tl.GetByRole(AriaRole.Group, new() { Name = "Hvordan ble brevet sendt?" }).GetByLabel("Digitalt").CheckAsync();
        await tl.GetByRole(AriaRole.Button, new() { Name = "Registrer som sendt" }).ClickAsync();
        await Assertions.Expect(tl.GetByText("Brevet er registrert som sendt.")).ToBeVisibleAsync();

        // Four weeks under helse- og omsorgstjenesteloven, from the day it was sent digitally, moved off a weekend or holiday.
        var frist = Dato(Klagefrist.Frist(idag, Forsendelse.Digital, 0, 4));

        // The citizen opens the case from Mine saker and reads the vedtak.
        await innbygger.GotoAsync("/mine-saker");
        await innbygger.GetByRole(AriaRole.Link, new() { Name = $"Søknad om bo-oppfølging – {sak.Referanse}" }).ClickAsync();
        var vedtak = Vedtaksdel(innbygger);
        var forste = vedtak.GetByRole(AriaRole.Article, new() { Name = $"Vedtak av {Dato(idag)}" });
        await Assertions.Expect(forste).ToContainTextAsync("Du har fått bo-oppfølging.");
        await Assertions.Expect(forste).ToContainTextAsync("Budsjett, økonomi og forpliktelser knyttet til boforholdet, kontakt med NAV");
        await Assertions.Expect(forste).ToContainTextAsync("4 timer per uke");
        await Assertions.Expect(forste.Locator("dt:text-is('Fra') + dd")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{2}\.\d{2}\.\d{4}$"));
        await Assertions.Expect(forste.Locator("dt:text-is('Til') + dd")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{2}\.\d{2}\.\d{4}$"));
        await Assertions.Expect(forste.GetByText($"Du kan klage på vedtaket innen {frist}.")).ToBeVisibleAsync();
        // The team's recommendation no longer says that no vedtak has been made.
        await Assertions.Expect(innbygger.GetByText("Dette er ikke et vedtak ennå.", new() { Exact = false })).ToHaveCountAsync(0);
        await Assertions.Expect(innbygger.GetByText("Vedtaket ser du lenger opp, under «Vedtak».", new() { Exact = false })).ToBeVisibleAsync();
        await innbygger.SjekkUniversellUtformingAsync("med vedtak");

        // On a phone (WCAG 1.4.10) the page does not scroll sideways, and a value keeps a readable width beside a long term.
        await innbygger.SetViewportSizeAsync(320, 640);
        Assert.True(await innbygger.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        var timer = forste.Locator("dt:text-is('Timer') + dd");
        Assert.True((await timer.BoundingBoxAsync())!.Width > 150, "Timetallet er presset sammen ved siden av en lang betegnelse.");
        await innbygger.SetViewportSizeAsync(1280, 720);

        // The letter is reached with the keyboard, named for what it is, and Enter downloads the stored PDF.
        var lenke = forste.GetByRole(AriaRole.Link, new() { Name = $"Les brevet «Vedtak om bo-oppfølging» fra {Dato(idag)} (PDF)" });
        await innbygger.TabTilAsync(lenke, "Les brevet");
        var nedlasting = await innbygger.RunAndWaitForDownloadAsync(() => innbygger.Keyboard.PressAsync("Enter"));
        var pdf = await File.ReadAllBytesAsync((await nedlasting.PathAsync())!, TestContext.Current.CancellationToken);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf[..4]), StringComparison.Ordinal);
        using var dokument = PdfDocument.Open(pdf);
        var tekst = string.Join(" ", dokument.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Equal("Vedtak om bo-oppfølging", dokument.Information.Title);
        Assert.Contains($"senest {frist}", tekst, StringComparison.Ordinal);
    }
}
