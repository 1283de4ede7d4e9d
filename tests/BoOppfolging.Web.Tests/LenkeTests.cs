using System.Net;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using BoOppfolging.Domain;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BoOppfolging.Web.Tests.AutorisasjonsmatriseTests;

namespace BoOppfolging.Web.Tests;

/// <summary>
/// The views and controllers write their URLs by hand (<c>href="/saker/…"</c>, <c>Redirect("/…")</c>), so
/// a renamed route would only show at run time. For every demo role this test walks the app from its
/// landing pages as a person clicking would: every local link a page renders is requested with GET
/// (redirects followed), none may answer 404 or 5xx, and 403 only where the authorization matrix says
/// the role may not use that action. Every form a page renders must post to a routed endpoint for its
/// method (checked against the app's own route table, without posting). Bounded: each URL once, at
/// most <see cref="MaksPerMonster"/> URLs of one shape (ids and query values aside), <see cref="MaksSider"/> in all.
/// </summary>
public sealed partial class LenkeTests(LenkeTests.App app) : IClassFixture<LenkeTests.App>
{
    private const int MaksSider = 400;
    private const int MaksPerMonster = 6;
    private static readonly Uri Rot = new("http://localhost/");

    /// <summary>The demo data, plus a sent letter on Ola's case and a draft on a case in screening, so letter pages are reached too.</summary>
    public sealed class App : BoOppfolgingApp
    {
        private readonly SemaphoreSlim _laas = new(1, 1);
        private bool _klar;

        public async Task ForberedAsync(CancellationToken ct)
        {
            await _laas.WaitAsync(ct);
            try
            {
                if (_klar) return;
                var saksbehandler = await LoggInnAsync("saksbehandler@demo.no");
                var (olasSak, iMottak) = await MedDbAsync(async db =>
                {
                    var ola = await db.Users.Where(u => u.Email == "ola.nordmann@demo.no").Select(u => u.PersonId).SingleAsync(ct);
                    return (await db.Saker.Where(s => s.PersonId == ola).Select(s => s.Id).FirstAsync(ct),
                        await db.Saker.Where(s => s.Status == Saksstatus.Mottakskontroll && s.ForelopigSvarSendt == null)
                            .OrderBy(s => s.Referanse).Select(s => s.Id).FirstAsync(ct));
                });
                using var sendt = await Testbrev.RegistrerSendtAsync(saksbehandler, await Testbrev.LagForelopigSvarAsync(saksbehandler, olasSak, ct), ct);
                if (sendt.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException("Brevet ble ikke registrert som sendt.");
                await Testbrev.LagForelopigSvarAsync(saksbehandler, iMottak, ct);
                _klar = true;
            }
            finally
            {
                _laas.Release();
            }
        }
    }

    public static TheoryData<string, string?> Brukere => new()
    {
        { Anonym, null },
        { Inn, "ola.nordmann@demo.no" },
        { Inn, "kari.nordmann@demo.no" },
        { Sb, "saksbehandler@demo.no" },
        { Vt, "vurderingsteam@demo.no" },
        { Bo, "bo-oppfolger@demo.no" },
        { Tl, "teamleder@demo.no" },
        { Adm, "admin@demo.no" },
    };

