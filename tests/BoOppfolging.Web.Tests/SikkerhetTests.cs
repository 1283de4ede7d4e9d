using System.Net;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.Extensions.DependencyInjection;

namespace BoOppfolging.Web.Tests;

public sealed class SikkerhetTests(BoOppfolgingApp app) : IClassFixture<BoOppfolgingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/konto/logg-inn")]
    [InlineData("/health")]
    [InlineData("/finnes-ikke")]
    public async Task Hvert_svar_har_sikkerhetshodene(string sti)
    {
        using var svar = await app.NyKlient().GetAsync(sti, Ct);

        var csp = string.Join(' ', svar.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(svar.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(svar.Headers.GetValues("Referrer-Policy")));
        Assert.True(svar.Headers.Contains("X-Correlation-Id"));
    }

    [Theory]
    [InlineData("/saker")]
    [InlineData("/mine-saker")]
    [InlineData("/admin/brukere")]
    [InlineData("/konto/endre-passord")]
    public async Task Anonym_bruker_sendes_til_innlogging(string sti)
    {
        using var svar = await app.NyKlient().GetAsync(sti, Ct);

        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        Assert.Contains("/konto/logg-inn?ReturnUrl=", svar.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/saker")]
    [InlineData("/admin/brukere")]
    [InlineData("/admin/brukere/ny")]
    public async Task Innbygger_faar_403_paa_sider_for_ansatte(string sti)
    {
        var klient = await app.LoggInnAsync("ola.nordmann@demo.no");

        using var svar = await klient.GetAsync(sti, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, svar.StatusCode);
        Assert.Contains("Du har ikke tilgang til denne siden", await svar.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Innbygger_faar_404_paa_en_annen_innbyggers_sak()
    {
        var karisSak = await app.MedDbAsync(async db =>
        {
            var kari = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                db.Users, u => u.Email == "kari.nordmann@demo.no", Ct);
            return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
                db.Saker, s => s.PersonId == kari.PersonId, Ct);
        });
        var ola = await app.LoggInnAsync("ola.nordmann@demo.no");
        var kari = await app.LoggInnAsync("kari.nordmann@demo.no");

        using var forOla = await ola.GetAsync($"/mine-saker/{karisSak.Id}", Ct);
        using var forKari = await kari.GetAsync($"/mine-saker/{karisSak.Id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, forOla.StatusCode);
        Assert.DoesNotContain(karisSak.Referanse, await forOla.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, forKari.StatusCode);
        Assert.Contains(karisSak.Referanse, await forKari.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_uten_antiforgery_token_avvises()
    {
        var klient = await app.LoggInnAsync("admin@demo.no");

        using var svar = await klient.PostAsync("/admin/brukere/ny", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Fornavn"] = "Forfalsket", ["Etternavn"] = "Innsending", ["Epost"] = "forfalsket@demo.no", ["Roller"] = "Saksbehandler",
        }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, svar.StatusCode);
        Assert.False(await app.MedDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
            db.Users, u => u.Email == "forfalsket@demo.no", Ct)));
    }

    [Fact]
    public async Task Helsesjekken_melder_databasens_tilstand()
    {
        using var svar = await app.NyKlient().GetAsync("/health", Ct);

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Contains("\"database\":\"Healthy\"", await svar.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ukjent_side_gir_norsk_404_side()
    {
        using var svar = await app.NyKlient().GetAsync("/finnes-ikke", Ct);
        var html = await svar.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.NotFound, svar.StatusCode);
        Assert.Contains("<html lang=\"nb\">", html, StringComparison.Ordinal);
        Assert.Contains("Fant ikke siden", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deaktivert_konto_kan_ikke_logge_inn()
    {
        var admin = await app.LoggInnAsync("admin@demo.no");
        var epost = $"deaktiveres-{Guid.NewGuid():N}@demo.no";
        using var opprettet = await admin.PostSkjemaAsync("/admin/brukere/ny", new()
        {
            ["Fornavn"] = "Deaktiver", ["Etternavn"] = "Meg", ["Epost"] = epost, ["Roller"] = "BoOppfolger",
        });
        Assert.Equal(HttpStatusCode.Redirect, opprettet.StatusCode);
        var id = opprettet.Headers.Location!.OriginalString.Split('/').Last();
        await app.MedDbAsync(async db =>
        {
            // The new employee has chosen a password (through the e-mailed link in real life).
            using var scope = app.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<BoOppfolging.Infrastructure.Identity.ApplicationUser>>();
            var bruker = await users.FindByIdAsync(id);
            await users.AddPasswordAsync(bruker!, "Riktig-passord-1");
            return 0;
        });
        await app.LoggInnAsync(epost, "Riktig-passord-1");

        using var deaktivert = await admin.PostSkjemaAsync($"/admin/brukere/{id}/deaktiver", [], $"/admin/brukere/{id}");
        Assert.Equal(HttpStatusCode.Redirect, deaktivert.StatusCode);

        var klient = app.NyKlient();
        using var forsok = await klient.PostSkjemaAsync("/konto/logg-inn", new() { ["Epost"] = epost, ["Passord"] = "Riktig-passord-1" });
        Assert.Equal(HttpStatusCode.OK, forsok.StatusCode);
        Assert.Contains("Du kan ikke logge inn med denne kontoen", await forsok.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registrering_med_en_annens_fodselsnummer_gir_ikke_tilgang_til_den_andres_saker()
    {
        // Someone who knows Kari's fødselsnummer registers a local account with it.
        var (karisSak, karisFnr) = await app.MedDbAsync(async db =>
        {
            var kari = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                db.Users, u => u.Email == "kari.nordmann@demo.no", Ct);
            var person = await db.Personer.FindAsync([kari.PersonId], Ct);
            var sak = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
                db.Saker, s => s.PersonId == kari.PersonId, Ct);
            return (sak, person!.Fodselsnummer!);
        });
        var epost = $"utgir-seg-for-kari-{Guid.NewGuid():N}@demo.no";
        var klient = app.NyKlient();

        using var registrert = await klient.PostSkjemaAsync("/konto/registrer", new()
        {
            ["Fornavn"] = "Kari", ["Etternavn"] = "Nordmann", ["Fodselsnummer"] = karisFnr,
            ["Epost"] = epost, ["Passord"] = "Hemmelig-passord-1", ["BekreftPassord"] = "Hemmelig-passord-1",
        });

        // Same answer as for anyone: registration reveals nothing about whether the number is known.
        Assert.Equal(HttpStatusCode.Redirect, registrert.StatusCode);
        var falsk = await app.LoggInnAsync(epost, "Hemmelig-passord-1");
        var liste = await falsk.GetStringAsync("/mine-saker", Ct);
        Assert.DoesNotContain(karisSak.Referanse, liste, StringComparison.Ordinal);
        using var sak = await falsk.GetAsync($"/mine-saker/{karisSak.Id}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, sak.StatusCode);
        var (kontoensPerson, karisPerson) = await app.MedDbAsync(async db =>
        {
            var ny = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Users, u => u.Email == epost, Ct);
            var kari = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Users, u => u.Email == "kari.nordmann@demo.no", Ct);
            return (ny.PersonId, kari.PersonId);
        });
        Assert.NotEqual(karisPerson, kontoensPerson);
    }
}
