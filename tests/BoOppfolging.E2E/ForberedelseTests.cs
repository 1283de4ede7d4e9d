using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Persistence;
using BoOppfolging.Infrastructure.Saksbygging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// The citizen prepares for the kartleggingsmøte in Mine saker, and later reads the finished mapping in plain words.
/// Starts from an application of Ola's with the vurderingsteam, seeded for this test; the team's mapping in between is
/// seeded through the case builder's steps (the team's own pages are another journey's).
/// </summary>
public sealed class ForberedelseTests(AppFixture app)
{
    [Fact]
    public async Task Innbyggeren_forbereder_maal_foer_motet_og_ser_senere_kartleggingen_med_enkle_ord()
    {
        var sak = await app.SakAsync(new() { Innbygger = "ola.nordmann@demo.no", Status = Saksstatus.TilVurdering });
        await using var kontekst = await app.NyKontekstAsync();
        var ola = await kontekst.NewPageAsync();
        await ola.LoggInnAsync("ola.nordmann@demo.no");
        await ola.GetByRole(AriaRole.Link, new() { Name = $"Søknad om bo-oppfølging – {sak.Referanse}" }).ClickAsync();
        var kartlegging = ola.GetByRole(AriaRole.Region, new() { Name = "Kartlegging av hva du trenger hjelp til" });
        await kartlegging.GetByRole(AriaRole.Link, new() { Name = "Forbered deg til kartleggingen" }).ClickAsync();
        await Assertions.Expect(ola.Hovedoverskrift()).ToHaveTextAsync("Forbered deg til kartleggingen");
        await ola.SjekkUniversellUtformingAsync();

        // A goal longer than the form allows (a browser that ignores maxlength) comes back with the message beside it and nothing lost.
        await ola.GetByLabel("Dette klarer jeg selv").FillAsync("Jeg handler selv og lager frokost.");
        await ola.GetByLabel("Penger, regninger, husleie og kontakt med NAV").FillAsync("Få oversikt over regningene.");
        await ola.GetByLabel("Mål 1").FillAsync("Jeg vil betale husleien selv hver måned.");
        await ola.GetByLabel("Mål 2").EvaluateAsync("e => e.removeAttribute('maxlength')");
        await ola.GetByLabel("Mål 2").FillAsync(new string('x', 501));
        await ola.GetByRole(AriaRole.Button, new() { Name = "Lagre forberedelsen" }).ClickAsync();
        await Assertions.Expect(ola.GetByText("Et mål kan ha høyst 500 tegn. Del det gjerne i flere mål.").Last).ToBeVisibleAsync();
        await Assertions.Expect(ola.GetByLabel("Mål 1")).ToHaveValueAsync("Jeg vil betale husleien selv hver måned.");
        await Assertions.Expect(ola.GetByLabel("Penger, regninger, husleie og kontakt med NAV")).ToHaveValueAsync("Få oversikt over regningene.");
        await ola.SjekkUniversellUtformingAsync();

        await ola.GetByLabel("Mål 2").FillAsync("Jeg vil gå på kafé med noen hver uke.");
        await ola.GetByRole(AriaRole.Button, new() { Name = "Lagre forberedelsen" }).ClickAsync();
        await Assertions.Expect(ola.GetByText("Takk! Forberedelsen din er lagret.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(ola.Hovedoverskrift()).ToHaveTextAsync($"Sak {sak.Referanse}");
        await Assertions.Expect(kartlegging.GetByRole(AriaRole.Link, new() { Name = "Se og endre forberedelsen din" })).ToBeVisibleAsync();
        await ola.SjekkUniversellUtformingAsync();

        // The team holds the meeting with Ola and finishes the mapping and its innstilling.
        await FerdigKartleggingAsync(sak.Id);

        await ola.ReloadAsync();
        await Assertions.Expect(kartlegging.GetByText("Kartleggingen ble ferdig", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(kartlegging.GetByText("hjemme hos deg", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(kartlegging.GetByText("Penger, regninger, husleie og kontakt med NAV", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(kartlegging.GetByText("Jeg vil lage middag selv tre dager i uka.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(kartlegging.GetByText("Vurderingsteamet anbefaler at du får bo-oppfølging.", new() { Exact = false })).ToBeVisibleAsync();
        // Not the reasons written for the decision maker, nor the vurderingsmøte's.
        await Assertions.Expect(ola.GetByText("Kartleggingen viser behov for hjelp med økonomi og mat.", new() { Exact = false })).ToHaveCountAsync(0);
        await Assertions.Expect(ola.GetByText("Har vansker med å bo i egen bolig", new() { Exact = false })).ToHaveCountAsync(0);
        await ola.SjekkUniversellUtformingAsync();

        await kartlegging.GetByRole(AriaRole.Link, new() { Name = "Se det du skrev før kartleggingen" }).ClickAsync();
        await Assertions.Expect(ola.GetByText("Kartleggingen er ferdig, og det du skrev er tatt med i den.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(ola.GetByText("Jeg vil gå på kafé med noen hver uke.")).ToBeVisibleAsync();
        await Assertions.Expect(ola.GetByRole(AriaRole.Button, new() { Name = "Lagre forberedelsen" })).ToHaveCountAsync(0);
        await ola.SjekkUniversellUtformingAsync();
    }

    /// <summary>The vurderingsmøte, the kartleggingsmøte, needs, goals, IPLOS and the innstilling, by the case builder's steps on the saved case.</summary>
    private async Task FerdigKartleggingAsync(Guid sakId)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var medlem = await ActivatorUtilities.CreateInstance<Saksoppretter>(scope.ServiceProvider).BrukerIdAsync("vurderingsteam@demo.no", ct);
        var sak = await db.Saker.SingleAsync(s => s.Id == sakId, ct);
        var bygger = Saksbygger.Fortsett(sak, DateTimeOffset.UtcNow.AddMinutes(-1)).MedStegavstand(TimeSpan.FromSeconds(1)).Som(medlem);
        bygger.FerdigKartlegging();
        bygger.LeggTilRader(db);
        await db.SaveChangesAsync(ct);
        Assert.Equal(Saksstatus.Innstilling, sak.Status);
    }
}
