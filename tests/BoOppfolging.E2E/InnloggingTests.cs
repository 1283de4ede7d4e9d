using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

public sealed partial class InnloggingTests(AppFixture app)
{
    [Fact]
    public async Task Feil_passord_gir_melding_over_skjemaet_og_beholder_e_postadressen()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.GotoAsync("/konto/logg-inn");
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Logg inn");
        await side.SjekkUniversellUtformingAsync();

        await side.LoggInnAsync("saksbehandler@demo.no", "helt-feil-passord");

        await Assertions.Expect(side).ToHaveURLAsync(LoggInnSide());
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Feil e-postadresse eller passord.");
        await Assertions.Expect(side.GetByLabel("E-postadresse")).ToHaveValueAsync("saksbehandler@demo.no");
        await Assertions.Expect(side.GetByLabel("Passord", new() { Exact = true })).ToHaveValueAsync("");
        await side.SjekkUniversellUtformingAsync();
    }

    [Fact]
    public async Task Kontoen_sperres_midlertidig_etter_fem_feil_passord()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        var epost = Sidehjelp.UnikEpost("sperres");
        await side.GotoAsync("/konto/registrer");
        await side.FyllUtRegistreringAsync("Sperre", "Testesen", Sidehjelp.Testnummer(new DateOnly(1991, 7, 23), 320), epost);
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Mine saker");
        await side.LoggUtAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Du er logget ut");

        for (var forsok = 1; forsok <= 4; forsok++)
        {
            await side.LoggInnAsync(epost, "feil-passord-" + forsok);
            await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Feil e-postadresse eller passord.");
        }

        await side.LoggInnAsync(epost, "feil-passord-5");
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("midlertidig sperret");
        await side.SjekkUniversellUtformingAsync();

        // Now even the right password is refused until the lockout ends.
        await side.LoggInnAsync(epost, Sidehjelp.SterktPassord);
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("midlertidig sperret");
        await Assertions.Expect(side).ToHaveURLAsync(LoggInnSide());
    }

    [Fact]
    public async Task Logg_ut_avslutter_okten_og_mine_saker_krever_ny_innlogging()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync("ola.nordmann@demo.no");
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Mine saker");

        await side.LoggUtAsync();

        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Du er logget ut");
        await Assertions.Expect(side.GetByRole(AriaRole.Button, new() { Name = "Logg ut" })).ToHaveCountAsync(0);
        await side.SjekkUniversellUtformingAsync();

        await side.GotoAsync("/mine-saker");
        await Assertions.Expect(side).ToHaveURLAsync(LoggInnSide());
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Logg inn");
        await side.SjekkUniversellUtformingAsync();
    }

    [GeneratedRegex("/konto/logg-inn")]
    private static partial Regex LoggInnSide();
}
