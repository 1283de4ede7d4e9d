using System.Globalization;
using BoOppfolging.Domain;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// On one case in follow-up: the bo-oppfølger writes the kriseplan, the samarbeidsavtale and an individuell plan (each
/// refused first with the message by the field and the input kept), and revises the plan; the team leader sees the
/// kriseplan at the top of the case page; the citizen sees the plan and the agreement in Mine saker, not the kriseplan.
/// Seeded for this test.
/// </summary>
public sealed class PlanTests(AppFixture app)
{
    private static string Dato(DateTime dato) => dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<bool> UtenSideveisRullingAsync(IPage side) =>
        await side.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= await side.EvaluateAsync<int>("() => window.innerWidth");

    private static ILocator Planer(IPage side) => side.GetByRole(AriaRole.Region, new() { Name = "Planer og avtaler" });

    [Fact]
    public async Task Bo_oppfolgeren_skriver_planene_teamlederen_ser_kriseplanen_og_innbyggeren_ser_planen_i_mine_saker()
    {
        var sak = await app.SakAsync(new()
        {
            Innbygger = "ola.nordmann@demo.no", Status = Saksstatus.IOppfolging, Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no",
        });

        await using (var kontekst = await app.NyKontekstAsync())
        {
            var side = await kontekst.NewPageAsync();
            await side.LoggInnAsync("bo-oppfolger@demo.no");
            await side.GotoAsync($"/saker/{sak.Id}");
            await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync(sak.Navn);

            // The kriseplan: refused without warning signs and a number to call, then saved and shown on the case page.
            await Planer(side).GetByRole(AriaRole.Link, new() { Name = "Skriv kriseplan" }).ClickAsync();
            await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Kriseplan");
            await side.SjekkUniversellUtformingAsync();
            await side.GetByLabel("Hva skal man gjøre i en krise?").FillAsync("Ring søsteren. Ved fare for liv: ring 113.");
            await side.Locator("#Kontakter_0__Navn").FillAsync("Søster Kari");
            await side.GetByRole(AriaRole.Button, new() { Name = "Lagre kriseplanen" }).ClickAsync();
            await Assertions.Expect(side.GetByText("Skriv hvilke varselsignaler dere ser etter.").Last).ToBeVisibleAsync();
            await Assertions.Expect(side.GetByLabel("Hva skal man gjøre i en krise?")).ToHaveValueAsync("Ring søsteren. Ved fare for liv: ring 113.");
            await Assertions.Expect(side.Locator("#Kontakter_0__Navn")).ToHaveValueAsync("Søster Kari");
            await side.SjekkUniversellUtformingAsync();
            await side.GetByLabel("Varselsignaler").FillAsync("Slutter å svare på telefon og holder gardinene trukket for.");
            await side.Locator("#Kontakter_0__Telefon").FillAsync("900 00 000");
            await side.GetByLabel("Dato avtalt med innbyggeren (valgfritt)").FillAsync(Dato(DateTime.Today));
            await side.GetByRole(AriaRole.Button, new() { Name = "Lagre kriseplanen" }).ClickAsync();
            await Assertions.Expect(side.GetByText("Kriseplanen er lagret.", new() { Exact = false })).ToBeVisibleAsync();
            await Assertions.Expect(Planer(side).GetByText("Slutter å svare på telefon og holder gardinene trukket for.")).ToBeVisibleAsync();
            await Assertions.Expect(Planer(side).GetByRole(AriaRole.Link, new() { Name = "900 00 000" })).ToBeVisibleAsync();
            await side.SjekkUniversellUtformingAsync();

            // The samarbeidsavtale: the standard duties come ticked; one is taken off and one of their own added.
            await Planer(side).GetByRole(AriaRole.Link, new() { Name = "Skriv samarbeidsavtale" }).ClickAsync();
            await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Samarbeidsavtale");
            await Assertions.Expect(side.GetByLabel("Betale husleien innen forfall")).ToBeCheckedAsync();
            await side.SjekkUniversellUtformingAsync();
            await side.GetByLabel("Delta i samarbeidsmøtene").UncheckAsync();
            await side.GetByLabel("Andre plikter som er avtalt (valgfritt)").FillAsync("Holde hunden i bånd i oppgangen.");
            await side.GetByLabel("Dato innbyggeren signerte eller sa ja til avtalen (valgfritt)").FillAsync(Dato(DateTime.Today));
            await side.GetByRole(AriaRole.Button, new() { Name = "Lagre avtalen" }).ClickAsync();
            await Assertions.Expect(side.GetByText("Skriv datoen avtalen ble inngått.").Last).ToBeVisibleAsync();
            await Assertions.Expect(side.GetByLabel("Delta i samarbeidsmøtene")).Not.ToBeCheckedAsync();
            await Assertions.Expect(side.GetByLabel("Andre plikter som er avtalt (valgfritt)")).ToHaveValueAsync("Holde hunden i bånd i oppgangen.");
            await side.SjekkUniversellUtformingAsync();
            await side.GetByLabel("Dato avtalen ble inngått").FillAsync(Dato(DateTime.Today));
            await side.GetByRole(AriaRole.Button, new() { Name = "Lagre avtalen" }).ClickAsync();
            await Assertions.Expect(side.GetByText("Samarbeidsavtalen er lagret.")).ToBeVisibleAsync();
            await side.SjekkUniversellUtformingAsync();

            // The individuell plan: refused without a koordinator, a participant's role and the period; then saved.
            await side.GotoAsync($"/saker/{sak.Id}");
            await Planer(side).GetByRole(AriaRole.Link, new() { Name = "Skriv individuell plan" }).ClickAsync();
            await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Individuell plan");
            await side.SjekkUniversellUtformingAsync();
            await side.GetByLabel("Innbyggerens mål").FillAsync("Bo trygt i egen leilighet og betale regningene selv.");
            await side.Locator("#Deltakere_0__Navn").FillAsync("Ola Nordmann");
            await side.Locator("#Tiltak_0__Beskrivelse").FillAsync("Lage budsjett og sette opp faste betalinger.");
            await side.Locator("#Tiltak_0__Ansvarlig").FillAsync("Bo-oppfølger");
            await side.GetByRole(AriaRole.Button, new() { Name = "Lagre planen" }).ClickAsync();
            await Assertions.Expect(side.GetByText("Skriv hvem som er koordinator for planen.").Last).ToBeVisibleAsync();
            await Assertions.Expect(side.GetByText("Skriv når planperioden begynner.").Last).ToBeVisibleAsync();
            await Assertions.Expect(side.GetByLabel("Innbyggerens mål")).ToHaveValueAsync("Bo trygt i egen leilighet og betale regningene selv.");
            await side.SjekkUniversellUtformingAsync();
            await side.GetByLabel("Koordinator", new() { Exact = true }).FillAsync("Lise Koordinator");
            await side.GetByLabel("Planperioden begynner").FillAsync(Dato(DateTime.Today));
            await side.GetByLabel("Planperioden slutter").FillAsync(Dato(DateTime.Today.AddYears(1)));
            await side.GetByLabel("Planen revideres innen").FillAsync(Dato(DateTime.Today.AddMonths(6)));
            await side.GetByLabel("Dato innbyggeren samtykket til planen").FillAsync(Dato(DateTime.Today));
            await side.GetByLabel("Skriftlig").CheckAsync();
            await side.GetByRole(AriaRole.Button, new() { Name = "Lagre planen" }).ClickAsync();
            await Assertions.Expect(side.GetByText("Skriv både navn og rolle for hver som deltar.").Last).ToBeVisibleAsync();
            await side.SjekkUniversellUtformingAsync();
            await side.Locator("#Deltakere_0__Rolle").FillAsync("Innbygger");
            await side.GetByRole(AriaRole.Button, new() { Name = "Lagre planen" }).ClickAsync();
            await Assertions.Expect(side.GetByText("Den individuelle planen er lagret.")).ToBeVisibleAsync();

            // A revision keeps the version it replaces.
            await side.GetByLabel("Innbyggerens mål").FillAsync("Bo trygt i egen leilighet og komme i arbeid.");
            await side.GetByRole(AriaRole.Button, new() { Name = "Lagre revisjonen" }).ClickAsync();
            await Assertions.Expect(side.GetByText("Planen er revidert. Den forrige versjonen er tatt vare på.")).ToBeVisibleAsync();
            var tidligere = side.GetByRole(AriaRole.Region, new() { Name = "Tidligere versjoner" });
            await tidligere.Locator("summary").First.ClickAsync();
            await Assertions.Expect(tidligere.GetByText("Bo trygt i egen leilighet og betale regningene selv.")).ToBeVisibleAsync();
            await side.SjekkUniversellUtformingAsync();

            // The bo-oppfølger in the field, on a phone: the form reflows without sideways scrolling.
            await side.SetViewportSizeAsync(320, 640);
            await side.ReloadAsync();
            Assert.True(await UtenSideveisRullingAsync(side), "Planskjemaet ruller sideveis på en telefon");
            await side.SetViewportSizeAsync(1280, 900);

            // The flags at the top say the case has a plan, with its koordinator.
            await side.GotoAsync($"/saker/{sak.Id}");
            await Assertions.Expect(side.GetByRole(AriaRole.Region, new() { Name = "Viktig å vite før besøk" })
                .GetByText("Har individuell plan, koordinator Lise Koordinator")).ToBeVisibleAsync();
        }

        // The team leader sees the kriseplan without clicking, and the plan read-only is theirs to revise too.
        await using (var kontekst = await app.NyKontekstAsync())
        {
            var tl = await kontekst.NewPageAsync();
            await tl.LoggInnAsync("teamleder@demo.no");
            await tl.GotoAsync($"/saker/{sak.Id}");
            await Assertions.Expect(Planer(tl).GetByText("Ring søsteren. Ved fare for liv: ring 113.")).ToBeVisibleAsync();
            await Assertions.Expect(Planer(tl).GetByText("Avtalt med innbyggeren", new() { Exact = false })).ToBeVisibleAsync();
            await tl.SjekkUniversellUtformingAsync();
        }

        // The saksbehandler reads the plan, without the form.
        await using (var kontekst = await app.NyKontekstAsync())
        {
            var sb = await kontekst.NewPageAsync();
            await sb.LoggInnAsync("saksbehandler@demo.no");
            await sb.GotoAsync($"/saker/{sak.Id}");
            await Planer(sb).GetByRole(AriaRole.Link, new() { Name = "Åpne planen" }).ClickAsync();
            await Assertions.Expect(sb.GetByText("Bo trygt i egen leilighet og komme i arbeid.")).ToBeVisibleAsync();
            await Assertions.Expect(sb.GetByRole(AriaRole.Button, new() { Name = "Lagre revisjonen" })).ToHaveCountAsync(0);
            await sb.SjekkUniversellUtformingAsync();
        }

        // The citizen sees the plan and the agreement in Mine saker, never the kriseplan; on a phone too.
        await using (var kontekst = await app.NyKontekstAsync())
        {
            var innbygger = await kontekst.NewPageAsync();
            await innbygger.LoggInnAsync("ola.nordmann@demo.no");
            await innbygger.GotoAsync($"/mine-saker/{sak.Id}");
            var plan = innbygger.GetByRole(AriaRole.Region, new() { Name = "Din individuelle plan" });
            await Assertions.Expect(plan.GetByText("Bo trygt i egen leilighet og komme i arbeid.")).ToBeVisibleAsync();
            await Assertions.Expect(plan.GetByText("Koordinatoren din er Lise Koordinator.", new() { Exact = false })).ToBeVisibleAsync();
            var avtale = innbygger.GetByRole(AriaRole.Region, new() { Name = "Din samarbeidsavtale" });
            await Assertions.Expect(avtale.GetByText("Betale husleien innen forfall")).ToBeVisibleAsync();
            await Assertions.Expect(avtale.GetByText("Du har avtalt å")).ToBeVisibleAsync();
            await Assertions.Expect(avtale.GetByText("Holde hunden i bånd i oppgangen.")).ToBeVisibleAsync();
            await Assertions.Expect(avtale.GetByText("Delta i samarbeidsmøtene")).ToHaveCountAsync(0);
            await Assertions.Expect(innbygger.GetByText("Ring søsteren. Ved fare for liv: ring 113.")).ToHaveCountAsync(0);
            await innbygger.SjekkUniversellUtformingAsync();

            await innbygger.SetViewportSizeAsync(320, 640);
            await innbygger.ReloadAsync();
            Assert.True(await UtenSideveisRullingAsync(innbygger), "Mine saker med planen ruller sideveis på en telefon");
        }
    }
}
