using System.Globalization;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// Consents given after the application. A team member is refused a pårørende at the kartleggingsmøte, registers the
/// citizen's oral consent for that pårørende on the case page (the empty form's messages first), and the meeting with
/// the pårørende is then saved. The citizen gives a consent for a pårørende in Mine saker, sees its wording before
/// confirming, finds it listed with the others, and withdraws it like them. Each starts from a case seeded for it; axe on every form and its
/// error state.
/// </summary>
public sealed class SamtykkeEtterSoknadenTests(AppFixture app)
{
    private static string Dato(DateTime dato) => dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Teamet_registrerer_innbyggerens_muntlige_samtykke_og_da_kan_den_paarorende_delta_i_kartleggingsmotet()
    {
        var sak = await app.SakIKartleggingAsync();
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync("vurderingsteam@demo.no");
        await side.GotoAsync($"/saker/{sak.Id}");
        var kartlegging = side.GetByRole(AriaRole.Region, new() { Name = "Kartlegging", Exact = true });

        // The meeting with the citizen's brother: refused, the case has no consent for a pårørende.
        async Task RegistrerMoteMedBrorAsync()
        {
            await kartlegging.GetByRole(AriaRole.Link, new() { Name = "Registrer kartleggingsmøte" }).ClickAsync();
            await side.GetByLabel("Dato for møtet").FillAsync(Dato(DateTime.Today));
            await side.GetByRole(AriaRole.Group, new() { Name = "Hvor ble møtet holdt?" }).GetByLabel("Hjemme hos innbyggeren").CheckAsync();
            await side.GetByRole(AriaRole.Group, new() { Name = "Deltok innbyggeren?" }).GetByLabel("Ja").CheckAsync();
            var deltaker = side.GetByRole(AriaRole.Group, new() { Name = "Deltaker 1" });
            await deltaker.GetByLabel("Navn").FillAsync("Per Vik");
            await deltaker.GetByLabel("Rolle").FillAsync("bror");
            await deltaker.GetByLabel("Pårørende").CheckAsync();
            await side.GetByLabel("Innbyggerens eget syn").FillAsync("Jeg vil gjerne at broren min er med, han hjelper meg med posten.");
            await side.GetByRole(AriaRole.Button, new() { Name = "Registrer møtet" }).ClickAsync();
        }

        await RegistrerMoteMedBrorAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Pårørende kan bare delta når innbyggeren har samtykket til det.");
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("registrer samtykket under «Samtykker» på saken");

        // The citizen said yes at the meeting: the team member registers the oral consent on the case page.
        await side.GotoAsync($"/saker/{sak.Id}");
        var samtykker = side.GetByRole(AriaRole.Region, new() { Name = "Samtykker" });
        await Assertions.Expect(samtykker.GetByText("i søknaden", new() { Exact = false })).ToHaveCountAsync(2);
        await samtykker.GetByRole(AriaRole.Link, new() { Name = "Registrer et samtykke innbyggeren har gitt" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Registrer samtykke");
        await side.SjekkUniversellUtformingAsync();

        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer samtykket" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Velg hva samtykket gjelder.");
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Velg hvordan samtykket ble gitt.");
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Skriv datoen samtykket ble gitt.");
        await side.SjekkUniversellUtformingAsync();

        await side.GetByRole(AriaRole.Group, new() { Name = "Hva gjelder samtykket?" })
            .GetByLabel("En pårørende: kan delta i kartleggingen og få opplysninger om saken").CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer samtykket" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Skriv navnet på den pårørende.").First).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Group, new() { Name = "Hva gjelder samtykket?" })
            .GetByLabel("En pårørende: kan delta i kartleggingen og få opplysninger om saken")).ToBeCheckedAsync();
        await side.SjekkUniversellUtformingAsync();

        await side.GetByLabel("Navn", new() { Exact = true }).FillAsync("Per Vik");
        await side.GetByLabel("Relasjon til innbyggeren").FillAsync("bror");
        await side.GetByRole(AriaRole.Group, new() { Name = "Hvordan ble samtykket gitt?" }).GetByLabel("Muntlig").CheckAsync();
        await side.GetByLabel("Datoen samtykket ble gitt").FillAsync(Dato(DateTime.Today));
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer samtykket" }).ClickAsync();

        await Assertions.Expect(side.GetByText("Samtykket er registrert.")).ToBeVisibleAsync();
        await Assertions.Expect(samtykker.GetByText(
            "«Jeg samtykker i at Per Vik (bror) kan delta i kartleggingen av hva jeg trenger hjelp til, og få opplysninger om saken min om bo-oppfølging.»")).ToBeVisibleAsync();
        await Assertions.Expect(samtykker).ToContainTextAsync("muntlig, registrert av Kristian Dahl");
        await Assertions.Expect(side.GetByRole(AriaRole.Region, new() { Name = "Hva har skjedd" })
            .GetByText("Samtykke gitt: pårørende Per Vik (bror) kan delta i kartleggingen og få opplysninger om saken")).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();

        // Now the meeting with the brother is saved.
        await RegistrerMoteMedBrorAsync();
        await Assertions.Expect(side.GetByText("Kartleggingsmøtet er registrert.")).ToBeVisibleAsync();
        await Assertions.Expect(kartlegging).ToContainTextAsync("Andre: Per Vik (bror, pårørende).");
    }

    [Fact]
    public async Task Innbyggeren_gir_samtykke_for_en_paarorende_i_Mine_saker_etter_aa_ha_lest_ordlyden()
    {
        var standard = Saksbygger.StandardSoknad();
        var sak = await app.SakAsync(new()
        {
            Innbygger = "ola.nordmann@demo.no",
            Status = Saksstatus.TilVurdering,
            Soknad = standard with { Kontakter = standard.Kontakter! with { Parorende = [new Parorende("Eva Vik", "datter", "900 00 000", true)] } },
        });
        await using var kontekst = await app.NyKontekstAsync();
        var ola = await kontekst.NewPageAsync();
        await ola.LoggInnAsync("ola.nordmann@demo.no");
        await ola.GotoAsync($"/mine-saker/{sak.Id}");
        var samtykker = ola.GetByRole(AriaRole.Region, new() { Name = "Samtykker" });
        await samtykker.GetByRole(AriaRole.Link, new() { Name = "Gi samtykke til at en pårørende kan delta i kartleggingen" }).ClickAsync();
        await Assertions.Expect(ola.Hovedoverskrift()).ToHaveTextAsync("Gi samtykke til at en pårørende kan delta");
        await ola.SjekkUniversellUtformingAsync();

        // Nothing chosen, then "someone else" without a name: told beside the fields.
        var hvem = ola.GetByRole(AriaRole.Group, new() { Name = "Hvem gjelder samtykket?" });
        await ola.GetByRole(AriaRole.Button, new() { Name = "Gå videre" }).ClickAsync();
        await Assertions.Expect(ola.GetByRole(AriaRole.Alert)).ToContainTextAsync("Velg hvem samtykket gjelder.");
        await ola.SjekkUniversellUtformingAsync();
        await hvem.GetByLabel("En annen").CheckAsync();
        await ola.GetByRole(AriaRole.Button, new() { Name = "Gå videre" }).ClickAsync();
        await Assertions.Expect(ola.GetByRole(AriaRole.Alert)).ToContainTextAsync("Skriv navnet på den pårørende.");
        await ola.SjekkUniversellUtformingAsync();

        // The one named in the application: the wording first, then confirmed.
        await hvem.GetByLabel("Eva Vik (datter)").CheckAsync();
        await ola.GetByRole(AriaRole.Button, new() { Name = "Gå videre" }).ClickAsync();
        const string Ordlyd = "Jeg samtykker i at Eva Vik (datter) kan delta i kartleggingen av hva jeg trenger hjelp til, og få opplysninger om saken min om bo-oppfølging.";
        await Assertions.Expect(ola.GetByText(Ordlyd)).ToBeVisibleAsync();
        await ola.SjekkUniversellUtformingAsync();
        await ola.GetByRole(AriaRole.Button, new() { Name = "Ja, jeg samtykker" }).ClickAsync();

        await Assertions.Expect(ola.GetByText("Takk! Samtykket er gitt. Du kan trekke det tilbake når du vil.")).ToBeVisibleAsync();
        await Assertions.Expect(samtykker.GetByText($"«{Ordlyd}»")).ToBeVisibleAsync();
        await Assertions.Expect(samtykker).ToContainTextAsync("i Mine saker");
        await Assertions.Expect(samtykker.GetByText("Gjelder", new() { Exact = true })).ToHaveCountAsync(3);
        await Assertions.Expect(samtykker.GetByRole(AriaRole.Link, new() { Name = "Trekk tilbake samtykket for pårørende Eva Vik (datter)" })).ToBeVisibleAsync();
        await Assertions.Expect(ola.GetByText("Samtykke gitt: pårørende Eva Vik (datter) kan delta i kartleggingen og få opplysninger om saken")).ToBeVisibleAsync();
        await ola.SjekkUniversellUtformingAsync();

        // Withdrawn like the others, with what it means for the pårørende.
        await samtykker.GetByRole(AriaRole.Link, new() { Name = "Trekk tilbake samtykket for pårørende Eva Vik (datter)" }).ClickAsync();
        await Assertions.Expect(ola.GetByText("Da kan pårørende Eva Vik (datter) ikke lenger være med i kartleggingen eller få opplysninger om saken din.")).ToBeVisibleAsync();
        await ola.GetByRole(AriaRole.Button, new() { Name = "Ja, trekk tilbake samtykket" }).ClickAsync();
        await Assertions.Expect(ola.GetByText("Samtykket er trukket tilbake.")).ToBeVisibleAsync();
        await Assertions.Expect(samtykker.GetByText("Gjelder", new() { Exact = true })).ToHaveCountAsync(2);
        await Assertions.Expect(ola.GetByText(
            "Samtykke trukket tilbake: pårørende Eva Vik (datter) deltar ikke lenger i kartleggingen og får ikke opplysninger om saken")).ToBeVisibleAsync();
    }
}
