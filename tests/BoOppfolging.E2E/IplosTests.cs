using System.Globalization;
using System.Text.RegularExpressions;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// The IPLOS assessment as a vurderingsteam member does it on screen, on cases seeded in the mapping
/// (<see cref="Saksbygger.TilKartleggingForIplos"/>): an assessment with two variables left out, the page naming both,
/// then finished; a reassessment from the due list, showing the change per variable. axe on every page and error state.
/// </summary>
public sealed class IplosTests(AppFixture app)
{
    private const string Vurderer = "vurderingsteam@demo.no";

    private static readonly string[] Variabler =
    [
        "Sosial deltakelse", "Beslutninger i dagliglivet", "Styre atferd", "Hukommelse", "Kommunikasjon", "Skaffe seg varer og tjenester",
        "Alminnelig husarbeid", "Lage mat", "Spise", "Ivareta egen helse", "Personlig hygiene", "På- og avkledning", "Toalett",
        "Bevege seg innendørs", "Bevege seg utendørs", "Syn", "Hørsel",
    ];

    private static readonly string[] Deltakelse = ["Arbeid eller utdanning", "Organisasjoner", "Kultur og fritid", "Transport"];

    private static DateOnly Idag => Norsktid.Dato(DateTimeOffset.UtcNow);

    private static string Iso(DateOnly dato) => dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ILocator Variabel(IPage side, string navn) => side.GetByRole(AriaRole.Group, new() { Name = navn, Exact = true });

    private static Task SkaarAsync(IPage side, string variabel, int verdi) =>
        Variabel(side, variabel).GetByRole(AriaRole.Radio, new() { Name = verdi.ToString(CultureInfo.InvariantCulture), Exact = true }).CheckAsync();

    /// <summary>Every variable but <paramref name="utenom"/> scored (2 unless <paramref name="skaarer"/> says), the participation items, the next date.</summary>
    private static async Task FyllUtAsync(IPage side, Dictionary<string, int>? skaarer = null, params string[] utenom)
    {
        foreach (var variabel in Variabler.Except(utenom))
        {
            await SkaarAsync(side, variabel, skaarer is not null && skaarer.TryGetValue(variabel, out var s) ? s : 2);
        }

        foreach (var omrade in Deltakelse)
        {
            var gruppe = Variabel(side, omrade);
            await gruppe.GetByRole(AriaRole.Group, new() { Name = "Behov for bistand?" }).GetByLabel("Nei", new() { Exact = true }).CheckAsync();
            await gruppe.GetByRole(AriaRole.Group, new() { Name = "Mottar bistand?" }).GetByLabel("Nei", new() { Exact = true }).CheckAsync();
        }

        await side.GetByLabel("Neste vurdering").FillAsync(Iso(Idag.AddMonths(6)));
    }

