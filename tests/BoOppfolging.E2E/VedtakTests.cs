using System.Globalization;
using BoOppfolging.Domain;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// The vedtak on screen (issue 11): the saksbehandler drafts it from the innstilling, is told what is missing, sends it;
/// the team leader returns it with a reason; the saksbehandler sees why, fixes it and sends again; the team leader
/// approves it, and the case shows which vedtak is in force on a date. A team leader who drafted a vedtak is not
/// offered to approve it. A refusal, and an endringsvedtak that replaces the first from a date. axe on every page.
/// </summary>
public sealed class VedtakTests(AppFixture app)
{
    private const string Saksbehandler = "saksbehandler@demo.no";
    private const string Teamleder = "teamleder@demo.no";

    private static string Iso(DateOnly dato) => dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ILocator Panel(IPage side) => side.GetByRole(AriaRole.Region, new() { Name = "Vedtak", Exact = true });

    private static async Task FyllBegrunnelseAsync(IPage side)
    {
        await side.GetByRole(AriaRole.Radio, new() { Name = "Helse- og omsorgstjenesteloven: personlig assistanse (praktisk bistand og opplæring) (klagefrist 4 uker)" }).CheckAsync();
        await side.GetByLabel("Reglene vedtaket bygger på").FillAsync("Helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b gir rett til praktisk bistand og opplæring.");
        await side.GetByLabel("De faktiske forholdene vedtaket bygger på").FillAsync("Du har ubetalt husleie for to måneder og ønsker hjelp til budsjett og innkjøp.");
    }

