using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// Consents can be withdrawn later: the saksbehandler records what the citizen said on the phone, and
/// the citizen withdraws another one in "Mine saker". Both see the same state and the timeline says it.
/// Starts from an application of Ola's seeded for this test (the standard application: consents for his
/// GP and NAV), so no other test's data is touched.
/// </summary>
public sealed partial class SamtykkeTests(AppFixture app)
{
    private const string NavKilde = "NAV (NAV Sentrum)";
    private const string FastlegeKilde = "fastlegen (Dr. Kari Bakke)";

    [Fact]
    public async Task Samtykker_kan_trekkes_tilbake_av_innbyggeren_selv_og_registreres_av_saksbehandleren()
    {
        await using var olaKontekst = await app.NyKontekstAsync();
        var referanse = (await app.SakAsync(new() { Innbygger = "ola.nordmann@demo.no" })).Referanse;
        var ola = await olaKontekst.NewPageAsync();
        await ola.LoggInnAsync("ola.nordmann@demo.no");
        await ola.GetByRole(AriaRole.Link, new() { Name = $"Søknad om bo-oppfølging – {referanse}" }).ClickAsync();
        await Assertions.Expect(ola.Hovedoverskrift()).ToHaveTextAsync($"Sak {referanse}");
        var samtykker = ola.GetByRole(AriaRole.Region, new() { Name = "Samtykker" });
        await Assertions.Expect(samtykker.GetByText("Gjelder", new() { Exact = true })).ToHaveCountAsync(2);
        await Assertions.Expect(samtykker.GetByText($"«Jeg samtykker i at kommunen henter inn opplysninger fra {NavKilde} som trengs for å behandle søknaden min om bo-oppfølging.»")).ToBeVisibleAsync();

        // Ola calls the office and withdraws the NAV consent; the saksbehandler records it.
        await using (var sbKontekst = await app.NyKontekstAsync())
        {
            var sb = await sbKontekst.NewPageAsync();
            await sb.LoggInnAsync("saksbehandler@demo.no");
            await sb.GetByLabel("Søk").FillAsync("Ola Nordmann");
            await sb.GetByRole(AriaRole.Button, new() { Name = "Vis saker" }).ClickAsync();
            await sb.GetByRole(AriaRole.Link, new() { Name = referanse }).ClickAsync();
            var panel = sb.GetByRole(AriaRole.Region, new() { Name = "Samtykker" });
            await Assertions.Expect(panel.GetByText("Gjelder", new() { Exact = true })).ToHaveCountAsync(2);
            await sb.SjekkUniversellUtformingAsync();

            await panel.GetByRole(AriaRole.Link, new() { Name = $"Registrer at innbyggeren trekker tilbake samtykket for {NavKilde}" }).ClickAsync();
            await Assertions.Expect(sb.Hovedoverskrift()).ToHaveTextAsync("Registrer at samtykket er trukket tilbake");
            await Assertions.Expect(sb.GetByText($"Jeg samtykker i at kommunen henter inn opplysninger fra {NavKilde}", new() { Exact = false })).ToBeVisibleAsync();
            await sb.SjekkUniversellUtformingAsync();
            await sb.GetByRole(AriaRole.Button, new() { Name = "Registrer at samtykket er trukket tilbake" }).ClickAsync();

            await Assertions.Expect(sb.GetByText("Samtykket er registrert som trukket tilbake.")).ToBeVisibleAsync();
            await Assertions.Expect(panel.GetByText("Gjelder", new() { Exact = true })).ToHaveCountAsync(1);
            await Assertions.Expect(panel.GetByText(TrukketTilbake())).ToHaveCountAsync(1);
            await Assertions.Expect(panel.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(NavKilde)) })).ToHaveCountAsync(0);
            await Assertions.Expect(sb.GetByRole(AriaRole.Region, new() { Name = "Hva har skjedd" })
                .GetByText($"Samtykke trukket tilbake: kommunen henter ikke lenger inn opplysninger fra {NavKilde}")).ToBeVisibleAsync();
            await sb.SjekkUniversellUtformingAsync();
        }

        // Ola sees it, then withdraws the GP consent himself: asked first, and he can go back.
        await ola.ReloadAsync();
        await Assertions.Expect(samtykker.GetByText(TrukketTilbake())).ToHaveCountAsync(1);
        await Assertions.Expect(ola.GetByText($"Samtykke trukket tilbake: kommunen henter ikke lenger inn opplysninger fra {NavKilde}")).ToBeVisibleAsync();
        await ola.SjekkUniversellUtformingAsync();
        await samtykker.GetByRole(AriaRole.Link, new() { Name = $"Trekk tilbake samtykket for {FastlegeKilde}" }).ClickAsync();
        await Assertions.Expect(ola.Hovedoverskrift()).ToHaveTextAsync("Vil du trekke tilbake samtykket?");
        await ola.SjekkUniversellUtformingAsync();
        await ola.GetByRole(AriaRole.Link, new() { Name = "Nei, gå tilbake" }).ClickAsync();
        await Assertions.Expect(samtykker.GetByText("Gjelder", new() { Exact = true })).ToHaveCountAsync(1);

        await samtykker.GetByRole(AriaRole.Link, new() { Name = $"Trekk tilbake samtykket for {FastlegeKilde}" }).ClickAsync();
        await ola.GetByRole(AriaRole.Button, new() { Name = "Ja, trekk tilbake samtykket" }).ClickAsync();

        await Assertions.Expect(ola.GetByText("Samtykket er trukket tilbake.")).ToBeVisibleAsync();
        await Assertions.Expect(samtykker.GetByText("Gjelder", new() { Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(samtykker.GetByText(TrukketTilbake())).ToHaveCountAsync(2);
        await Assertions.Expect(samtykker.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Trekk tilbake") })).ToHaveCountAsync(0);
        await Assertions.Expect(ola.GetByText($"Samtykke trukket tilbake: kommunen henter ikke lenger inn opplysninger fra {FastlegeKilde}")).ToBeVisibleAsync();
        await ola.SjekkUniversellUtformingAsync();
    }

    [GeneratedRegex(@"^Trukket tilbake \d{2}\.\d{2}\.\d{4}$")]
    private static partial Regex TrukketTilbake();
}
