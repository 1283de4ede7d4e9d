using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>
/// Moving through a page as a person without a mouse does: Tab and Shift+Tab to a control, arrow
/// keys inside a radio group, Space to tick, Enter to follow a link or press a button, and typing
/// into the field that has focus. Nothing here clicks or fills: a control the keyboard cannot reach,
/// or a trap that keeps focus elsewhere, fails the test with the path focus took. Every control
/// reached is checked for a visible focus indicator (WCAG 2.4.7).
/// </summary>
public static class Tastatur
{
    /// <summary>More than any of our pages needs from its top to its last control.</summary>
    public const int MaksTrykk = 60;

    // One round trip per key press: null when focus is on the target (or inside it, for a group),
    // otherwise a short description of what has focus, for the failure message.
    private const string FokusPaaMaalet = """
        e => {
            const a = document.activeElement;
            if (a && a !== document.body && e.contains(a)) return null;
            if (!a || a === document.body) return '(siden selv)';
            const navn = a.getAttribute('aria-label') || (a.labels && a.labels.length ? a.labels[0].textContent : '') || a.textContent || '';
            return a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') + ' «' + navn.trim().replace(/\s+/g, ' ').slice(0, 50) + '»';
        }
        """;

    // Null when focus is visible, else what the focused element looks like. Designsystemet draws focus
    // with an outline and a box-shadow; a browser default is an outline of style "auto". For a radio
    // button or checkbox it draws the ring around the box and its label (the .ds-field) instead, so an
    // ancestor counts too, as long as it holds no other control. A box-shadow the element also has
    // without focus is no focus indicator. A skip link is hidden until it has focus: appearing is its indicator.
    private const string UtenFokusmarkering = """
        ([skyggeUtenFokus, skjultUtenFokus]) => {
            const a = document.activeElement;
            const r = a.getBoundingClientRect();
            if (skjultUtenFokus && r.width > 1 && r.height > 1) return null;
            const kontroller = 'a[href], button, input, select, textarea, [tabindex]';
            for (let e = a; e && e !== document.body; e = e.parentElement) {
                if (e !== a && e.querySelectorAll(kontroller).length > 1) break;
                const s = getComputedStyle(e);
                if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) return null;
                if (s.boxShadow !== 'none' && (e !== a || s.boxShadow !== skyggeUtenFokus)) return null;
            }
            const s = getComputedStyle(a);
            return a.outerHTML.slice(0, 200) + (a.matches(':focus-visible') ? ' (:focus-visible)' : '')
                + ' har outline: ' + s.outlineStyle + ' ' + s.outlineWidth + ', box-shadow: ' + s.boxShadow;
        }
        """;

    /// <summary>
    /// Presses Tab (or Shift+Tab) until <paramref name="maal"/>, or a control inside it, has focus,
    /// and checks that focus is visible there. Fails after <paramref name="maksTrykk"/> presses.
    /// </summary>
    public static async Task TabTilAsync(this IPage side, ILocator maal, string hva, int maksTrykk = MaksTrykk, bool bakover = false)
    {
        // The page has loaded and the target is there, once: otherwise the count in the message would mislead.
        await Assertions.Expect(maal).ToHaveCountAsync(1);
        var skyggeUtenFokus = await maal.EvaluateAsync<string>("e => getComputedStyle(e).boxShadow");
        var skjultUtenFokus = await maal.EvaluateAsync<bool>("e => { const r = e.getBoundingClientRect(); return r.width <= 1 || r.height <= 1; }");
        var tast = bakover ? "Shift+Tab" : "Tab";
        var vei = new List<string>();
        for (var trykk = 1; trykk <= maksTrykk; trykk++)
        {
            await side.Keyboard.PressAsync(tast);
            var fokus = await maal.EvaluateAsync<string?>(FokusPaaMaalet);
            if (fokus is null)
            {
                await SjekkSynligFokusAsync(side, hva, skyggeUtenFokus, skjultUtenFokus);
                return;
            }

            vei.Add(fokus);
        }

        Assert.Fail($"«{hva}» fikk ikke fokus etter {maksTrykk} trykk på {tast} på {side.Url}. Fokus gikk til: {string.Join(" → ", vei)}");
    }

    /// <summary>Tabs to a link or button and activates it with Enter.</summary>
    public static async Task TabOgTrykkEnterAsync(this IPage side, ILocator maal, string hva)
    {
        await side.TabTilAsync(maal, hva);
        await side.Keyboard.PressAsync("Enter");
    }

    /// <summary>Tabs to a text field and types into it.</summary>
    public static async Task TabOgSkrivAsync(this IPage side, ILocator felt, string hva, string tekst)
    {
        await side.TabTilAsync(felt, hva);
        await side.Keyboard.TypeAsync(tekst);
    }

    /// <summary>Tabs to a checkbox and ticks it with Space.</summary>
    public static async Task TabOgKryssAvAsync(this IPage side, ILocator boks, string hva)
    {
        await side.TabTilAsync(boks, hva);
        await side.Keyboard.PressAsync("Space");
        await Assertions.Expect(boks).ToBeCheckedAsync();
    }

    /// <summary>
    /// Tabs into a radio group (one tab stop), moves to <paramref name="alternativ"/> with the down
    /// arrow and makes sure it is chosen: the arrows choose as they move, Space chooses the first.
    /// </summary>
    public static async Task TabOgVelgAsync(this IPage side, string gruppe, string alternativ)
    {
        var fieldset = side.GetByRole(AriaRole.Group, new() { Name = gruppe });
        await side.TabTilAsync(fieldset, gruppe);
        var knapp = fieldset.GetByLabel(alternativ, new() { Exact = true });
        var antall = await fieldset.GetByRole(AriaRole.Radio).CountAsync();
        for (var trykk = 0; trykk < antall && !await HarFokusAsync(knapp); trykk++)
        {
            await side.Keyboard.PressAsync("ArrowDown");
        }

        Assert.True(await HarFokusAsync(knapp), $"Piltastene nådde ikke «{alternativ}» i «{gruppe}».");
        if (!await knapp.IsCheckedAsync()) await side.Keyboard.PressAsync("Space");
        await Assertions.Expect(knapp).ToBeCheckedAsync();
    }

    public static Task<bool> HarFokusAsync(ILocator maal) => maal.EvaluateAsync<bool>("e => e === document.activeElement");

    private static async Task SjekkSynligFokusAsync(IPage side, string hva, string skyggeUtenFokus, bool skjultUtenFokus)
    {
        var mangler = await side.EvaluateAsync<string?>(UtenFokusmarkering, new object[] { skyggeUtenFokus, skjultUtenFokus });
        Assert.True(mangler is null, $"«{hva}» har fokus, men ingen synlig fokusmarkering (WCAG 2.4.7) på {side.Url}: {mangler}");
    }
}
