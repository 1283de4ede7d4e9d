using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// axe (WCAG 2.0 and 2.1, levels A and AA), once per distinct page in a test run. A test calls
/// <see cref="SjekkUniversellUtformingAsync"/> on every page it passes and after every form error;
/// the first call for a page runs axe, later calls for the same page (another case, another test)
/// return at once. Test classes run in parallel, so the pages checked are a concurrent set.
/// </summary>
public static partial class Tilgjengelighet
{
    // Only violations are needed: skipping the details of passes and the rest makes each run cheaper.
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    private static readonly ConcurrentDictionary<string, bool> Sjekket = new(StringComparer.Ordinal);
    private static int _kall;

    /// <summary>Every distinct page axe has checked in this run, sorted (the browser fixture writes them out at the end).</summary>
    public static IReadOnlyList<string> SjekkedeSider => [.. Sjekket.Keys.Order(StringComparer.Ordinal)];

    /// <summary>How many times a test asked for a check, against <see cref="SjekkedeSider"/> actually run.</summary>
    public static int AntallKall => _kall;

    /// <summary>
    /// Fails with a readable list of every violation: rule id, help text, and the elements' selectors.
    /// Runs axe only the first time this run meets the page (<see cref="SidenokkelAsync"/>). <paramref name="tilstand"/> names
    /// a part the page shows only in some states (the citizen's case page once a vedtak is sent): the page in that state is
    /// then a page of its own, checked even when a test without it met the page first.
    /// </summary>
    public static async Task SjekkUniversellUtformingAsync(this IPage side, string? tilstand = null)
    {
        Interlocked.Increment(ref _kall);
        var nokkel = await SidenokkelAsync(side) + (tilstand is null ? "" : $" ({tilstand})");
        if (!Sjekket.TryAdd(nokkel, true)) return;
        try
        {
            await KjorAxeAsync(side);
        }
        catch
        {
            // Not checked after all: the next test that meets the page checks it again (and fails too, if the page is at fault).
            Sjekket.TryRemove(nokkel, out _);
            throw;
        }
    }

    /// <summary>
    /// What makes a page distinct: its path with ids and case references replaced (every case page is
    /// one page), its title with references replaced (the same address shows another view when the
    /// answer is 404 or 403, and the work list is titled by role), and whether it shows an error (the
    /// form's error summary or another alert), so each form is checked in its error state too.
    /// </summary>
    public static async Task<string> SidenokkelAsync(IPage side)
    {
        var sti = Normaliser(new Uri(side.Url).AbsolutePath);
        var tittel = Normaliser(await side.TitleAsync());
        var feil = await side.GetByRole(AriaRole.Alert).CountAsync() > 0;
        return $"{sti} «{tittel}»{(feil ? " med feilmelding" : "")}";
    }

    private static string Normaliser(string tekst) =>
        Saksreferanse().Replace(Id().Replace(tekst, "{id}"), "{referanse}");

    private static async Task KjorAxeAsync(IPage side)
    {
        var resultat = await side.RunAxe(Wcag21AA);
        if (resultat.Violations.Length == 0) return;

        var tekst = new StringBuilder();
        tekst.AppendLine($"axe fant {resultat.Violations.Length} brudd på WCAG 2.1 A/AA på {side.Url}:");
        foreach (var brudd in resultat.Violations)
        {
            tekst.AppendLine($"- {brudd.Id} ({brudd.Impact}): {brudd.Help} – {brudd.HelpUrl}");
            foreach (var node in brudd.Nodes)
            {
                tekst.AppendLine($"    {node.Target}  {node.Html}");
                var forklaring = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? [])
                    .Select(s => s.Message).Where(m => !string.IsNullOrEmpty(m)).Distinct();
                foreach (var linje in forklaring)
                {
                    tekst.AppendLine($"      {linje}");
                }
            }
        }

        Assert.Fail(tekst.ToString());
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Id();

    [GeneratedRegex(@"BO-\d{4}-\d+")]
    private static partial Regex Saksreferanse();
}