    [Theory]
    [MemberData(nameof(Brukere))]
    public async Task Hver_lenke_og_hvert_skjema_en_rolle_ser_forer_et_sted(string rolle, string? epost)
    {
        var ct = TestContext.Current.CancellationToken;
        await app.ForberedAsync(ct);
        var klient = epost is null ? app.NyKlient() : await app.LoggInnAsync(epost);
        var ruter = new Rutetabell(app.Services);
        var html = BrowsingContext.New(Configuration.Default);

        var ko = new Queue<(string Url, string Fra)>();
        ko.Enqueue(("/", "start"));
        if (epost is not null) ko.Enqueue(("/start", "start"));
        var besokt = new HashSet<string>(StringComparer.Ordinal);
        var perMonster = new Dictionary<string, int>(StringComparer.Ordinal);
        var skjemaer = new Dictionary<(string Metode, string Sti), string>();
        var avvik = new List<string>();
        var sider = 0;

        while (ko.TryDequeue(out var neste) && sider < MaksSider)
        {
            var (url, fra) = neste;
            if (!besokt.Add(url)) continue;
            var monster = Monster(url);
            if (perMonster.TryGetValue(monster, out var antall) && antall >= MaksPerMonster) continue;
            perMonster[monster] = antall + 1;
            sider++;

            using var svar = await klient.GetAsync(url, ct);
            var status = (int)svar.StatusCode;
            if (status is 404 or >= 500)
            {
                avvik.Add($"GET {url} (lenket fra {fra}) svarte {status}");
            }
            else if (status == 403)
            {
                if (ruter.Handling("GET", Sti(url)) is not { } handling)
                {
                    avvik.Add($"GET {url} (lenket fra {fra}) svarte 403, og ingen handling tar imot den");
                }
                else if (Matrise[Nokkel(handling)].Contains(rolle))
                {
                    avvik.Add($"GET {url} (lenket fra {fra}) svarte 403, men matrisen gir {rolle} tilgang til {Nokkel(handling)}");
                }
            }
            else if (status is >= 300 and < 400 && svar.Headers.Location is { } til && Lokal(new Uri(new Uri(Rot, url), til)) is { } videre)
            {
                ko.Enqueue((videre, $"{url} (videresending)"));
            }
            else if (status == 200 && svar.Content.Headers.ContentType?.MediaType == "text/html")
            {
                var side = await html.OpenAsync(r => r.Content(svar.Content.ReadAsStream(ct)).Address(new Uri(Rot, url).AbsoluteUri), ct);
                foreach (var element in side.QuerySelectorAll("[href]"))
                {
                    if (Lokal(new Uri(new Uri(Rot, url), element.GetAttribute("href"))) is { } lenke) ko.Enqueue((lenke, url));
                }

                foreach (var skjema in side.QuerySelectorAll<IHtmlFormElement>("form"))
                {
                    // Action and method as the browser takes them (no action: the page itself; no method: GET).
                    if (Lokal(new Uri(new Uri(Rot, url), skjema.GetAttribute("action") ?? "")) is { } mal)
                    {
                        skjemaer.TryAdd((skjema.Method.ToUpperInvariant(), Sti(mal)), url);
                    }
                }
            }
        }

        foreach (var ((metode, sti), fra) in skjemaer)
        {
            if (ruter.Handling(metode, sti) is null) avvik.Add($"Skjemaet på {fra} sender {metode} {sti}, som ingen rute tar imot");
        }

        Assert.True(sider > (epost is null ? 3 : 8) && skjemaer.Count > 0, $"Bare {sider} sider og {skjemaer.Count} skjemaer for {rolle}: kommer gjennomgangen i gang?");
        TestContext.Current.TestOutputHelper?.WriteLine($"{rolle} ({epost ?? "ikke innlogget"}): {sider} sider, {skjemaer.Count} skjemaer");
        Assert.True(avvik.Count == 0, $"{rolle} ({epost ?? "ikke innlogget"}), {sider} sider, {skjemaer.Count} skjemaer:\n" + string.Join('\n', avvik));
    }

    /// <summary>A local URL as path and query (no fragment), or null for another host, scheme or a download of static files.</summary>
    private static string? Lokal(Uri uri) =>
        uri.Scheme == Rot.Scheme && uri.Host == Rot.Host && uri.Port == Rot.Port ? uri.PathAndQuery : null;

    private static string Sti(string url) => url.Split('?')[0];

    /// <summary>The URL's shape: ids as {id}, query values dropped. One shape is visited a few times, not for every case.</summary>
    private static string Monster(string url)
    {
        var deler = url.Split('?', 2);
        var sti = GuidMonster().Replace(deler[0], "{id}");
        var nokler = deler.Length == 2
            ? string.Join('&', deler[1].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal))
            : "";
        return sti + "?" + nokler;
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidMonster();

    /// <summary>The app's own routes: which controller action, if any, takes a method and path.</summary>
    private sealed class Rutetabell(IServiceProvider services)
    {
        private readonly List<RouteEndpoint> _endepunkter = [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];
        private readonly IInlineConstraintResolver _begrensninger = services.GetRequiredService<IInlineConstraintResolver>();

        public ControllerActionDescriptor? Handling(string metode, string sti) =>
            _endepunkter.Where(e => Tar(e, metode, sti)).Select(e => e.Metadata.GetMetadata<ControllerActionDescriptor>()).FirstOrDefault(a => a is not null);

        private bool Tar(RouteEndpoint endepunkt, string metode, string sti)
        {
            var metoder = endepunkt.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if (metoder is { Count: > 0 } && !metoder.Contains(metode, StringComparer.OrdinalIgnoreCase)) return false;
            var verdier = new RouteValueDictionary();
            var matcher = new TemplateMatcher(new RouteTemplate(endepunkt.RoutePattern), new RouteValueDictionary(endepunkt.RoutePattern.Defaults));
            if (!matcher.TryMatch(new PathString(sti), verdier)) return false;
            return endepunkt.RoutePattern.Parameters.All(p => p.ParameterPolicies.All(policy =>
                policy.Content is null
                || _begrensninger.ResolveConstraint(policy.Content) is not { } begrensning
                || begrensning.Match(null, null, p.Name, verdier, RouteDirection.IncomingRequest)));
        }
    }
}
