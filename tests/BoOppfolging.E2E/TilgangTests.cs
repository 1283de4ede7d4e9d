using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

public sealed partial class TilgangTests(AppFixture app)
{
    [Fact]
    public async Task Innbygger_som_aapner_en_ansattside_faar_siden_om_manglende_tilgang()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync("ola.nordmann@demo.no");
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Mine saker");

        var svar = await side.GotoAsync("/saker");

        Assert.Equal(403, svar!.Status);
        await Assertions.Expect(side.Hovedoverskrift()).ToContainTextAsync("Du har ikke tilgang");
        await side.SjekkUniversellUtformingAsync();
    }

    [Fact]
    public async Task Innbygger_som_aapner_en_annen_innbyggers_sak_faar_404()
    {
        await using var kariKontekst = await app.NyKontekstAsync();
        var kari = await kariKontekst.NewPageAsync();
        await kari.LoggInnAsync("kari.nordmann@demo.no");
        await Assertions.Expect(kari.Hovedoverskrift()).ToHaveTextAsync("Mine saker");
        var karisSak = kari.GetByRole(AriaRole.Link, new() { NameRegex = Saksreferanse() }).First;
        await karisSak.ClickAsync();
        await Assertions.Expect(kari.Hovedoverskrift()).ToContainTextAsync("Sak BO-");
        var karisAdresse = new Uri(kari.Url).PathAndQuery;

        await using var olaKontekst = await app.NyKontekstAsync();
        var ola = await olaKontekst.NewPageAsync();
        await ola.LoggInnAsync("ola.nordmann@demo.no");
        await Assertions.Expect(ola.Hovedoverskrift()).ToHaveTextAsync("Mine saker");

        var svar = await ola.GotoAsync(karisAdresse);

        Assert.Equal(404, svar!.Status);
        await Assertions.Expect(ola.Hovedoverskrift()).ToHaveTextAsync("Fant ikke siden");
        await Assertions.Expect(ola.GetByText("Kari")).ToHaveCountAsync(0);
        await ola.SjekkUniversellUtformingAsync();
    }

    [Fact]
    public async Task Vurderingsteamet_ser_hvem_som_meldte_saken_og_faar_bare_handlingene_til_vurdering()
    {
        // Fatima Ali's referral from the hospital is with the vurderingsteam (demo data).
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync("vurderingsteam@demo.no");
        await side.GetByRole(AriaRole.Row).Filter(new() { HasText = "Fatima Ali" }).GetByRole(AriaRole.Link).ClickAsync();

        var mottak = side.GetByRole(AriaRole.Region, new() { Name = "Mottak" });
        await Assertions.Expect(mottak).ToContainTextAsync("Sykehuset, sengepost 3");
        await Assertions.Expect(mottak).ToContainTextAsync("trenger hjelp til å etablere seg i egen bolig");
        // None of the intake's actions: the team asks for information or refers on from its own panel, and only
        // after the vurderingsmøte's conclusion that calls for it (VurderingTests).
        await Assertions.Expect(mottak.GetByRole(AriaRole.Link, new() { Name = "Be om opplysninger" })).ToHaveCountAsync(0);
        await Assertions.Expect(side.GetByRole(AriaRole.Region, new() { Name = "Vurdering", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = "Henlegg saken" })).ToHaveCountAsync(0);
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = "Registrer mottakskontroll" })).ToHaveCountAsync(0);
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = "Endre adresse" })).ToHaveCountAsync(0);
        await side.SjekkUniversellUtformingAsync();

        // The saksbehandler on the same case: intake is over, so only what Til vurdering allows is offered.
        await side.LoggUtAsync();
        await side.LoggInnAsync("saksbehandler@demo.no");
        await side.GetByRole(AriaRole.Row).Filter(new() { HasText = "Fatima Ali" }).GetByRole(AriaRole.Link).ClickAsync();
        var handlinger = side.GetByRole(AriaRole.Region, new() { Name = "Mottak" });
        await Assertions.Expect(handlinger.GetByRole(AriaRole.Link, new() { Name = "Henlegg saken" })).ToBeVisibleAsync();
        await Assertions.Expect(handlinger.GetByRole(AriaRole.Link, new() { Name = "Registrer mottakskontroll" })).ToHaveCountAsync(0);
        await Assertions.Expect(handlinger.GetByRole(AriaRole.Link, new() { Name = "Send til vurderingsteamet" })).ToHaveCountAsync(0);

        // Opening a form the case's state does not allow goes back to the case and says why.
        await side.GotoAsync(new Uri(side.Url).AbsolutePath + "/mottak/kontroll");
        await Assertions.Expect(side.GetByText("Dette kan ikke gjøres når saken har status «Til vurdering».")).ToBeVisibleAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Fatima Ali");
    }

    [GeneratedRegex(@"BO-\d{4}-\d+")]
    private static partial Regex Saksreferanse();
}
