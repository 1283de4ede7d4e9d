using BoOppfolging.Domain;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// The goals' status: from the follow-up page the bo-oppfølger opens the goals (a progress note from a visit already there),
/// stops a goal (refused first without a reason), and the citizen reads the goal, its status in plain words and the progress
/// note in Mine saker. Axe on each page and the error state. Seeded in follow-up through the case builder (goals from the
/// mapping, a visit with a note on the first goal).
/// </summary>
public sealed class MaalTests(AppFixture app)
{
    [Fact]
    public async Task Bo_oppfolgeren_endrer_status_paa_et_maal_og_innbyggeren_ser_maalet_og_fremdriften()
    {
        var sak = await app.SakAsync(new()
        {
            Status = Saksstatus.IOppfolging, Innbygger = "ola.nordmann@demo.no", Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no",
            Steg = b =>
            {
                var maalId = b.Kartlegging!.Maal[0].Id;
                return b.RegistrerBesok(new Besoksinnhold(
                        Norsktid.Dato(DateTimeOffset.UtcNow).AddDays(-1), null, null, 60, Besokstype.Hjemmebesok, Besoksutfall.Gjennomfort, null, [],
                        [new Maalnotat(maalId, "Betalte husleien selv denne måneden.")], "Internt notat om besøket"))
                    .SettMaalstatus(maalId, Maalstatusverdi.Pagar);
            },
        });
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync("bo-oppfolger@demo.no");
        await side.GotoAsync($"/saker/{sak.Id}/oppfolging");
        await side.GetByRole(AriaRole.Link, new() { Name = "Mål og fremdrift" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Mål");
        var maal = side.GetByRole(AriaRole.Region, new() { Name = "Jeg vil betale husleien selv hver måned." });
        await Assertions.Expect(maal.GetByText("Betalte husleien selv denne måneden.")).ToBeVisibleAsync();
        await Assertions.Expect(maal.GetByText("Pågår").First).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();

        // Stopped without a reason: refused by the field, the choice kept; then with a reason.
        await maal.GetByRole(AriaRole.Link, new() { Name = "Endre status", Exact = false }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Endre status for målet");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Avbrutt", new() { Exact = true }).CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre status" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Skriv kort hvorfor målet er avbrutt.").Last).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByLabel("Avbrutt", new() { Exact = true })).ToBeCheckedAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Begrunnelse").FillAsync("Ønsker å vente til etter flyttingen.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre status" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Statusen for målet er endret.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(maal.GetByText("Ønsker å vente til etter flyttingen.")).ToBeVisibleAsync();

        // The citizen: the goal, its status in plain words, and the progress note; not the visit's own note.
        await using var innbyggerKontekst = await app.NyKontekstAsync();
        var ola = await innbyggerKontekst.NewPageAsync();
        await ola.LoggInnAsync("ola.nordmann@demo.no");
        await ola.GotoAsync($"/mine-saker/{sak.Id}");
        var mine = ola.GetByRole(AriaRole.Region, new() { Name = "Målene dine og fremdriften" });
        await Assertions.Expect(mine.GetByText("Dere har sluttet å arbeide med dette målet.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(mine.GetByText("Betalte husleien selv denne måneden.")).ToBeVisibleAsync();
        await Assertions.Expect(ola.GetByText("Internt notat om besøket")).ToHaveCountAsync(0);
        await ola.SjekkUniversellUtformingAsync();
    }
}
