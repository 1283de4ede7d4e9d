using System.Text.RegularExpressions;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// A bo-oppfølger leaves: the administrator cannot deactivate the account while it holds open cases, and is told to have them
/// handed over; the team leader opens "Bo-oppfølgere", picks the person and hands their two cases to two others (the receiver who
/// is already the case's other contact refused by the case), sees the receipt, and the case page names the new contact.
/// Axe on every page and on the error states.
/// </summary>
public sealed class OverleveringTests(AppFixture app)
{
    private const string Teamleder = "teamleder@demo.no";

    [Fact]
    public async Task Teamlederen_overforer_sakene_til_en_som_slutter_og_kontoen_kan_ikke_deaktiveres_for()
    {
        var (lise, liseId) = await NyBoOppfolgerAsync("Lise", "Slutter");
        var a = await app.SakAsync(new() { Status = Saksstatus.IOppfolging, Saksbehandler = "saksbehandler@demo.no", Godkjenner = Teamleder, Primaerkontakt = lise });
        var b = await app.SakAsync(new()
        {
            Status = Saksstatus.IOppfolging, Saksbehandler = "saksbehandler@demo.no", Godkjenner = Teamleder, Primaerkontakt = "bo-oppfolger@demo.no", Sekundaerkontakt = lise,
        });

        await using (var kontekst = await app.NyKontekstAsync())
        {
            var side = await kontekst.NewPageAsync();
            await side.LoggInnAsync("admin@demo.no");
            await side.GotoAsync($"/admin/brukere/{liseId}");
            await side.GetByRole(AriaRole.Button, new() { Name = "Deaktiver kontoen" }).ClickAsync();
            await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Kontoen kan ikke deaktiveres ennå: personen er primær- eller sekundærkontakt på 2 åpne saker.");
            await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = "Overfør saker fra Lise Slutter" })).ToBeVisibleAsync();
            await Assertions.Expect(side.GetByText("Aktiv", new() { Exact = true })).ToBeVisibleAsync();
            await side.SjekkUniversellUtformingAsync();

            // Lise joins the team leader's follow-up team, so the team leader finds her under "Bo-oppfølgere".
            await side.GotoAsync($"/admin/brukere/{liseId}");
            var sentrum = side.GetByLabel("Bo-oppfølging sentrum (oppfølgingsteam)");
            await Assertions.Expect(sentrum).Not.ToBeCheckedAsync();
            await sentrum.CheckAsync();
            await side.GetByRole(AriaRole.Button, new() { Name = "Lagre team" }).ClickAsync();
            await Assertions.Expect(side.GetByRole(AriaRole.Status)).ToContainTextAsync("Teamene er lagret.");
            await Assertions.Expect(side.GetByLabel("Bo-oppfølging sentrum (oppfølgingsteam)")).ToBeCheckedAsync();
            await side.SjekkUniversellUtformingAsync();
        }

        await using var tlKontekst = await app.NyKontekstAsync();
        var tl = await tlKontekst.NewPageAsync();
        await tl.LoggInnAsync(Teamleder);
        await tl.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmeny" }).GetByRole(AriaRole.Link, new() { Name = "Bo-oppfølgere" }).ClickAsync();
        await tl.GetByRole(AriaRole.Link, new() { Name = "Lise Slutter" }).ClickAsync();
        await tl.GetByRole(AriaRole.Link, new() { Name = "Overfør saker fra Lise Slutter" }).ClickAsync();
        await Assertions.Expect(tl.Hovedoverskrift()).ToHaveTextAsync("Overfør saker fra Lise Slutter");
        await tl.SjekkUniversellUtformingAsync();

        // Aisha is already B's primærkontakt, and no reason is chosen: both refused, at their fields, with the choices kept.
        var tilA = tl.GetByLabel($"Ny primærkontakt for sak {a.Referanse}");
        var tilB = tl.GetByLabel($"Ny sekundærkontakt for sak {b.Referanse}");
        await Assertions.Expect(tilA.Locator("option", new() { HasTextRegex = new Regex("^Jonas Moe – ") })).ToHaveCountAsync(1);
        await tilA.SelectOptionAsync(new SelectOptionValue { Label = await Valg(tilA, "Aisha Rahman") });
        await tilB.SelectOptionAsync(new SelectOptionValue { Label = await Valg(tilB, "Aisha Rahman") });
        await tl.GetByRole(AriaRole.Button, new() { Name = "Overfør sakene" }).ClickAsync();
        await Assertions.Expect(tl.GetByRole(AriaRole.Alert)).ToContainTextAsync($"Sak {b.Referanse}: Aisha Rahman er allerede primærkontakt på saken");
        await Assertions.Expect(tl.GetByRole(AriaRole.Alert)).ToContainTextAsync("Velg hvorfor sakene overføres.");
        await Assertions.Expect(tilB).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(tilA.Locator("option:checked")).ToHaveTextAsync(new Regex("^Aisha Rahman"));
        await tl.SjekkUniversellUtformingAsync();

        await tilB.SelectOptionAsync(new SelectOptionValue { Label = await Valg(tilB, "Jonas Moe") });
        await tl.GetByRole(AriaRole.Radio, new() { Name = "Permisjon" }).CheckAsync();
        await tl.GetByLabel("Begrunnelse").FillAsync("Tilbake etter nyttår.");
        await tl.GetByRole(AriaRole.Button, new() { Name = "Overfør sakene" }).ClickAsync();
        await Assertions.Expect(tl.GetByRole(AriaRole.Status)).ToContainTextAsync(
            $"2 saker er overført: {a.Referanse} til Aisha Rahman (primærkontakt), {b.Referanse} til Jonas Moe (sekundærkontakt).");
        await Assertions.Expect(tl.GetByText("Lise Slutter er ikke primær- eller sekundærkontakt på noen åpne saker.", new() { Exact = false })).ToBeVisibleAsync();
        await tl.SjekkUniversellUtformingAsync();

        await tl.GotoAsync($"/saker/{a.Id}");
        var panel = tl.GetByRole(AriaRole.Region, new() { Name = "Oppfølging" });
        await Assertions.Expect(panel.GetByText("Aisha Rahman", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(panel.GetByText("Lise Slutter")).ToHaveCountAsync(0);
    }

    /// <summary>The full text of the option for <paramref name="navn"/> (the name and the room they have, which other tests change).</summary>
    private static async Task<string> Valg(ILocator nedtrekk, string navn) =>
        (await nedtrekk.Locator("option", new() { HasTextRegex = new Regex($"^{navn} – ") }).TextContentAsync())!;

    /// <summary>A bo-oppfølger of this test's own (the demo password), whose cases no other test touches.</summary>
    private async Task<(string Epost, Guid Id)> NyBoOppfolgerAsync(string fornavn, string etternavn)
    {
        Assert.SkipUnless(AppFixture.ChromiumFinnes, $"Chromium finnes ikke på {AppFixture.ChromiumSti}, så nettlesertesten hoppes over.");
        await using var scope = app.Services.CreateAsyncScope();
        var brukere = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var epost = Sidehjelp.UnikEpost(fornavn.ToLowerInvariant());
        var bruker = new ApplicationUser
        {
            UserName = epost, Email = epost, EmailConfirmed = true, Fornavn = fornavn, Etternavn = etternavn, Opprettet = DateTimeOffset.UtcNow,
        };
        Assert.True((await brukere.CreateAsync(bruker, Sidehjelp.DemoPassord)).Succeeded);
        Assert.True((await brukere.AddToRoleAsync(bruker, Roller.BoOppfolger)).Succeeded);
        return (epost, bruker.Id);
    }
}
