using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Identity;
using BoOppfolging.Infrastructure.Persistence;
using BoOppfolging.Infrastructure.Saksbygging;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(BoOppfolging.E2E.AppFixture))]

namespace BoOppfolging.E2E;

/// <summary>
/// The real app, started once per test run: Development (demo data, two-factor not forced), its own
/// fresh SQLite folder under the temp directory, served by Kestrel on a free loopback port. Plus one
/// Playwright and one Chromium: Debian's own, never a downloaded one. Each test makes its own browser
/// context (own cookies) with <see cref="NyKontekstAsync"/> and disposes it, so test classes run in parallel.
/// A test that needs a case in a given state gets it from <see cref="SakAsync"/>, not by clicking its way there.
/// </summary>
public sealed class AppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ChromiumSti = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgumenter =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly string _dataMappe = Directory.CreateTempSubdirectory("booppfolging-e2e-").FullName;
    private IPlaywright? _playwright;
    private IBrowser? _nettleser;

    public static bool ChromiumFinnes => File.Exists(ChromiumSti);

    /// <summary>The pickup folder where the app drops every e-mail it sends (.eml files).</summary>
    public string EpostMappe => Path.Combine(_dataMappe, "epost");

    /// <summary>The app's address on loopback, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:DataMappe", _dataMappe);
        // Test speed only: the demo accounts are hashed at start-up with this count, and every log-in verifies with the count
        // stored in the hash. The app's own count (Identity's default) is untouched; the browser tests log in about a hundred times.
        builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
    }

    public async ValueTask InitializeAsync()
    {
        // Without Chromium every test skips itself (see NyKontekstAsync); no need to start anything.
        if (!ChromiumFinnes) return;

        UseKestrel(0);
        StartServer();
        BaseUrl = ClientOptions.BaseAddress.ToString().TrimEnd('/');

        // Two cores share the app, Chromium and axe while classes run in parallel: allow a loaded machine some time.
        Assertions.SetDefaultExpectTimeout(15_000);

        _playwright = await Playwright.CreateAsync();
        _nettleser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumSti,
            Headless = true,
            Args = ChromiumArgumenter,
        });
    }

    /// <summary>
    /// A fresh browser context for one test (Norwegian locale, the app as base address). The caller
    /// disposes it. Skips the calling test, with the reason, when Chromium is not installed.
    /// </summary>
    public async Task<IBrowserContext> NyKontekstAsync()
    {
        Assert.SkipUnless(ChromiumFinnes,
            $"Chromium finnes ikke på {ChromiumSti}, så nettlesertesten hoppes over. Installer Debian-pakken chromium (CI gjør det).");
        var kontekst = await _nettleser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "nb-NO" });
        kontekst.SetDefaultTimeout(15_000);
        return kontekst;
    }

    /// <summary>
    /// The seeding entry point: a case built inside the running app by the one case builder
    /// (<see cref="Saksbygger"/>, the domain's own steps), in the state and for the users the test names
    /// by e-mail, e.g. <c>new() { Status = Saksstatus.TilVurdering, Saksbehandler = "saksbehandler@demo.no" }</c>
    /// or <c>new() { Innbygger = "ola.nordmann@demo.no" }</c>. Use it for every state a test only needs
    /// to start from; each phase keeps one journey done by hand in the browser.
    /// </summary>
    public async Task<ByggetSak> SakAsync(Saksbestilling bestilling)
    {
        Assert.SkipUnless(ChromiumFinnes, $"Chromium finnes ikke på {ChromiumSti}, så nettlesertesten hoppes over.");
        await using var scope = Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<Saksoppretter>(scope.ServiceProvider)
            .OpprettAsync(bestilling, TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// A case in mapping on the demo vurderingsteam, for the team's pages: sent to the team by the demo saksbehandler,
    /// started by a vurderingsmøte of the demo member (vurderingsteam@demo.no) and with a finished IPLOS assessment on the
    /// current list, so only what the test does by hand is left.
    /// </summary>
    public async Task<ByggetSak> SakIKartleggingAsync()
    {
        Assert.SkipUnless(ChromiumFinnes, $"Chromium finnes ikke på {ChromiumSti}, så nettlesertesten hoppes over.");
        Iplosliste liste;
        Guid vurderer;
        await using (var scope = Services.CreateAsyncScope())
        {
            liste = await scope.ServiceProvider.GetRequiredService<Application.Kartlegging.IIploskatalog>().GjeldendeAsync(TestContext.Current.CancellationToken);
            vurderer = await ActivatorUtilities.CreateInstance<Saksoppretter>(scope.ServiceProvider)
                .BrukerIdAsync("vurderingsteam@demo.no", TestContext.Current.CancellationToken);
        }

        return await SakAsync(new Saksbestilling
        {
            Status = Saksstatus.TilVurdering,
            Saksbehandler = "saksbehandler@demo.no",
            Steg = b => b.Som(vurderer).StartKartlegging().FerdigIplosvurdering(liste),
        });
    }

    /// <summary>
    /// A new account with the vurderingsteam role (the demo password) in a team of its own that is not the demo's
    /// vurderingsteam: someone who must not see that team's cases. The team is not of the vurderingsteam type, so
    /// the intake's choice of team stays the demo's one for the tests that rely on it. Returns the e-mail address.
    /// </summary>
    public async Task<string> MedlemAvEtAnnetTeamAsync()
    {
        Assert.SkipUnless(ChromiumFinnes, $"Chromium finnes ikke på {ChromiumSti}, så nettlesertesten hoppes over.");
        await using var scope = Services.CreateAsyncScope();
        var brukere = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var epost = Sidehjelp.UnikEpost("vurderer");
        var bruker = new ApplicationUser
        {
            UserName = epost, Email = epost, EmailConfirmed = true, Fornavn = "Vera", Etternavn = "Annetteam", Opprettet = DateTimeOffset.UtcNow,
        };
        Assert.True((await brukere.CreateAsync(bruker, Sidehjelp.DemoPassord)).Succeeded);
        Assert.True((await brukere.AddToRoleAsync(bruker, Roller.Vurderingsteam)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var team = new Team("Team nord " + Guid.NewGuid().ToString("N")[..6], Teamtype.BoOppfolging);
        team.LeggTilMedlem(bruker.Id);
        db.Team.Add(team);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return epost;
    }

    public override async ValueTask DisposeAsync()
    {
        if (ChromiumFinnes)
        {
            // Which pages axe checked this run, for whoever wants to see that every page and its error state is covered.
            await File.WriteAllLinesAsync(
                Path.Combine(AppContext.BaseDirectory, "axe-sider.txt"),
                [$"{Tilgjengelighet.SjekkedeSider.Count} sider sjekket med axe, {Tilgjengelighet.AntallKall} ganger spurt:", .. Tilgjengelighet.SjekkedeSider]);
        }

        if (_nettleser is not null) await _nettleser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataMappe, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
