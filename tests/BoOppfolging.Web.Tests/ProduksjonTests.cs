using System.Net;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Demo;
using BoOppfolging.Infrastructure.Identity;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoOppfolging.Web.Tests;

/// <summary>The app as a municipality runs it: no demo data, two-factor for staff, no test numbers.</summary>
public sealed class ProduksjonTests(ProduksjonTests.App app) : IClassFixture<ProduksjonTests.App>
{
    public sealed class App : BoOppfolgingApp
    {
        protected override string Miljo => "Production";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Demo:Opprett", "true");
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Only the demo accounts: another test in this class creates a staff account of its own, and the
    // tests of a class share one app and run in no fixed order.
    private static readonly List<string> DemoEposter = [.. DemoSeeder.Kontoer.Select(k => k.Epost)];

    [Fact]
    public async Task Ingen_demokontoer_eller_demodata_finnes_i_produksjon()
    {
        app.NyKlient().Dispose();
        Assert.False(await app.MedDbAsync(db => db.Users.AnyAsync(u => DemoEposter.Contains(u.Email!), Ct)));
        Assert.False(await app.MedDbAsync(db => db.Saker.AnyAsync(Ct)));
    }

    [Fact]
    public async Task Demodata_kan_ikke_opprettes_i_produksjon_selv_om_noen_prover()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => seeder.SeedAsync(Ct));
        Assert.False(await scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.AppDbContext>().Users
            .AnyAsync(u => DemoEposter.Contains(u.Email!), Ct));
    }

    [Fact]
    public async Task Ansatt_uten_tofaktor_maa_sette_det_opp_for_noe_annet()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var bruker = new ApplicationUser { UserName = "ny.ansatt@kommune.no", Email = "ny.ansatt@kommune.no", Fornavn = "Ny", Etternavn = "Ansatt" };
            Assert.True((await users.CreateAsync(bruker, "Sterkt-passord-1")).Succeeded);
            Assert.True((await users.AddToRoleAsync(bruker, Roller.Saksbehandler)).Succeeded);
        }

        var klient = await app.LoggInnAsync("ny.ansatt@kommune.no", "Sterkt-passord-1", "https://localhost");
        using var saker = await klient.GetAsync("/saker", Ct);

        Assert.Equal(HttpStatusCode.Redirect, saker.StatusCode);
        Assert.Equal("/konto/tofaktor", saker.Headers.Location!.OriginalString);
        using var oppsett = await klient.GetAsync("/konto/tofaktor", Ct);
        Assert.Contains("må du sette opp innlogging i to trinn", await oppsett.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Syntetisk_testnummer_godtas_ikke_i_produksjon()
    {
        var klient = app.NyKlient("https://localhost");
        using var svar = await klient.PostSkjemaAsync("/konto/registrer", new()
        {
            ["Fornavn"] = "Test", ["Etternavn"] = "Nummer", ["Fodselsnummer"] = Fodselsnummer.LagSyntetisk(new DateOnly(1980, 1, 1), 200),
            ["Epost"] = "test.nummer@demo.no", ["Passord"] = "Sterkt-passord-1", ["BekreftPassord"] = "Sterkt-passord-1",
        });

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Contains("Testnummer kan ikke brukes her.", await svar.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public void Produksjon_uten_sertifikat_for_noklene_starter_ikke()
    {
        using var uten = new AppUtenNokkelsertifikat();

        var feil = Assert.ThrowsAny<Exception>(() => uten.NyKlient("https://localhost"));

        Assert.Contains("DataProtection:Sertifikat:Sti", feil.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Noklene_lagres_kryptert_med_sertifikatet_og_en_annen_instans_kan_lese_dem()
    {
        // A form page: its antiforgery token makes the first key if there is none yet.
        using var forste = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        using var side = await forste.GetAsync("/konto/logg-inn", Ct);
        var token = HttpKlientUtvidelser.AntiforgeryTokenI(await side.Content.ReadAsStringAsync(Ct), "/konto/logg-inn");
        var informasjonskapsler = string.Join("; ", side.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        var nokler = await app.MedDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync(Ct));
        var sertifikat = Convert.ToBase64String(app.Nokkelsertifikat!.Offentlig);
        Assert.NotEmpty(nokler);
        Assert.All(nokler, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.Contains(sertifikat, xml, StringComparison.Ordinal); // encrypted to this certificate
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("unencrypted", xml, StringComparison.Ordinal);
        });

        // A second instance on the same database reads the keys (decrypted with the certificate), so it
        // accepts the first one's antiforgery cookie and token, and makes no key of its own.
        await using var andre = app.WithWebHostBuilder(_ => { });
        using var andreKlient = andre.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        using var post = new HttpRequestMessage(HttpMethod.Post, "/konto/logg-inn")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Epost"] = "ingen.her@kommune.no", ["Passord"] = "Feil-passord-1", ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", informasjonskapsler);
        using var svar = await andreKlient.SendAsync(post, Ct);

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode); // the form again with its error; 400 if the token could not be read
        Assert.Equal(nokler.Count, await app.MedDbAsync(db => db.DataProtectionKeys.CountAsync(Ct)));
    }

    public sealed class AppUtenNokkelsertifikat : BoOppfolgingApp
    {
        protected override string Miljo => "Production";
        protected override bool MedNokkelsertifikat => false;
    }
}
