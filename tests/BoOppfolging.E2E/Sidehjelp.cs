using BoOppfolging.Domain;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>What a person does over and over: log in, make a citizen account. Found by label and role only.</summary>
public static class Sidehjelp
{
    public const string DemoPassord = "Demo-passord-2026";

    /// <summary>A password that meets the app's rules (10+ characters, upper and lower case, a digit).</summary>
    public const string SterktPassord = "Sterkt-passord-2026";

    public static string UnikEpost(string navn) => $"{navn}.{Guid.NewGuid():N}@e2e.test";

    /// <summary>A synthetic (test) fødselsnummer. Give each test its own date so tests never collide.</summary>
    public static string Testnummer(DateOnly fodselsdato, int individnummer) =>
        Fodselsnummer.LagSyntetisk(fodselsdato, individnummer);

    public static async Task LoggInnAsync(this IPage side, string epost, string passord = DemoPassord)
    {
        await side.GotoAsync("/konto/logg-inn");
        await side.GetByLabel("E-postadresse").FillAsync(epost);
        await side.GetByLabel("Passord", new() { Exact = true }).FillAsync(passord);
        await side.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true }).ClickAsync();
    }

    public static async Task LoggUtAsync(this IPage side) =>
        await side.GetByRole(AriaRole.Button, new() { Name = "Logg ut" }).ClickAsync();

    /// <summary>Fills in "Lag konto som innbygger" (already open) and sends it.</summary>
    public static async Task FyllUtRegistreringAsync(
        this IPage side, string fornavn, string etternavn, string fodselsnummer, string epost, string passord = SterktPassord)
    {
        await side.GetByLabel("Fornavn").FillAsync(fornavn);
        await side.GetByLabel("Etternavn").FillAsync(etternavn);
        await side.GetByLabel("Fødselsnummer (11 siffer)").FillAsync(fodselsnummer);
        await side.GetByLabel("E-postadresse").FillAsync(epost);
        await side.GetByLabel("Passord", new() { Exact = true }).FillAsync(passord);
        await side.GetByLabel("Gjenta passordet").FillAsync(passord);
        await side.GetByRole(AriaRole.Button, new() { Name = "Lag konto" }).ClickAsync();
    }

    public static ILocator Hovedoverskrift(this IPage side) => side.GetByRole(AriaRole.Heading, new() { Level = 1 });
}