    [Fact]
    public async Task Utkast_mangler_sendt_underkjent_rettet_og_godkjent_av_teamleder()
    {
        var sak = await app.SakAsync(new() { Status = Saksstatus.Innstilling, Saksbehandler = Saksbehandler, Fornavn = "Vera" });
        await using var sbKontekst = await app.NyKontekstAsync();
        var sb = await sbKontekst.NewPageAsync();
        await sb.LoggInnAsync(Saksbehandler);
        await sb.GotoAsync($"/saker/{sak.Id}");
        await Assertions.Expect(Panel(sb)).ToContainTextAsync("Innstillingen er klar.");
        await Panel(sb).GetByRole(AriaRole.Button, new() { Name = "Utarbeid vedtak fra innstillingen" }).ClickAsync();

        await Assertions.Expect(sb.Hovedoverskrift()).ToContainTextAsync("Vedtak 1");
        await Assertions.Expect(sb.GetByLabel("Antall timer")).ToHaveValueAsync("4");
        await Assertions.Expect(sb.GetByLabel("Mål for tjenesten")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Jeg vil betale husleien selv"));
        var mangler = sb.GetByRole(AriaRole.Region, new() { Name = "Dette mangler før vedtaket kan sendes til godkjenning" });
        await Assertions.Expect(mangler).ToContainTextAsync("Velg hjemmel.");
        await Assertions.Expect(sb.GetByText("ingen variabel har skår 3 eller mer")).ToBeVisibleAsync();
        await sb.SjekkUniversellUtformingAsync();

        await sb.GetByRole(AriaRole.Button, new() { Name = "Send til godkjenning" }).ClickAsync();
        var feil = sb.GetByRole(AriaRole.Alert);
        await Assertions.Expect(feil).ToContainTextAsync("Velg hjemmel.");
        await Assertions.Expect(feil).ToContainTextAsync("Skriv hvilke regler vedtaket bygger på.");
        await Assertions.Expect(feil).ToContainTextAsync("Begrunn hvorfor det likevel innvilges timer.");
        await Assertions.Expect(sb.GetByLabel("Antall timer")).ToHaveValueAsync("4"); // the input is kept
        await sb.SjekkUniversellUtformingAsync();

        await FyllBegrunnelseAsync(sb);
        await sb.GetByLabel("Hvorfor timer når IPLOS ikke viser behov for personlig assistanse").FillAsync("Kartleggingen viser at opplæring i økonomi trengs for å beholde boligen.");
        await sb.GetByRole(AriaRole.Button, new() { Name = "Send til godkjenning" }).ClickAsync();
        await Assertions.Expect(sb.GetByRole(AriaRole.Status)).ToContainTextAsync("Vedtaket er sendt til godkjenning.");

        // The team leader returns it.
        await using var tlKontekst = await app.NyKontekstAsync();
        var tl = await tlKontekst.NewPageAsync();
        await tl.LoggInnAsync(Teamleder);
        await tl.GetByRole(AriaRole.Link, new() { Name = "Til godkjenning" }).ClickAsync();
        await Assertions.Expect(tl.Hovedoverskrift()).ToHaveTextAsync("Vedtak til godkjenning");
        await tl.SjekkUniversellUtformingAsync();
        await tl.GetByRole(AriaRole.Link, new() { Name = sak.Referanse }).ClickAsync();
        var kontroll = tl.GetByRole(AriaRole.Region, new() { Name = "Totrinnskontroll" });
        await Assertions.Expect(kontroll).ToContainTextAsync("Utarbeidet av Ingrid Berg");
        await tl.SjekkUniversellUtformingAsync();
        await kontroll.GetByRole(AriaRole.Button, new() { Name = "Underkjenn" }).ClickAsync();
        await Assertions.Expect(tl.GetByRole(AriaRole.Alert)).ToContainTextAsync("Velg minst én årsak til at vedtaket underkjennes.");
        await tl.SjekkUniversellUtformingAsync();
        await kontroll.GetByLabel("Feil timeomfang").CheckAsync();
        await kontroll.GetByLabel("Hva må rettes").FillAsync("Fire timer er mer enn kartleggingen begrunner. Start med tre.");
        await kontroll.GetByRole(AriaRole.Button, new() { Name = "Underkjenn" }).ClickAsync();
        await Assertions.Expect(tl.GetByRole(AriaRole.Status)).ToContainTextAsync("Vedtaket er underkjent");

        // The saksbehandler sees who returned it and why, fixes it and sends it again.
        await sb.GotoAsync($"/saker/{sak.Id}");
        await Panel(sb).GetByRole(AriaRole.Link, new() { Name = "Vedtak 1" }).ClickAsync();
        var retur = sb.GetByRole(AriaRole.Region, new() { Name = "Vedtaket ble sendt tilbake" });
        await Assertions.Expect(retur).ToContainTextAsync("Tone Haugen underkjente vedtaket");
        await Assertions.Expect(retur).ToContainTextAsync("feil timeomfang");
        await Assertions.Expect(retur).ToContainTextAsync("Start med tre.");
        await sb.SjekkUniversellUtformingAsync();
        await sb.GetByLabel("Antall timer").FillAsync("3");
        await sb.GetByRole(AriaRole.Button, new() { Name = "Send til godkjenning" }).ClickAsync();
        await Assertions.Expect(sb.GetByRole(AriaRole.Status)).ToContainTextAsync("Vedtaket er sendt til godkjenning.");

        // The team leader approves it; the case shows the vedtak in force from its date.
        await tl.GotoAsync("/vedtak/godkjenning");
        await tl.GetByRole(AriaRole.Link, new() { Name = sak.Referanse }).ClickAsync();
        await Assertions.Expect(tl.GetByRole(AriaRole.Region, new() { Name = "Godkjenningsforsøk" })).ToContainTextAsync("Underkjent");
        await tl.GetByRole(AriaRole.Button, new() { Name = "Godkjenn vedtaket" }).ClickAsync();
        await Assertions.Expect(tl.GetByRole(AriaRole.Status)).ToContainTextAsync("Vedtaket er godkjent.");
        await Assertions.Expect(tl.GetByRole(AriaRole.Link, new() { Name = sak.Referanse })).ToHaveCountAsync(0);

        await sb.GotoAsync($"/saker/{sak.Id}");
        await Assertions.Expect(Panel(sb)).ToContainTextAsync("vedtatt, innvilget, 3 timer per uke");
        var fra = await Panel(sb).GetByRole(AriaRole.Link, new() { Name = "Vedtak 1" }).EvaluateAsync<string>("a => a.parentElement.textContent");
        var dato = DateOnly.ParseExact(System.Text.RegularExpressions.Regex.Match(fra, @"fra (\d{2}\.\d{2}\.\d{4})").Groups[1].Value, "dd.MM.yyyy", CultureInfo.InvariantCulture);
        await Panel(sb).GetByLabel("Gjeldende vedtak på dato").FillAsync(Iso(dato));
        await Panel(sb).GetByRole(AriaRole.Button, new() { Name = "Vis" }).ClickAsync();
        await Assertions.Expect(Panel(sb)).ToContainTextAsync($"{dato:dd.MM.yyyy}: vedtak 1 gjelder, med 3 timer per uke.");
        await Panel(sb).GetByLabel("Gjeldende vedtak på dato").FillAsync(Iso(dato.AddDays(-1)));
        await Panel(sb).GetByRole(AriaRole.Button, new() { Name = "Vis" }).ClickAsync();
        await Assertions.Expect(Panel(sb)).ToContainTextAsync("ingen vedtak med timer gjelder.");
        await sb.SjekkUniversellUtformingAsync();
    }

    [Fact]
    public async Task En_teamleder_som_har_utarbeidet_vedtaket_faar_ikke_godkjenne_det()
    {
        var sak = await app.SakAsync(new() { Status = Saksstatus.TilGodkjenning, Saksbehandler = Teamleder, Aktor = Teamleder });
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync(Teamleder);

        await side.GotoAsync("/vedtak/godkjenning");
        var rad = side.GetByRole(AriaRole.Row).Filter(new() { HasText = sak.Referanse });
        await Assertions.Expect(rad).ToContainTextAsync("Ditt eget");
        await rad.GetByRole(AriaRole.Link).ClickAsync();

        await Assertions.Expect(side.GetByText("en annen teamleder må godkjenne det")).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Button, new() { Name = "Godkjenn vedtaket" })).ToHaveCountAsync(0);
        await Assertions.Expect(side.GetByRole(AriaRole.Region, new() { Name = "Totrinnskontroll" })).ToHaveCountAsync(0);
        await Assertions.Expect(side.GetByRole(AriaRole.Button, new() { Name = "Ta tilbake fra godkjenning" })).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
    }

    [Fact]
    public async Task Et_avslag_med_annen_hjelp_avslutter_saken()
    {
        var sak = await app.SakAsync(new() { Status = Saksstatus.VedtakUnderArbeid, Saksbehandler = Saksbehandler });
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync(Saksbehandler);
        await side.GotoAsync($"/saker/{sak.Id}");
        await Panel(side).GetByRole(AriaRole.Link, new() { Name = "Vedtak 1" }).ClickAsync();

        await side.GetByRole(AriaRole.Radio, new() { Name = "Avslag", Exact = true }).CheckAsync();
        await side.GetByLabel("Annen hjelp innbyggeren kan søke om (ved avslag)").FillAsync("");
        await side.GetByRole(AriaRole.Button, new() { Name = "Send til godkjenning" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Skriv hvilken annen hjelp innbyggeren kan søke om.");
        await side.GetByLabel("Annen hjelp innbyggeren kan søke om (ved avslag)").FillAsync("NAV-kontoret gir økonomisk rådgivning.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Send til godkjenning" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Status)).ToContainTextAsync("Vedtaket er sendt til godkjenning.");

        await using var tlKontekst = await app.NyKontekstAsync();
        var tl = await tlKontekst.NewPageAsync();
        await tl.LoggInnAsync(Teamleder);
        await tl.GotoAsync($"/saker/{sak.Id}");
        await Panel(tl).GetByRole(AriaRole.Link, new() { Name = "Vedtak 1" }).ClickAsync();
        await Assertions.Expect(tl.GetByRole(AriaRole.Definition).Filter(new() { HasText = "NAV-kontoret gir økonomisk rådgivning." })).ToBeVisibleAsync();
        // The approver reads the letter of refusal the vedtak has become, with the other help in it.
        await Assertions.Expect(tl.GetByRole(AriaRole.Article, new() { Name = "Avslag på søknad om bo-oppfølging" }))
            .ToContainTextAsync("NAV-kontoret gir økonomisk rådgivning.");
        await tl.GetByRole(AriaRole.Button, new() { Name = "Godkjenn vedtaket" }).ClickAsync();
        await tl.GotoAsync($"/saker/{sak.Id}");
        await Assertions.Expect(Panel(tl)).ToContainTextAsync("vedtatt, avslag");
        await Assertions.Expect(tl.GetByText("Status endret til «Avslag»")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Et_endringsvedtak_erstatter_det_forste_fra_en_dato()
    {
        var sak = await app.SakAsync(new() { Status = Saksstatus.Vedtatt, Saksbehandler = Saksbehandler, Godkjenner = Teamleder });
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync(Saksbehandler);
        await side.GotoAsync($"/saker/{sak.Id}");
        await Panel(side).GetByRole(AriaRole.Link, new() { Name = "Endre eller avslutte vedtaket" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Endre eller avslutte vedtaket");
        await side.GetByRole(AriaRole.Button, new() { Name = "Start utkastet" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Skriv hvorfor vedtaket endres.");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Endringsvedtak: endre timer").CheckAsync();
        await side.GetByLabel("Hvorfor").FillAsync("Behovet for hjelp med økonomien har økt etter en ny regning.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Start utkastet" }).ClickAsync();

        await Assertions.Expect(side.Hovedoverskrift()).ToContainTextAsync("Endringsvedtak 2");
        await Assertions.Expect(side.GetByText("Erstatter vedtak 1 (4 timer per uke)")).ToBeVisibleAsync();
        var fra = Norsktid.Dato(DateTimeOffset.UtcNow).AddMonths(2);
        await side.GetByLabel("Antall timer").FillAsync("6");
        await side.GetByLabel("Fra og med").FillAsync(Iso(fra));
        await side.GetByLabel("Evalueres").FillAsync(Iso(fra.AddMonths(3)));
        await side.GetByRole(AriaRole.Button, new() { Name = "Send til godkjenning" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Status)).ToContainTextAsync("Vedtaket er sendt til godkjenning.");

        await using var tlKontekst = await app.NyKontekstAsync();
        var tl = await tlKontekst.NewPageAsync();
        await tl.LoggInnAsync(Teamleder);
        await tl.GotoAsync("/vedtak/godkjenning");
        await tl.GetByRole(AriaRole.Row).Filter(new() { HasText = sak.Referanse }).GetByRole(AriaRole.Link).ClickAsync();
        await tl.GetByRole(AriaRole.Button, new() { Name = "Godkjenn vedtaket" }).ClickAsync();

        await side.GotoAsync($"/saker/{sak.Id}?vedtaksdato={Iso(fra.AddDays(-1))}");
        await Assertions.Expect(Panel(side)).ToContainTextAsync("vedtak 1 gjelder, med 4 timer per uke.");
        await side.GotoAsync($"/saker/{sak.Id}?vedtaksdato={Iso(fra)}");
        await Assertions.Expect(Panel(side)).ToContainTextAsync("endringsvedtak 2 gjelder, med 6 timer per uke.");
        await side.SjekkUniversellUtformingAsync();
    }

    [Fact]
    public async Task Et_opphorsvedtak_avslutter_tjenesten_fra_en_dato_med_grunn_og_oppsummering()
    {
        var sak = await app.SakAsync(new() { Status = Saksstatus.Vedtatt, Saksbehandler = Saksbehandler, Godkjenner = Teamleder });
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync(Saksbehandler);
        await side.GotoAsync($"/saker/{sak.Id}/vedtak/endring");
        await side.GetByLabel("Opphørsvedtak: avslutte tjenesten").CheckAsync();
        await side.GetByLabel("Hvorfor").FillAsync("Innbyggeren ønsker ikke tjenesten lenger og har sagt det i samtale.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Start utkastet" }).ClickAsync();

        await Assertions.Expect(side.Hovedoverskrift()).ToContainTextAsync("Opphørsvedtak 2");
        await Assertions.Expect(side.GetByText("Avslutter vedtak 1 (4 timer per uke)")).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByLabel("Antall timer")).ToHaveCountAsync(0); // no hours on an opphør
        await side.GetByRole(AriaRole.Button, new() { Name = "Send til godkjenning" }).ClickAsync();
        var feil = side.GetByRole(AriaRole.Alert);
        await Assertions.Expect(feil).ToContainTextAsync("Skriv datoen tjenesten opphører fra.");
        await Assertions.Expect(feil).ToContainTextAsync("Skriv hvilke faktiske forhold vedtaket bygger på.");
        await Assertions.Expect(feil).ToContainTextAsync("Velg hvorfor tjenesten avsluttes.");
        await Assertions.Expect(feil).ToContainTextAsync("Skriv en oppsummering av oppfølgingen.");
        await side.SjekkUniversellUtformingAsync();

        // Ending for non-participation is refused while no warning has been sent; the rest of the input is kept.
        var slutt = Norsktid.Dato(DateTimeOffset.UtcNow).AddMonths(1);
        await side.GetByLabel("Manglende medvirkning").CheckAsync();
        await side.GetByLabel("Tjenesten opphører fra").FillAsync(Iso(slutt));
        await side.GetByLabel("Oppsummering av oppfølgingen").FillAsync("Vi har jobbet med budsjett og husleie. Husleien betales nå selv.");
        await side.GetByLabel("De faktiske forholdene vedtaket bygger på").FillAsync("Innbyggeren har selv bedt om å avslutte bo-oppfølgingen.");
        await side.GetByLabel("Hensynene som har vært avgjørende").FillAsync("Tjenesten er frivillig.");
        await side.GetByRole(AriaRole.Button, new() { Name = "Send til godkjenning" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("før innbyggeren har fått et varsel om det");
        await Assertions.Expect(side.GetByLabel("Oppsummering av oppfølgingen")).ToHaveValueAsync("Vi har jobbet med budsjett og husleie. Husleien betales nå selv.");
        await side.GetByLabel("Innbyggeren ønsker ikke lenger tjenesten").CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Send til godkjenning" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Status)).ToContainTextAsync("Vedtaket er sendt til godkjenning.");

        await using var tlKontekst = await app.NyKontekstAsync();
        var tl = await tlKontekst.NewPageAsync();
        await tl.LoggInnAsync(Teamleder);
        await tl.GotoAsync("/vedtak/godkjenning");
        var rad = tl.GetByRole(AriaRole.Row).Filter(new() { HasText = sak.Referanse });
        await Assertions.Expect(rad).ToContainTextAsync("Opphørsvedtak");
        await rad.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(tl.GetByText("Innbyggeren ønsker ikke lenger tjenesten")).ToBeVisibleAsync();
        await tl.GetByRole(AriaRole.Button, new() { Name = "Godkjenn vedtaket" }).ClickAsync();

        await side.GotoAsync($"/saker/{sak.Id}?vedtaksdato={Iso(slutt.AddDays(-1))}");
        await Assertions.Expect(Panel(side)).ToContainTextAsync("vedtak 1 gjelder, med 4 timer per uke.");
        await side.GotoAsync($"/saker/{sak.Id}?vedtaksdato={Iso(slutt)}");
        await Assertions.Expect(Panel(side)).ToContainTextAsync("ingen vedtak med timer gjelder.");
        // The end date is a month ahead: the case goes on until then (the daily run ends it on the day).
        await Assertions.Expect(side.GetByText("Opphørsvedtak fattet, tjenesten avsluttes fra", new() { Exact = false })).ToContainTextAsync("(innbyggeren ønsker ikke lenger tjenesten)");
        await Assertions.Expect(side.GetByText("Status endret til «Avsluttet»")).ToHaveCountAsync(0);
        await Assertions.Expect(Panel(side).GetByRole(AriaRole.Link, new() { Name = "Endre eller avslutte vedtaket" })).ToHaveCountAsync(0);
    }
}
