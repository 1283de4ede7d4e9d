using System.Globalization;
using BoOppfolging.Domain;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// The transition checklist by hand: on a case referred from an institution, the bo-oppfølger makes the plan (refused first
/// without a move-in date), ticks two items (one refused first with a date ahead), gives a third a date that has passed, and
/// the case page's panel says it is «Forfalt». The checklist stacks on a phone. Seeded in follow-up through the case builder.
/// </summary>
public sealed class OvergangTests(AppFixture app)
{
    private static string Dato(DateTime dato) => dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Bo_oppfolgeren_lager_overgangsplanen_krysser_av_punkter_og_et_forfalt_punkt_vises_paa_saken()
    {
        var sak = await app.SakAsync(new()
        {
            Status = Saksstatus.IOppfolging, Kanal = Kanal.Spesialisthelsetjenesten, Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no",
        });
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync("bo-oppfolger@demo.no");
        await side.GotoAsync($"/saker/{sak.Id}");
        var panel = side.GetByRole(AriaRole.Region, new() { Name = "Overgang fra institusjon til egen bolig" });
        await panel.GetByRole(AriaRole.Link, new() { Name = "Opprett overgangsplan" }).ClickAsync();

        // Made without a move-in date: refused by the field, the institution's end kept; then made.
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Overgang fra institusjon til egen bolig");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Institusjonsplassen slutter (valgfritt)").FillAsync(Dato(DateTime.Today.AddDays(40)));
        await side.GetByRole(AriaRole.Button, new() { Name = "Opprett overgangsplan" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Skriv datoen innbyggeren flytter inn (eller er planlagt å flytte inn).").Last).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByLabel("Institusjonsplassen slutter (valgfritt)")).ToHaveValueAsync(Dato(DateTime.Today.AddDays(40)));
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Innflyttingsdato").FillAsync(Dato(DateTime.Today.AddDays(30)));
        await side.GetByRole(AriaRole.Button, new() { Name = "Opprett overgangsplan" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Overgangsplanen er opprettet med standardpunktene.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByText("10 dager")).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByText(DateTime.Today.AddDays(58).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)).First).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();

        // The home offered: ticked done today.
        await side.GetByRole(AriaRole.Link, new() { Name = "Bolig tilbudt", Exact = true }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Bolig tilbudt");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Marker som gjort" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Punktet er markert som gjort.")).ToBeVisibleAsync();

        // The viewing: a date ahead is refused by the field, then yesterday is taken.
        await side.GetByRole(AriaRole.Link, new() { Name = "Visning", Exact = true }).ClickAsync();
        await side.GetByLabel("Dato gjort").FillAsync(Dato(DateTime.Today.AddDays(2)));
        await side.GetByRole(AriaRole.Button, new() { Name = "Marker som gjort" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Datoen punktet ble gjort, kan ikke være fram i tid.").Last).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByLabel("Dato gjort")).ToHaveValueAsync(Dato(DateTime.Today.AddDays(2)));
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Dato gjort").FillAsync(Dato(DateTime.Today.AddDays(-1)));
        await side.GetByRole(AriaRole.Button, new() { Name = "Marker som gjort" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Punktet er markert som gjort.")).ToBeVisibleAsync();

        // The contract: its date set to yesterday, so it is overdue.
        await side.GetByRole(AriaRole.Link, new() { Name = "Kontrakt signert", Exact = true }).ClickAsync();
        await side.GetByLabel("Frist", new() { Exact = true }).FillAsync(Dato(DateTime.Today.AddDays(-1)));
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre punktet" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Punktet er lagret.")).ToBeVisibleAsync();
        var kontrakt = side.GetByRole(AriaRole.Row).Filter(new() { HasText = "Kontrakt signert" });
        await Assertions.Expect(kontrakt.GetByText("Forfalt")).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByText("2 av 10, 1 forfalt")).ToBeVisibleAsync();

        // On a phone the checklist stacks: nothing scrolls sideways.
        await side.SetViewportSizeAsync(320, 640);
        await side.ReloadAsync();
        Assert.True(
            await side.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= await side.EvaluateAsync<int>("() => window.innerWidth"),
            "Sjekklisten ruller sideveis på en telefon");
        await side.SetViewportSizeAsync(1280, 900);

        // The case page's panel: progress, and the overdue item in words.
        await side.GotoAsync($"/saker/{sak.Id}");
        await Assertions.Expect(panel.GetByText("2 av 10 gjort.", new() { Exact = false })).ToBeVisibleAsync();
        var forfalt = panel.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Kontrakt signert" });
        await Assertions.Expect(forfalt.GetByText("Forfalt")).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
    }
}
