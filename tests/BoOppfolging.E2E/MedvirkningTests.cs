using System.Globalization;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// The non-participation path: from the flag on the follow-up page the team leader opens the warning form (what happened
/// prefilled from the missed visits), is refused without a deadline, makes the letter, registers it as sent, and follows the
/// warning up as "ikke bedret" (refused first without a note), which shows the next step to a new vedtak. Axe on the page, its
/// error state, the follow-up form and its error state. Seeded in follow-up with three missed visits through the case builder.
/// </summary>
public sealed class MedvirkningTests(AppFixture app)
{
    private static string Iso(DateOnly dato) => dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Teamlederen_varsler_sender_brevet_og_folger_opp_til_neste_steg()
    {
        var idag = Norsktid.Dato(DateTimeOffset.UtcNow);
        var sak = await app.SakAsync(new()
        {
            Status = Saksstatus.IOppfolging, Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no",
            Steg = b => b
                .RegistrerBesok(Saksbygger.IkkeGjennomfort(idag.AddDays(-12), Besoksutfall.IkkeTruffet))
                .RegistrerBesok(Saksbygger.IkkeGjennomfort(idag.AddDays(-8), Besoksutfall.AvlystAvBruker, "Ringte og avlyste."))
                .RegistrerBesok(Saksbygger.IkkeGjennomfort(idag.AddDays(-2), Besoksutfall.IkkeTruffet)),
        });
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync("teamleder@demo.no");
        await side.GotoAsync($"/saker/{sak.Id}/oppfolging");
        await Assertions.Expect(side.GetByText("Mulig manglende medvirkning:")).ToBeVisibleAsync();
        await side.GetByRole(AriaRole.Link, new() { Name = "Send varsel om manglende medvirkning" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Medvirkning");
        var hva = side.GetByLabel("Hva har skjedd?");
        await Assertions.Expect(hva).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(
            $"{idag.AddDays(-8):dd\\.MM\\.yyyy}: Du avlyste avtalen \\(hjemmebesøk\\)"));
        await side.SjekkUniversellUtformingAsync();

        // No deadline: refused by the field, the text kept.
        await hva.FillAsync("Vi traff deg ikke på tre avtalte besøk.");
        await side.GetByLabel("Frist for å ta kontakt").FillAsync("");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lag varselbrev" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Skriv fristen for å ta kontakt.").Last).ToBeVisibleAsync();
        await Assertions.Expect(hva).ToHaveValueAsync("Vi traff deg ikke på tre avtalte besøk.");
        await side.SjekkUniversellUtformingAsync();

        await side.GetByLabel("Frist for å ta kontakt").FillAsync(Iso(idag.AddDays(14)));
        await side.GetByRole(AriaRole.Button, new() { Name = "Lag varselbrev" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Varsel om manglende medvirkning");
        await Assertions.Expect(side.GetByText("Vi traff deg ikke på tre avtalte besøk.")).ToBeVisibleAsync();
        await side.GetByLabel("Sendt dato").FillAsync(Iso(idag));
        await side.GetByRole(AriaRole.Group, new() { Name = "Hvordan ble brevet sendt?" }).GetByLabel("Digitalt").CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer som sendt" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Brevet er registrert som sendt.")).ToBeVisibleAsync();

        // The follow-up: "ikke bedret" needs a note; then the next step is a new vedtak.
        await side.GotoAsync($"/saker/{sak.Id}/oppfolging/medvirkning");
        var varsel = side.GetByRole(AriaRole.Article);
        await Assertions.Expect(varsel.GetByText($"Sendt {idag:dd.MM.yyyy}.")).ToBeVisibleAsync();
        await varsel.GetByRole(AriaRole.Link, new() { Name = "Følg opp varselet", Exact = false }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Følg opp varsel om manglende medvirkning");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Dato for oppfølgingen").FillAsync(Iso(idag));
        await side.GetByLabel("Ikke bedret", new() { Exact = false }).CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer oppfølgingen" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Skriv hva som kom fram.").Last).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByLabel("Ikke bedret", new() { Exact = false })).ToBeCheckedAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Notat").FillAsync("Har ikke svart på brevet eller telefon.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer oppfølgingen" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Oppfølgingen av varselet er registrert.")).ToBeVisibleAsync();
        await Assertions.Expect(varsel.GetByText("Har ikke svart på brevet eller telefon.")).ToBeVisibleAsync();
        await Assertions.Expect(varsel.GetByRole(AriaRole.Link, new() { Name = "Lag endringsvedtak eller vedtak om opphør" })).ToBeVisibleAsync();

        await side.GotoAsync($"/saker/{sak.Id}/oppfolging");
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = "Lag endringsvedtak eller vedtak om opphør" })).ToBeVisibleAsync();
    }
}
