using System.Globalization;
using System.Text.RegularExpressions;
using BoOppfolging.Domain;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// The vurderingsteam at work (issue 10, first slice), as a team member does it on screen: the team's queue,
/// taking a case, and the vurderingsmøte with each of its three conclusions and the step each calls for. Cases
/// start with the team, seeded through the case builder (<see cref="AppFixture.SakAsync"/>); the first journey
/// is by hand from the queue. axe on every new page and after the form's error.
/// </summary>
public sealed partial class VurderingTests(AppFixture app)
{
    private const string Medlem = "vurderingsteam@demo.no";

    private static string IsoDato(DateTime dato) => dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ILocator Vurdering(IPage side) => side.GetByRole(AriaRole.Region, new() { Name = "Vurdering", Exact = true });

    private static async Task RegistrerVurderingsmoteAsync(IPage side, string konklusjon, string begrunnelse)
    {
        await Vurdering(side).GetByRole(AriaRole.Link, new() { Name = "Registrer vurderingsmøte" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Registrer vurderingsmøte");
        await side.GetByRole(AriaRole.Group, new() { Name = "Hva konkluderte teamet med?" }).GetByLabel(konklusjon, new() { Exact = true }).CheckAsync();
        await side.GetByLabel("Begrunnelse").FillAsync(begrunnelse);
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer vurderingsmøtet" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Vurderingsmøtet er registrert.", new() { Exact = false })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Et_teammedlem_tar_en_sak_fra_koen_og_registrerer_at_den_fyller_kriteriene()
    {
        var sak = await app.SakAsync(new() { Status = Saksstatus.TilVurdering, Fornavn = "Vilde" });
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync(Medlem);

        // The queue: cases not taken yet, the seeded one among them with its deadline and "Ingen".
        await side.GetByRole(AriaRole.Link, new() { Name = "Vurderingskø" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Vurderingsteamets kø");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Hvem har saken").SelectOptionAsync(new SelectOptionValue { Label = "Ikke tatt" });
        await side.GetByRole(AriaRole.Button, new() { Name = "Vis saker" }).ClickAsync();
        var rad = side.GetByRole(AriaRole.Row).Filter(new() { HasText = sak.Navn });
        await Assertions.Expect(rad).ToContainTextAsync(sak.Referanse);
        await Assertions.Expect(rad.GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync(new Regex(@"^\s*\d{2}\.\d{2}\.\d{4}\s*$"));
        await Assertions.Expect(rad.GetByRole(AriaRole.Cell).Nth(5)).ToHaveTextAsync("Til vurdering");
        await Assertions.Expect(rad.GetByRole(AriaRole.Cell).Nth(6)).ToHaveTextAsync("Ingen");

        await rad.GetByRole(AriaRole.Button, new() { Name = $"Ta saken {sak.Referanse}" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync(sak.Navn);
        await Assertions.Expect(side.GetByText("Saken er din.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(Vurdering(side)).ToContainTextAsync("Kristian Dahl (deg)");
        await Assertions.Expect(Vurdering(side).GetByRole(AriaRole.Button, new() { Name = "Ta saken" })).ToHaveCountAsync(0);
        // The intake's own actions are not the team's: referral and requests come after the meeting, in this panel.
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = "Henvis til annen tjeneste" })).ToHaveCountAsync(0);
        await side.SjekkUniversellUtformingAsync();

        // The meeting, first without its reasons: told next to the field, everything typed kept.
        await Vurdering(side).GetByRole(AriaRole.Link, new() { Name = "Registrer vurderingsmøte" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Registrer vurderingsmøte");
        await Assertions.Expect(side.GetByLabel("Hvem var til stede")).ToHaveValueAsync("Kristian Dahl");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Hvem var til stede").FillAsync("Kristian Dahl\nTone Haugen");
        var konklusjoner = side.GetByRole(AriaRole.Group, new() { Name = "Hva konkluderte teamet med?" });
        await konklusjoner.GetByLabel("Fyller kriteriene", new() { Exact = true }).CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer vurderingsmøtet" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Skriv begrunnelsen for konklusjonen.");
        await Assertions.Expect(side.GetByLabel("Begrunnelse")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(side.Locator("#Begrunnelse-feil")).ToHaveTextAsync("Skriv begrunnelsen for konklusjonen.");
        await Assertions.Expect(side.GetByLabel("Hvem var til stede")).ToHaveValueAsync("Kristian Dahl\nTone Haugen");
        await Assertions.Expect(konklusjoner.GetByLabel("Fyller kriteriene", new() { Exact = true })).ToBeCheckedAsync();
        await side.SjekkUniversellUtformingAsync();

        await side.GetByLabel("Begrunnelse").FillAsync("Vilde bor alene og trenger hjelp til økonomi og praktisk botrening. <b>Kriteriene</b> er oppfylt.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Registrer vurderingsmøtet" }).ClickAsync();

        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync(sak.Navn);
        await Assertions.Expect(side.GetByText("Kriteriene er oppfylt, og saken er til kartlegging.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(side.Locator("dt:text-is('Status') + dd")).ToHaveTextAsync("Kartlegging");
        await Assertions.Expect(Vurdering(side)).ToContainTextAsync("Fyller kriteriene");
        await Assertions.Expect(Vurdering(side)).ToContainTextAsync("Kristian Dahl, Tone Haugen");
        await Assertions.Expect(Vurdering(side).GetByText("Vilde bor alene og trenger hjelp til økonomi og praktisk botrening. <b>Kriteriene</b> er oppfylt.")).ToBeVisibleAsync();
        await Assertions.Expect(Vurdering(side).GetByRole(AriaRole.Link, new() { Name = "Registrer vurderingsmøte" })).ToHaveCountAsync(0);
        await side.SjekkUniversellUtformingAsync();

        // Back in the queue the case is in Kartlegging, and it is Kristian's.
        await side.GotoAsync("/vurdering?Hvem=mine");
        var min = side.GetByRole(AriaRole.Row).Filter(new() { HasText = sak.Navn });
        await Assertions.Expect(min.GetByRole(AriaRole.Cell).Nth(5)).ToHaveTextAsync("Kartlegging");
        await Assertions.Expect(min.GetByRole(AriaRole.Cell).Nth(6)).ToHaveTextAsync("Kristian Dahl");
        await Assertions.Expect(min.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Fyller_ikke_kriteriene_og_teamet_henviser_til_en_annen_tjeneste()
    {
        var sak = await app.SakAsync(new() { Status = Saksstatus.TilVurdering, Fornavn = "Håkon", Vurderer = Medlem });
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync(Medlem);
        await side.GotoAsync($"/saker/{sak.Id}");
        await Assertions.Expect(Vurdering(side).GetByRole(AriaRole.Link, new() { Name = "Henvis til annen tjeneste" })).ToHaveCountAsync(0);

        await RegistrerVurderingsmoteAsync(side, "Fyller ikke kriteriene", "Behovet gjelder behandling for rus, som Origo har ansvaret for.");

        await Assertions.Expect(side.Locator("dt:text-is('Status') + dd")).ToHaveTextAsync("Til vurdering");
        await Assertions.Expect(Vurdering(side)).ToContainTextAsync("Teamet fant at kriteriene ikke er oppfylt.");
        await Assertions.Expect(Vurdering(side).GetByRole(AriaRole.Link, new() { Name = "Be om opplysninger" })).ToHaveCountAsync(0);
        await side.SjekkUniversellUtformingAsync();
        await Vurdering(side).GetByRole(AriaRole.Link, new() { Name = "Henvis til annen tjeneste" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Henvis til annen tjeneste");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Tjenesten personen henvises til").FillAsync("Origo");
        await side.GetByLabel("Begrunnelse").FillAsync("Behovet gjelder behandling for rus, som Origo har ansvaret for.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Henvis og lag brev" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Saken er henvist.", new() { Exact = false })).ToBeVisibleAsync();

        await side.GotoAsync($"/saker/{sak.Id}");
        await Assertions.Expect(side.Locator("dt:text-is('Status') + dd")).ToHaveTextAsync("Henvist til annen tjeneste");
        await Assertions.Expect(side.GetByText("Status endret til «Henvist til annen tjeneste»: henvist til Origo", new() { Exact = false })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Trenger_mer_informasjon_og_teamet_ber_om_opplysninger()
    {
        var sak = await app.SakAsync(new() { Status = Saksstatus.TilVurdering, Fornavn = "Selma", Vurderer = Medlem });
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync(Medlem);
        await side.GotoAsync($"/saker/{sak.Id}");

        await RegistrerVurderingsmoteAsync(side, "Trenger mer informasjon", "Teamet trenger en uttalelse fra fastlegen om helsesituasjonen.");

        await Assertions.Expect(side.Locator("dt:text-is('Status') + dd")).ToHaveTextAsync("Til vurdering");
        await Assertions.Expect(Vurdering(side).GetByRole(AriaRole.Link, new() { Name = "Henvis til annen tjeneste" })).ToHaveCountAsync(0);
        await Vurdering(side).GetByRole(AriaRole.Link, new() { Name = "Be om opplysninger" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Be om opplysninger");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Hvilke opplysninger mangler?").FillAsync("Uttalelse fra fastlegen om helsesituasjonen.");
        await side.GetByLabel("Frist for å sende opplysningene").FillAsync(IsoDato(DateTime.Today.AddDays(14)));
        await side.GetByRole(AriaRole.Button, new() { Name = "Be om opplysningene" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Opplysningene er etterspurt", new() { Exact = false })).ToBeVisibleAsync();

        await side.GotoAsync($"/saker/{sak.Id}");
        await Assertions.Expect(side.Locator("dt:text-is('Status') + dd")).ToHaveTextAsync("Til vurdering");
        await Assertions.Expect(side.GetByText(new Regex("^Vi har bedt om flere opplysninger innen .*: Uttalelse fra fastlegen om helsesituasjonen\\.$"))).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Teamlederen_gir_saken_til_et_medlem_av_teamet()
    {
        var sak = await app.SakAsync(new() { Status = Saksstatus.TilVurdering, Fornavn = "Tobias" });
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync("teamleder@demo.no");
        await side.GotoAsync($"/saker/{sak.Id}");
        await Assertions.Expect(Vurdering(side)).ToContainTextAsync("Ingen");
        await Assertions.Expect(Vurdering(side).GetByRole(AriaRole.Button, new() { Name = "Ta saken" })).ToHaveCountAsync(0);

        await Vurdering(side).GetByRole(AriaRole.Link, new() { Name = "Gi saken til et teammedlem" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Gi saken til et teammedlem");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Gi saken til teammedlemmet" }).ClickAsync();
        await Assertions.Expect(side.Locator("#VurdererId-feil")).ToHaveTextAsync("Velg hvem i teamet som skal ha saken.");
        await side.SjekkUniversellUtformingAsync();

        await side.GetByLabel("Teammedlem").SelectOptionAsync(new SelectOptionValue { Label = "Kristian Dahl" });
        await side.GetByRole(AriaRole.Button, new() { Name = "Gi saken til teammedlemmet" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Saken er gitt til teammedlemmet.")).ToBeVisibleAsync();
        await Assertions.Expect(Vurdering(side).Locator("dt:text-is('Tatt av') + dd")).ToHaveTextAsync("Kristian Dahl");
    }

    [Fact]
    public async Task Et_medlem_av_et_annet_team_faar_404_paa_saken_og_ser_den_ikke_i_koen()
    {
        var sak = await app.SakAsync(new() { Status = Saksstatus.TilVurdering, Fornavn = "Ulrik" });
        var annen = await app.MedlemAvEtAnnetTeamAsync();
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync(annen);

        var svar = await side.GotoAsync($"/saker/{sak.Id}");
        Assert.Equal(404, svar!.Status);
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Fant ikke siden");
        await Assertions.Expect(side.GetByText(sak.Navn)).ToHaveCountAsync(0);
        await side.SjekkUniversellUtformingAsync();
        Assert.Equal(404, (await side.GotoAsync($"/saker/{sak.Id}/vurdering/mote"))!.Status);

        await side.GotoAsync("/vurdering");
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Vurderingsteamets kø");
        await Assertions.Expect(side.GetByRole(AriaRole.Status)).ToHaveTextAsync("0 saker");
        await side.SjekkUniversellUtformingAsync();
    }

    [Fact]
    public async Task En_bo_oppfolger_som_ikke_er_tildelt_saken_faar_404_paa_saken_og_kartleggingen()
    {
        // A case in mapping: the bo-oppfølger sees nothing of it until assigned (the follow-up phase).
        var sak = await app.SakAsync(new() { Status = Saksstatus.Kartlegging, Fornavn = "Vilde" });
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync("bo-oppfolger@demo.no");

        foreach (var sti in new[] { "", "/kartlegging/historikk", "/kartlegging/mote", "/varsler", "/innhenting/ny" })
        {
            var svar = await side.GotoAsync($"/saker/{sak.Id}{sti}");
            Assert.Equal(404, svar!.Status);
            await Assertions.Expect(side.GetByText(sak.Navn)).ToHaveCountAsync(0);
        }

        await Assertions.Expect(side.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmeny" }).GetByRole(AriaRole.Link, new() { Name = "Vurderingskø" }))
            .ToHaveCountAsync(0);
        var ko = await side.GotoAsync("/vurdering");
        Assert.True(ko!.Status is 403 or 404, $"/vurdering svarte {ko.Status}");
        await Assertions.Expect(side.GetByText(sak.Navn)).ToHaveCountAsync(0);
    }
}
