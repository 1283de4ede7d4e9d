using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using BoOppfolging.Application.Audit;
using BoOppfolging.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace BoOppfolging.Web.Tests.Infrastruktur;

/// <summary>
/// The whole app in process, on its own real SQLite file in its own temp folder, with the demo
/// accounts (Development). Every log event is captured for the tests that read the log.
/// </summary>
public class BoOppfolgingApp : WebApplicationFactory<Program>
{
    public const string DemoPassord = "Demo-passord-2026";

    private readonly string _dataMappe = Path.Combine(Path.GetTempPath(), "bo-webtest-" + Guid.NewGuid().ToString("N"));

    public FangetLogg Logg { get; } = new();

    protected virtual string Miljo => "Development";

    /// <summary>Outside Development the app encrypts its Data Protection keys with a certificate (Production requires it).</summary>
    protected virtual bool MedNokkelsertifikat => Miljo != "Development";

    /// <summary>The certificate the keys are protected with, made once per app (every host of it must read the same keys).</summary>
    public Testsertifikat? Nokkelsertifikat { get; private set; }

    /// <summary>
    /// Whether this app starts from a copy of the shared start database (migrated, demo data seeded once for the whole test run)
    /// instead of migrating and seeding its own: the same data, made once instead of once per test class. An app that replaces
    /// a service the start-up uses (the document store, say) or runs outside Development makes its own.
    /// </summary>
    protected virtual bool FraStartdatabase => Miljo == "Development";

    /// <summary>The folder the start database is made in, once per test run; it is removed when the run ends.</summary>
    private static readonly Lazy<string> Startmappe = new(LagStartmappe, LazyThreadSafetyMode.ExecutionAndPublication);

    private bool _beholdMappe;

    private static string LagStartmappe()
    {
        using var mal = new BoOppfolgingApp { _beholdMappe = true };
        _ = mal.Services; // starts the host: migrations, letter texts, demo data
        if (mal.Services.GetService<ILeseauditko>() is { } leseko) leseko.SkrivKoenAsync(CancellationToken.None).GetAwaiter().GetResult();
        var mappe = mal._dataMappe;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(mappe, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        };
        return mappe;
    }

    private static void Kopier(string fra, string til)
    {
        Directory.CreateDirectory(til);
        foreach (var fil in Directory.GetFiles(fra)) File.Copy(fil, Path.Combine(til, Path.GetFileName(fil)));
        foreach (var mappe in Directory.GetDirectories(fra)) Kopier(mappe, Path.Combine(til, Path.GetFileName(mappe)));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (FraStartdatabase && !_beholdMappe && !Directory.Exists(_dataMappe)) Kopier(Startmappe.Value, _dataMappe);
        builder.UseEnvironment(Miljo);
        builder.UseSetting("Database:DataMappe", _dataMappe);
        if (MedNokkelsertifikat)
        {
            Nokkelsertifikat ??= Testsertifikat.Lag(_dataMappe);
            builder.UseSetting("DataProtection:Sertifikat:Sti", Nokkelsertifikat.Sti);
            builder.UseSetting("DataProtection:Sertifikat:Passord", Nokkelsertifikat.Passord);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<ILogEventSink>(Logg);
            // Test speed only: the demo accounts are hashed at start-up with this count, and every log-in verifies with the count
            // stored in the hash. The app's own count (Identity's default) is untouched; the tests log in hundreds of times.
            services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(o => o.IterationCount = 1_000);
        });
    }

    public HttpClient NyKlient(string baseAddress = "http://localhost") =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress) });

    /// <summary>Logs in through the real log-in form and returns a client holding the cookie.</summary>
    public async Task<HttpClient> LoggInnAsync(string epost, string passord = DemoPassord, string baseAddress = "http://localhost")
    {
        var klient = NyKlient(baseAddress);
        var svar = await klient.PostSkjemaAsync("/konto/logg-inn", new() { ["Epost"] = epost, ["Passord"] = passord });
        if (svar.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Innlogging feilet for testkonto: {(int)svar.StatusCode}");
        }

        return klient;
    }

    /// <summary>Works on the database as it stands once the read entries waiting for the audit log are moved into it (Leseauditko).</summary>
    public async Task<T> MedDbAsync<T>(Func<AppDbContext, Task<T>> arbeid)
    {
        if (Services.GetService<ILeseauditko>() is { } leseko) await leseko.SkrivKoenAsync(CancellationToken.None);
        await using var scope = Services.CreateAsyncScope();
        return await arbeid(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (!_beholdMappe) Directory.Delete(_dataMappe, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

/// <summary>Collects every log event the app writes.</summary>
public sealed class FangetLogg : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _hendelser = new();

    public IReadOnlyCollection<LogEvent> Hendelser => _hendelser;

    public void Emit(LogEvent logEvent) => _hendelser.Enqueue(logEvent);

    /// <summary>
    /// The request log line is written after the response has gone to the client, so a test that
    /// reads the log straight after a request can be ahead of it. Waits (up to 10 s) until the
    /// expected event has arrived; not a speed check, only an ordering one.
    /// </summary>
    public async Task<IReadOnlyList<LogEvent>> VentPaaAsync(Func<LogEvent, bool> finnes)
    {
        using var tidsavbrudd = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!_hendelser.Any(finnes) && !tidsavbrudd.IsCancellationRequested)
        {
            await Task.Delay(20, CancellationToken.None);
        }

        return [.. _hendelser];
    }

    /// <summary>Everything a log line could carry: rendered message, properties and exception.</summary>
    public string AltSomTekst() => string.Join('\n', _hendelser.Select(e =>
        e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + " " +
        string.Join(' ', e.Properties.Select(p => $"{p.Key}={p.Value}")) + " " + e.Exception));
}

public static partial class HttpKlientUtvidelser
{
    /// <summary>GETs the form page first to pick up the antiforgery cookie and token, then POSTs the form.</summary>
    public static async Task<HttpResponseMessage> PostSkjemaAsync(
        this HttpClient klient, string sti, Dictionary<string, string> felt, string? skjemaSide = null)
    {
        var token = await HentAntiforgeryTokenAsync(klient, skjemaSide ?? sti);
        felt["__RequestVerificationToken"] = token;
        return await klient.PostAsync(sti, new FormUrlEncodedContent(felt));
    }

    public static async Task<string> HentAntiforgeryTokenAsync(this HttpClient klient, string side)
    {
        var html = await klient.GetStringAsync(side);
        return AntiforgeryTokenI(html, side);
    }

    /// <summary>The antiforgery token of the (first) form in a page's HTML.</summary>
    public static string AntiforgeryTokenI(string html, string side)
    {
        var treff = AntiforgeryToken().Match(html);
        return treff.Success ? WebUtility.HtmlDecode(treff.Groups[1].Value)
            : throw new InvalidOperationException($"Fant ikke antiforgery-token på {side}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
