using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>axe (WCAG 2.0 and 2.1, levels A and AA) on the page as it is now.</summary>
public static class Tilgjengelighet
{
    // Only violations are needed: skipping the details of passes and the rest makes each run cheaper.
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>Fails with a readable list of every violation: rule id, help text, and the elements' selectors.</summary>
    public static async Task SjekkUniversellUtformingAsync(this IPage side)
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
}
