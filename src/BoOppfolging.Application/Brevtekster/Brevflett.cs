using System.Text;
using System.Text.RegularExpressions;
using BoOppfolging.Application.Brev;
using BoOppfolging.Domain;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BoOppfolging.Application.Brevtekster;

/// <summary>A merge field's value: text, or a list (which becomes a list when it stands on a line of its own).</summary>
public sealed record Flettverdi(string? Verdi, IReadOnlyList<string>? Punkter)
{
    public static Flettverdi Av(string? verdi) => new(verdi, null);

    public static Flettverdi Liste(IEnumerable<string> punkter) => new(null, [.. punkter]);

    public bool ErTom => Punkter is { } p ? p.All(string.IsNullOrWhiteSpace) : string.IsNullOrWhiteSpace(Verdi);

    /// <summary>The value inside a sentence: a list's items joined by commas.</summary>
    public string SomTekst => Punkter is { } p ? string.Join(", ", p.Where(x => !string.IsNullOrWhiteSpace(x))) : Verdi ?? "";
}

/// <summary>What a letter is made from besides its text: the merge fields' values, the conditions that hold, and the saksbehandler's free texts by key.</summary>
public sealed record Flettedata(
    IReadOnlyDictionary<string, Flettverdi> Felt, IReadOnlySet<string> Betingelser, IReadOnlyDictionary<string, string> Fritekst);

/// <summary>
/// A letter's title and sections made from a text version, and what is missing: the merge fields that
/// were empty and the required free-text areas that were empty. A letter with either cannot be sent.
/// </summary>
public sealed record Flettresultat(
    string Tittel, IReadOnlyList<Brevseksjon> Seksjoner, IReadOnlyList<Flettefelt> TommeFelt, IReadOnlyList<Fritekstfelt> TommeFritekster)
{
    public bool Komplett => TommeFelt.Count == 0 && TommeFritekster.Count == 0;
}

