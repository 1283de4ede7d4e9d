using System.Text.RegularExpressions;
using BoOppfolging.Domain;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

public sealed partial class StartsideTests(AppFixture app)
{
    public static TheoryData<string, string, string, bool> Demoroller => new()
    {
        // e-post, startside, overskrift, har saker i listen
        { "ola.nordmann@demo.no", "/mine-saker", "Mine saker", true },
        { "saksbehandler@demo.no", "/saker", "Innboks og mine saker", true },
        { "vurderingsteam@demo.no", "/saker", "Teamets saker", true },
        { "bo-oppfolger@demo.no", "/mine-brukere", "Mine brukere", true },
        { "teamleder@demo.no", "/saker", "Alle saker i enheten", true },
        { "admin@demo.no", "/admin/brukere", "Brukerkontoer for ansatte", false },
    };

    [Theory]
    [MemberData(nameof(Demoroller))]
    public async Task Hver_demorolle_lander_paa_sin_startside_og_kan_aapne_en_sak(
        string epost, string startside, string overskrift, bool harSaker)
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        await side.LoggInnAsync(epost);

        await Assertions.Expect(side).ToHaveURLAsync(new Regex(Regex.Escape(startside) + "$"));
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync(overskrift);
        await Assertions.Expect(side.GetByRole(AriaRole.Button, new() { Name = "Logg ut" })).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
        if (!harSaker) return;

        var sak = side.GetByRole(AriaRole.Link, new() { NameRegex = Saksreferanse() }).First;
        var referanse = Saksreferanse().Match(await sak.InnerTextAsync()).Value;
        await sak.ClickAsync();

        await Assertions.Expect(side.GetByRole(AriaRole.Main)).ToContainTextAsync(referanse);
        var tidslinje = side.GetByRole(AriaRole.Region, new() { Name = "Hva har skjedd" });
        await Assertions.Expect(tidslinje).ToBeVisibleAsync();
        await Assertions.Expect(tidslinje.GetByRole(AriaRole.Listitem).First).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
    }

    [GeneratedRegex(@"BO-\d{4}-\d+")]
    private static partial Regex Saksreferanse();
}