    [Fact]
    public async Task Et_teammedlem_faar_vite_hvilke_to_variabler_som_mangler_skaar_og_ferdigstiller_vurderingen()
    {
        var sak = await app.SakAsync(new() { Status = Saksstatus.TilVurdering, Steg = b => b.TilKartleggingForIplos() });
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync(Vurderer);
        await side.GotoAsync($"/saker/{sak.Id}");
        var panel = side.GetByRole(AriaRole.Region, new() { Name = "IPLOS-vurdering" });
        await Assertions.Expect(panel).ToContainTextAsync("Ingen ferdig IPLOS-vurdering ennå.");
        await side.SjekkUniversellUtformingAsync();

        await panel.GetByRole(AriaRole.Button, new() { Name = "Ny IPLOS-vurdering" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("IPLOS-vurdering");
        await Assertions.Expect(side.GetByLabel("Vurderingsdato")).ToHaveValueAsync(Iso(Idag));
        // Each score's official wording is the choice's description, read with it.
        await Assertions.Expect(Variabel(side, "Lage mat").GetByRole(AriaRole.Radio, new() { Name = "3", Exact = true }))
            .ToHaveAccessibleDescriptionAsync(new Regex("^Middels behov for bistand/assistanse/helsehjelp\\."));
        await side.SjekkUniversellUtformingAsync();

        await FyllUtAsync(side, utenom: ["Hukommelse", "Hørsel"]);
        await side.GetByRole(AriaRole.Button, new() { Name = "Ferdigstill" }).ClickAsync();

        var oppsummering = side.GetByRole(AriaRole.Alert);
        await Assertions.Expect(oppsummering.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Velg en skår for «Hukommelse».", "Velg en skår for «Hørsel»."]);
        await Assertions.Expect(side.GetByRole(AriaRole.Group, new() { Name = "Kognisjon" })).ToContainTextAsync("Mangler skår: Hukommelse.");
        await Assertions.Expect(side.GetByRole(AriaRole.Group, new() { Name = "Sansning" })).ToContainTextAsync("Mangler skår: Hørsel.");
        // Nothing typed is lost.
        await Assertions.Expect(Variabel(side, "Syn").GetByRole(AriaRole.Radio, new() { Name = "2", Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(side.GetByLabel("Neste vurdering")).ToHaveValueAsync(Iso(Idag.AddMonths(6)));
        await side.SjekkUniversellUtformingAsync();

        // The summary's link leads to the variable.
        await oppsummering.GetByRole(AriaRole.Link, new() { Name = "Velg en skår for «Hukommelse»." }).ClickAsync();
        await Assertions.Expect(Variabel(side, "Hukommelse")).ToBeFocusedAsync();
        await SkaarAsync(side, "Hukommelse", 3);
        await SkaarAsync(side, "Hørsel", 9);
        await side.GetByRole(AriaRole.Button, new() { Name = "Ferdigstill" }).ClickAsync();

        await Assertions.Expect(side.GetByText("IPLOS-vurderingen er ferdigstilt.")).ToBeVisibleAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync($"IPLOS-vurdering {Idag:dd.MM.yyyy}");
        await Assertions.Expect(side.Locator("dt:text-is('Vurdert av') + dd")).ToHaveTextAsync("Kristian Dahl");
        await side.SjekkUniversellUtformingAsync();

        await side.GetByRole(AriaRole.Link, new() { Name = "Tilbake til saken" }).ClickAsync();
        await Assertions.Expect(panel.Locator("dt:text-is('Siste vurdering') + dd")).ToHaveTextAsync($"{Idag:dd.MM.yyyy}, av Kristian Dahl");
        await Assertions.Expect(panel.Locator("dt:text-is('Neste vurdering') + dd")).ToHaveTextAsync($"{Idag.AddMonths(6):dd.MM.yyyy}");
        await Assertions.Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Ny IPLOS-vurdering" })).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
    }

    [Fact]
    public async Task En_revurdering_fra_forfallslisten_viser_endringen_per_variabel()
    {
        var forrige = Norsktid.Dato(DateTimeOffset.UtcNow.AddMonths(-11));
        var sak = await app.SakAsync(new()
        {
            Status = Saksstatus.TilVurdering,
            Alder = TimeSpan.FromDays(400),
            Steg = b => b.TilKartleggingForIplos().VurderIplos(nesteVurdering: Idag.AddDays(-2), tidspunkt: DateTimeOffset.UtcNow.AddMonths(-11)),
        });
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync(Vurderer);

        // On the due list, overdue.
        var meny = side.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmeny" });
        await meny.GetByRole(AriaRole.Link, new() { Name = "IPLOS-revurderinger" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("IPLOS-vurderinger som skal gjøres på nytt");
        // The menu marks this list as the current page, and not the queue whose address is above it.
        await Assertions.Expect(meny.GetByRole(AriaRole.Link, new() { Name = "IPLOS-revurderinger" })).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(meny.GetByRole(AriaRole.Link, new() { Name = "Vurderingskø" })).Not.ToHaveAttributeAsync("aria-current", new Regex("."));
        var rad = side.GetByRole(AriaRole.Row).Filter(new() { Has = side.GetByRole(AriaRole.Link, new() { Name = sak.Referanse }) });
        await Assertions.Expect(rad.GetByRole(AriaRole.Cell)).ToHaveTextAsync(
            new[] { sak.Referanse, sak.Navn, $"{forrige:dd.MM.yyyy}", $"{Idag.AddDays(-2):dd.MM.yyyy} Forfalt", "Ikke påbegynt" }
                .Select(tekst => new Regex("^\\s*" + Regex.Escape(tekst).Replace("\\ ", "\\s+", StringComparison.Ordinal) + "\\s*$")));
        await side.SjekkUniversellUtformingAsync();

        await rad.GetByRole(AriaRole.Link, new() { Name = sak.Referanse }).ClickAsync();
        var panel = side.GetByRole(AriaRole.Region, new() { Name = "IPLOS-vurdering" });
        await Assertions.Expect(panel.GetByText("Forfalt")).ToBeVisibleAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Ny IPLOS-vurdering" }).ClickAsync();
        await FyllUtAsync(side, new Dictionary<string, int> { ["Hukommelse"] = 4, ["Lage mat"] = 1, ["Syn"] = 9 });
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre utkast" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Utkastet er lagret.")).ToBeVisibleAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Ferdigstill" }).ClickAsync();
        await Assertions.Expect(side.GetByText("IPLOS-vurderingen er ferdigstilt.")).ToBeVisibleAsync();

        var tabell = side.GetByRole(AriaRole.Table, new() { Name = $"Endring per variabel siden vurderingen {forrige:dd.MM.yyyy}" });
        ILocator Celler(string variabel) =>
            tabell.GetByRole(AriaRole.Row).Filter(new() { Has = side.GetByRole(AriaRole.Rowheader, new() { Name = variabel, Exact = true }) }).GetByRole(AriaRole.Cell);
        await Assertions.Expect(tabell.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(["Variabel", "Forrige", "Nå", "Endring"]);
        await Assertions.Expect(Celler("Hukommelse")).ToHaveTextAsync(["2", "4", "mer behov"]);
        await Assertions.Expect(Celler("Lage mat")).ToHaveTextAsync(["2", "1", "mindre behov"]);
        await Assertions.Expect(Celler("Spise")).ToHaveTextAsync(["2", "2", "uendret"]);
        await Assertions.Expect(Celler("Syn")).ToHaveTextAsync(["2", "9", "kan ikke sammenlignes (ikke relevant)"]);
        await side.SjekkUniversellUtformingAsync();

        // Reassessed: off the due list.
        await side.GotoAsync("/vurdering/iplos");
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = sak.Referanse })).ToHaveCountAsync(0);
    }
}
