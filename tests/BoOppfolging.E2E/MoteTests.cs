using System.Globalization;
using System.Text.RegularExpressions;
using BoOppfolging.Domain;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// Samarbeidsmøter by hand: the bo-oppfølger records a boligmøte with NAV and two agreed actions (refused first without
/// minutes, with everything typed kept), marks one done, and the open one stays on the case page; a case in follow-up for
/// four months without a meeting is flagged. Each case is seeded in follow-up through the case builder.
/// </summary>
public sealed class MoteTests(AppFixture app)
{
    private static string Dato(DateTime dato) => dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Bo_oppfolgeren_registrerer_et_boligmote_med_nav_og_det_apne_tiltaket_blir_staaende_paa_saken()
    {
        var sak = await app.SakAsync(new() { Status = Saksstatus.IOppfolging, Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no" });
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync("bo-oppfolger@demo.no");
        await side.GotoAsync($"/saker/{sak.Id}");
        var panel = side.GetByRole(AriaRole.Region, new() { Name = "Samarbeidsmøter" });
        await Assertions.Expect(panel.GetByText("Ingen samarbeidsmøter er registrert.")).ToBeVisibleAsync();
        await Assertions.Expect(panel.GetByText("Ingen samarbeidsmøte siste tre måneder.")).ToHaveCountAsync(0);
        await panel.GetByRole(AriaRole.Link, new() { Name = "Registrer møte" }).ClickAsync();

        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Registrer samarbeidsmøte");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Dato for møtet").FillAsync(Dato(DateTime.Today));
        await side.GetByLabel("Boligmøte").CheckAsync();
        await side.GetByLabel("Innbyggeren deltok").CheckAsync();
        await side.GetByRole(AriaRole.Group, new() { Name = "Deltakere fra tjenesten" }).GetByLabel("Aisha Rahman (primærkontakt)").CheckAsync();
        var forste = side.GetByRole(AriaRole.Group, new() { Name = "Deltaker 1", Exact = true });
        await forste.GetByLabel("Navn").FillAsync("Nina Nilsen");
        await forste.GetByLabel("Rolle eller tjeneste").FillAsync("NAV-veileder");
        var tiltak1 = side.GetByRole(AriaRole.Group, new() { Name = "Tiltak 1", Exact = true });
        await tiltak1.GetByLabel("Hva skal gjøres").FillAsync("Søke om depositumsgaranti");
        await tiltak1.GetByLabel("Ansvarlig").FillAsync("NAV");
        await tiltak1.GetByLabel("Frist").FillAsync(Dato(DateTime.Today.AddDays(14)));
        var tiltak2 = side.GetByRole(AriaRole.Group, new() { Name = "Tiltak 2", Exact = true });
        await tiltak2.GetByLabel("Hva skal gjøres").FillAsync("Bestille strøm til leiligheten");
        await tiltak2.GetByLabel("Ansvarlig").FillAsync("Bo-oppfølger");
        await tiltak2.GetByLabel("Frist").FillAsync(Dato(DateTime.Today.AddDays(3)));

        // No minutes: refused at the field, everything typed kept.
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer møtet" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Skriv et referat fra møtet.").Last).ToBeVisibleAsync();
        await Assertions.Expect(forste.GetByLabel("Navn")).ToHaveValueAsync("Nina Nilsen");
        await Assertions.Expect(tiltak2.GetByLabel("Hva skal gjøres")).ToHaveValueAsync("Bestille strøm til leiligheten");
        await Assertions.Expect(side.GetByLabel("Boligmøte")).ToBeCheckedAsync();
        await Assertions.Expect(side.GetByLabel("Aisha Rahman (primærkontakt)")).ToBeCheckedAsync();
        await side.SjekkUniversellUtformingAsync();