/// <summary>
/// The letter-text engine. <see cref="Kontroller"/> checks a text against its letter type's catalogue
/// before it is saved; <see cref="Lag"/> turns a text version and a case's values into the sections of a
/// <see cref="Brevinnhold"/>. The body is Markdown (Markdig, raw HTML disabled: what looks like HTML is
/// kept as text): paragraphs, bulleted and numbered lists, and pipe tables (<see cref="Brevtabell"/>).
/// Values are put in after the Markdown is parsed, so a value can never add formatting or markup.
/// Free texts are plain text, a paragraph per blank-line-separated block.
/// </summary>
public static partial class Brevflett
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().Build();

    [GeneratedRegex(@"\{\{(.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex FeltMonster();

    [GeneratedRegex(@"^[a-z][a-z0-9_]*$")]
    private static partial Regex NokkelMonster();

    /// <summary>The Markdown pipeline the editor's HTML preview also uses (HTML disabled, pipe tables).</summary>
    public static MarkdownPipeline MarkdownPipeline => Pipeline;

    /// <summary>
    /// What is wrong with a text for <paramref name="katalog"/>'s letter type, as Norwegian messages naming the
    /// field, condition or area, each with the place it belongs to (<c>Tittel</c>, or the section's index and part).
    /// </summary>
    public static IReadOnlyList<Feil> Kontroller(string tittel, IReadOnlyList<Brevtekstseksjon> seksjoner, Brevkatalog katalog)
    {
        ArgumentNullException.ThrowIfNull(katalog);
        var feil = new List<Feil>();
        foreach (var f in UkjenteFelt(tittel, katalog)) feil.Add(UkjentFelt(f, "Tittel"));
        var fritekstnokler = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < seksjoner.Count; i++)
        {
            var s = seksjoner[i];
            var sted = $"Seksjoner[{i}]";
            foreach (var f in UkjenteFelt(s.Overskrift ?? "", katalog)) feil.Add(UkjentFelt(f, sted + ".Overskrift"));
            if (s.Fritekst is null)
            {
                foreach (var f in UkjenteFelt(s.Tekst, katalog)) feil.Add(UkjentFelt(f, sted + ".Tekst"));
            }
            else if (!NokkelMonster().IsMatch(s.Fritekst.Nokkel))
            {
                feil.Add(new("brevtekst_fritekstnokkel", "Nøkkelen til et fritekstfelt kan bare ha små bokstaver a–z, tall og _, og må begynne med en bokstav.", sted + ".FritekstNokkel"));
            }
            else if (!fritekstnokler.Add(s.Fritekst.Nokkel))
            {
                feil.Add(new("brevtekst_fritekst_dobbel", $"Fritekstfeltet «{s.Fritekst.Nokkel}» finnes alt i teksten. Gi det en annen nøkkel.", sted + ".FritekstNokkel"));
            }

            if (s.Betingelse is { Length: > 0 } b && katalog.Betingelser.All(k => k.Nokkel != b.TrimStart('!')))
            {
                feil.Add(new("brevtekst_ukjent_betingelse", $"Betingelsen «{b}» finnes ikke for «{katalog.Type.Visningsnavn()}».", sted + ".Betingelse"));
            }
        }

        return feil;
    }

    /// <summary>Makes the letter's title and sections from a text version, and lists what was empty.</summary>
    public static Flettresultat Lag(string tittel, IReadOnlyList<Brevtekstseksjon> seksjoner, Brevkatalog katalog, Flettedata data)
    {
        ArgumentNullException.ThrowIfNull(katalog);
        ArgumentNullException.ThrowIfNull(data);
        var tomme = new List<string>();
        var tommeFritekster = new List<Fritekstfelt>();
        var ut = new List<Brevseksjon>();
        var flett = new Fletter(katalog, data, tomme);
        var lagetTittel = flett.Sett(tittel).Trim();
        foreach (var s in seksjoner.Where(s => Gjelder(s.Betingelse, data.Betingelser)))
        {
            List<Brevblokk> blokker;
            if (s.Fritekst is { } fritekst)
            {
                var verdi = data.Fritekst.GetValueOrDefault(fritekst.Nokkel);
                if (string.IsNullOrWhiteSpace(verdi))
                {
                    if (!fritekst.Paakrevd) continue;
                    tommeFritekster.Add(fritekst);
                    blokker = [new Brevavsnitt($"[Skrives av saksbehandler: {fritekst.Ledetekst}]")];
                }
                else
                {
                    blokker = Avsnitt(verdi);
                }
            }
            else
            {
                blokker = Blokker(s.Tekst, flett);
            }

            if (blokker.Count == 0) continue;
            var overskrift = string.IsNullOrWhiteSpace(s.Overskrift) ? null : flett.Sett(s.Overskrift).Trim();
            ut.Add(new Brevseksjon(overskrift, blokker));
        }

        var felt = tomme.Distinct(StringComparer.Ordinal).Select(n => katalog.FinnFelt(n) ?? new Flettefelt(n, n, "")).ToList();
        return new Flettresultat(lagetTittel, ut, felt, tommeFritekster);
    }

    /// <summary>Whether a section's condition holds: none, a key that is set, or <c>!key</c> for one that is not.</summary>
    public static bool Gjelder(string? betingelse, IReadOnlySet<string> satt)
    {
        ArgumentNullException.ThrowIfNull(satt);
        if (string.IsNullOrWhiteSpace(betingelse)) return true;
        return betingelse.StartsWith('!') ? !satt.Contains(betingelse[1..]) : satt.Contains(betingelse);
    }

    /// <summary>Every merge field key a text names, in order.</summary>
    public static IEnumerable<string> Felt(string tekst) =>
        FeltMonster().Matches(tekst ?? "").Select(m => m.Groups[1].Value.Trim());

    private static IEnumerable<string> UkjenteFelt(string tekst, Brevkatalog katalog) =>
        Felt(tekst).Where(n => katalog.FinnFelt(n) is null).Distinct(StringComparer.Ordinal);

    private static Feil UkjentFelt(string nokkel, string sted) =>
        new("brevtekst_ukjent_felt", $"Flettefeltet «{{{{{nokkel}}}}}» finnes ikke for denne brevtypen. Velg et felt fra listen.", sted);

    private static List<Brevblokk> Avsnitt(string fritekst) =>
        [.. fritekst.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => (Brevblokk)new Brevavsnitt(a))];

    private static List<Brevblokk> Blokker(string markdown, Fletter flett)
    {
        var blokker = new List<Brevblokk>();
        foreach (var blokk in Markdown.Parse(markdown ?? "", Pipeline))
        {
            LeggTil(blokk, blokker, flett);
        }

        return blokker;
    }

    private static void LeggTil(Block blokk, List<Brevblokk> ut, Fletter flett)
    {
        switch (blokk)
        {
            case ParagraphBlock or HeadingBlock:
                Linjer(Inlinetekst(((LeafBlock)blokk).Inline), ut, flett);
                break;
            case ListBlock liste:
                var punkter = new List<string>();
                foreach (var punkt in liste.OfType<ListItemBlock>())
                {
                    var tekst = string.Join(" ", punkt.Select(Bloktekst)).Trim();
                    if (flett.SomListe(tekst) is { } verdier) punkter.AddRange(verdier);
                    else if (flett.Sett(tekst).Trim() is { Length: > 0 } satt) punkter.Add(satt);
                }

                if (punkter.Count > 0) ut.Add(new Brevliste(punkter, liste.IsOrdered));
                break;
            case Table tabell:
                var rader = tabell.OfType<TableRow>()
                    .Select(r => (r.IsHeader, Celler: (IReadOnlyList<string>)[.. r.OfType<TableCell>().Select(c => flett.Sett(string.Join(" ", c.Select(Bloktekst))).Trim())]))
                    .ToList();
                var kolonner = rader.FirstOrDefault(r => r.IsHeader).Celler ?? [];
                ut.Add(new Brevtabell(kolonner, [.. rader.Where(r => !r.IsHeader).Select(r => r.Celler)]));
                break;
            case QuoteBlock sitat:
                foreach (var indre in sitat) LeggTil(indre, ut, flett);
                break;
            case LeafBlock blad when blad.Inline is null:
                // An indented or fenced block: its lines as text, never as code.
                Linjer(blad.Lines.ToString(), ut, flett);
                break;
            default:
                break;
        }
    }

    /// <summary>A paragraph's lines: a line that is only a list field becomes a list; the lines around it, paragraphs.</summary>
    private static void Linjer(string tekst, List<Brevblokk> ut, Fletter flett)
    {
        var avsnitt = new List<string>();
        void Avslutt()
        {
            var satt = flett.Sett(string.Join(" ", avsnitt)).Trim();
            if (satt.Length > 0) ut.Add(new Brevavsnitt(satt));
            avsnitt.Clear();
        }

        foreach (var linje in tekst.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (flett.SomListe(linje) is { } punkter)
            {
                Avslutt();
                if (punkter.Count > 0) ut.Add(new Brevliste(punkter));
            }
            else
            {
                avsnitt.Add(linje);
            }
        }

        Avslutt();
    }

    private static string Bloktekst(Block blokk) => blokk switch
    {
        LeafBlock { Inline: { } inline } => Inlinetekst(inline).Replace('\n', ' '),
        LeafBlock blad => blad.Lines.ToString().Replace('\n', ' '),
        ContainerBlock beholder => string.Join(" ", beholder.Select(Bloktekst)),
        _ => "",
    };

    /// <summary>The text of inline content, formatting dropped, line breaks as <c>\n</c>.</summary>
    private static string Inlinetekst(ContainerInline? inline)
    {
        var sb = new StringBuilder();
        void Skriv(Inline i)
        {
            switch (i)
            {
                case LiteralInline l: sb.Append(l.Content.ToString()); break;
                case CodeInline c: sb.Append(c.Content); break;
                case LineBreakInline: sb.Append('\n'); break;
                case HtmlEntityInline e: sb.Append(e.Transcoded.ToString()); break;
                case AutolinkInline a: sb.Append(a.Url); break;
                case HtmlInline h: sb.Append(h.Tag); break;
                case LinkInline lenke:
                    var start = sb.Length;
                    foreach (var barn in lenke) Skriv(barn);
                    var lenketekst = sb.ToString(start, sb.Length - start);
                    if (!string.IsNullOrEmpty(lenke.Url) && lenke.Url != lenketekst) sb.Append(" (").Append(lenke.Url).Append(')');
                    break;
                case ContainerInline beholder:
                    foreach (var barn in beholder) Skriv(barn);
                    break;
                default: break;
            }
        }

        if (inline is not null) Skriv(inline);
        return sb.ToString();
    }

    /// <summary>Puts values in place of merge fields and notes the empty ones.</summary>
    private sealed class Fletter(Brevkatalog katalog, Flettedata data, List<string> tomme)
    {
        public string Sett(string tekst) => FeltMonster().Replace(tekst, m =>
        {
            var nokkel = m.Groups[1].Value.Trim();
            var verdi = data.Felt.GetValueOrDefault(nokkel);
            if (verdi is null || verdi.ErTom)
            {
                tomme.Add(nokkel);
                return $"[mangler: {katalog.FinnFelt(nokkel)?.Beskrivelse ?? nokkel}]";
            }

            return verdi.SomTekst;
        });

        /// <summary>The items of a list field if <paramref name="linje"/> is that field alone, else null.</summary>
        public IReadOnlyList<string>? SomListe(string linje)
        {
            var m = FeltMonster().Match(linje);
            if (!m.Success || m.Length != linje.Length) return null;
            var nokkel = m.Groups[1].Value.Trim();
            if (katalog.FinnFelt(nokkel) is not { ErListe: true }) return null;
            var verdi = data.Felt.GetValueOrDefault(nokkel);
            if (verdi is null || verdi.ErTom)
            {
                tomme.Add(nokkel);
                return [$"[mangler: {katalog.FinnFelt(nokkel)!.Beskrivelse}]"];
            }

            return verdi.Punkter is { } p ? [.. p.Where(x => !string.IsNullOrWhiteSpace(x))] : [verdi.SomTekst];
        }
    }
}
