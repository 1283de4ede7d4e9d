using BoOppfolging.Domain;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// Evaluation: the saksbehandler finds a case due on "Evalueringer", opens its evaluation page, is refused by field (no next
/// date for a service that goes on, a stopped goal without a reason; the assessment kept), concludes that the service must
/// change, is led to the endringsvedtak, and the case stays on the list with what was concluded. Axe on the page and its error
/// state. Seeded through the case builder 200 days in follow-up (its six-month evaluation has come).
/// </summary>
public sealed class EvalueringTests(AppFixture app)
{
    [Fact]
    public async Task Saksbehandleren_evaluerer_tjenesten_og_blir_ledet_til_endringsvedtaket()
    {
        var sak = await app.SakAsync(new()
        {
            Status = Saksstatus.IOppfolging, Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no", Alder = TimeSpan.FromDays(200),
        });
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync("saksbehandler@demo.no");
        await side.GotoAsync("/oppfolging/oversikt?liste=Evaluering");
        await side.GetByRole(AriaRole.Link, new() { Name = sak.Referanse }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Evaluering av tjenesten");
        await Assertions.Expect(side.GetByText("Tjenesten er ikke evaluert ennå.")).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();

        await side.GetByLabel("Ja", new() { Exact = true }).CheckAsync();
        var maal = side.GetByRole(AriaRole.Group, new() { Name = "Mål: Jeg vil betale husleien selv hver måned." });
        await maal.GetByLabel("Avbrutt", new() { Exact = true }).CheckAsync();
        await side.GetByLabel("Vurderingen dere gjorde sammen").FillAsync("Husleien betales, men budsjettet sprekker i desember.");
        await side.GetByLabel("Tjenesten fortsetter som i vedtaket").CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer evalueringen" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Skriv datoen for neste evaluering når tjenesten fortsetter.").Last).ToBeVisibleAsync();
        await Assertions.Expect(maal.GetByText("Skriv hvorfor målet er avbrutt.")).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByLabel("Vurderingen dere gjorde sammen")).ToHaveValueAsync("Husleien betales, men budsjettet sprekker i desember.");
        await Assertions.Expect(maal.GetByLabel("Avbrutt", new() { Exact = true })).ToBeCheckedAsync();
        await side.SjekkUniversellUtformingAsync();

        await maal.GetByLabel("Pågår", new() { Exact = true }).CheckAsync();
        await side.GetByLabel("Tjenesten må endres (endringsvedtak)").CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer evalueringen" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Status)).ToContainTextAsync("Evalueringen er registrert.");
        await Assertions.Expect(side.GetByRole(AriaRole.Heading, new() { Name = "Neste steg: endringsvedtak" })).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByText("Husleien betales, men budsjettet sprekker i desember.")).ToBeVisibleAsync();

        await side.GotoAsync("/oppfolging/oversikt?liste=Evaluering");
        await Assertions.Expect(side.GetByRole(AriaRole.Row).Filter(new() { HasText = sak.Referanse })).ToContainTextAsync("Evaluert: skal endres");
        await side.GoBackAsync();
        await side.GetByRole(AriaRole.Link, new() { Name = "Lag endringsvedtak" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Endre eller avslutte vedtaket");
    }
}