        await side.GetByLabel("Referat", new() { Exact = true }).FillAsync("Gikk gjennom tilbudet om leilighet og planla innflyttingen.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer møtet" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync($"Boligmøte {DateTime.Today:dd.MM.yyyy}");
        await Assertions.Expect(side.GetByText("Møtet er registrert.")).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByText("Nina Nilsen, NAV-veileder")).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByText("Aisha Rahman, Primærkontakt")).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();

        // The electricity is ordered: marked done with a note; it stays on the meeting.
        await side.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Bestille strøm til leiligheten" }).GetByLabel("Merknad (valgfritt)").FillAsync("Avtale inngått");
        await side.GetByRole(AriaRole.Button, new() { Name = "Marker som utført: Bestille strøm til leiligheten" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Tiltaket er markert som utført.")).ToBeVisibleAsync();
        var strom = side.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Bestille strøm til leiligheten" });
        await Assertions.Expect(strom.GetByText("Utført")).ToBeVisibleAsync();
        await Assertions.Expect(strom.GetByText("Avtale inngått", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Button, new() { Name = "Marker som utført: Søke om depositumsgaranti" })).ToBeVisibleAsync();

        // The case page: the last meeting, and only the open action, with its due date.
        await side.GotoAsync($"/saker/{sak.Id}");
        await Assertions.Expect(panel.GetByRole(AriaRole.Link, new() { Name = $"Boligmøte {DateTime.Today:dd.MM.yyyy}", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(panel.GetByText(new Regex($"Søke om depositumsgaranti.*NAV, frist {Regex.Escape(DateTime.Today.AddDays(14).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture))}"))).ToBeVisibleAsync();
        await Assertions.Expect(panel.GetByText("Bestille strøm til leiligheten")).ToHaveCountAsync(0);
        await side.SjekkUniversellUtformingAsync();

        // The list of meetings, and a correction of the minutes that keeps the original.
        await panel.GetByRole(AriaRole.Link, new() { Name = "Alle samarbeidsmøter" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Samarbeidsmøter");
        await Assertions.Expect(side.GetByRole(AriaRole.Cell, new() { Name = "2 (1 åpne)" })).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Link, new() { Name = DateTime.Today.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), Exact = true }).ClickAsync();
        await side.GetByRole(AriaRole.Link, new() { Name = "Rett referatet" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Rett referatet");
        await side.GetByLabel("Referat", new() { Exact = true }).FillAsync("Gikk gjennom tilbudet om leilighet i Storgata 5 og planla innflyttingen.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre rettelsen" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Skriv hvorfor referatet rettes.").Last).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Hvorfor rettes referatet?").FillAsync("Adressen manglet");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre rettelsen" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Referatet er rettet.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByText("Gikk gjennom tilbudet om leilighet i Storgata 5 og planla innflyttingen.")).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByText("Referatet før rettelsen: Gikk gjennom tilbudet om leilighet og planla innflyttingen.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task En_sak_i_oppfolging_uten_mote_paa_fire_maaneder_flagges_paa_saken()
    {
        var sak = await app.SakAsync(new()
        {
            Status = Saksstatus.IOppfolging, Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no", Alder = TimeSpan.FromDays(120),
        });
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync("teamleder@demo.no");
        await side.GotoAsync($"/saker/{sak.Id}");
        var panel = side.GetByRole(AriaRole.Region, new() { Name = "Samarbeidsmøter" });
        await Assertions.Expect(panel.GetByText("Ingen samarbeidsmøte siste tre måneder.")).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
        await panel.GetByRole(AriaRole.Link, new() { Name = "Alle samarbeidsmøter" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Ingen samarbeidsmøte siste tre måneder.")).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByText("Ingen samarbeidsmøter er registrert.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Motesidene_flyter_paa_en_telefon()
    {
        var sak = await app.SakAsync(new() { Status = Saksstatus.IOppfolging, Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no" });
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.SetViewportSizeAsync(320, 640);
        await side.LoggInnAsync("bo-oppfolger@demo.no");
        foreach (var sti in new[] { $"/saker/{sak.Id}/moter/ny", $"/saker/{sak.Id}/moter" })
        {
            await side.GotoAsync(sti);
            var innhold = await side.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            var vindu = await side.EvaluateAsync<int>("() => window.innerWidth");
            Assert.True(innhold <= vindu, $"{sti}: siden er {innhold} px bred i et vindu på {vindu} px");
        }
    }
}
