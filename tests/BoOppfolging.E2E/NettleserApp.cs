using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(BoOppfolging.E2E.NettleserApp))]

namespace BoOppfolging.E2E;

/// <summary>
/// The real app on a free loopback port (its own SQLite file, demo data), started once per test
/// run, and one Chromium (Debian's, never a downloaded one). Each test gets its own browser context.
/// </summary>
public sealed class NettleserApp : IAsyncLifetime
{
    public const string ChromiumSti = "/usr/bin/chromium";
    public const string Passord = "Demo-passord-2026";

    private readonly string _dataMappe = Path.Combine(Path.GetTempPath(), "bo-e2e-" + Guid.NewGuid().ToString("N"));
    private Fabrikk? _fabrikk;
    private IPlaywright? _playwright;
    private IBrowser? _nettleser;

    public string BaseUrl { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumSti)) return;
        _fabrikk = new Fabrikk(_dataMappe);
        _fabrikk.UseKestrel(0);
        _fabrikk.StartServer();
        BaseUrl = _fabrikk.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        _nettleser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumSti,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>A fresh browser context (own cookies) for one test. Skips the test when Chromium is missing.</summary>
    public async Task<IPage> NySideAsync()
    {
        Assert.SkipUnless(File.Exists(ChromiumSti), $"Chromium finnes ikke på {ChromiumSti}; nettlesertestene hoppes over (CI installerer den).");
        var kontekst = await _nettleser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "nb-NO" });
        return await kontekst.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_nettleser is not null) await _nettleser.DisposeAsync();
        _playwright?.Dispose();
        if (_fabrikk is not null) await _fabrikk.DisposeAsync();
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_dataMappe, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private sealed class Fabrikk(string dataMappe) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:DataMappe", dataMappe);
        }
    }
}

public static class SideUtvidelser
{
    /// <summary>axe with WCAG 2.1 A and AA; fails with a readable list of every violation.</summary>
    public static async Task SjekkTilgjengelighetAsync(this IPage side)
    {
        var resultat = await side.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var brudd = resultat.Violations.Select(v =>
            $"{v.Id}: {v.Help} [{string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}]");
        Assert.True(resultat.Violations.Length == 0, $"axe fant brudd på {side.Url}:\n{string.Join('\n', brudd)}");
    }

    public static async Task LoggInnAsync(this IPage side, string epost, string passord = NettleserApp.Passord)
    {
        await side.GotoAsync("/konto/logg-inn");
        await side.GetByLabel("E-postadresse").FillAsync(epost);
        await side.GetByLabel("Passord", new() { Exact = true }).FillAsync(passord);
        await side.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true }).ClickAsync();
    }
}
