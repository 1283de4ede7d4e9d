using System.Globalization;
using System.Text;
using BoOppfolging.Application.Brev;

namespace BoOppfolging.Infrastructure.Brev;

/// <summary>A line of text on a page. <see cref="Y"/> is the baseline, in points from the top of the page.</summary>
internal sealed record PlassertLinje(string Tekst, Skrift Skrift, float X, float Y);

/// <summary>
/// The layout step: turns a letter into pages of placed lines, footers included, before anything is
/// drawn. Laying out first is what lets the footer say "Side N av M".
/// </summary>
internal sealed class BrevLayout(Skrifter skrifter)
{
    public const float SideBredde = 595f; // A4 in points
    public const float SideHoyde = 842f;
    public const float Venstre = 65f;
    public const float Hoyre = SideBredde - 65f;
    private const float Topp = 60f;
    private const float Bunn = SideHoyde - 80f; // the body never goes below this
    public const float Bunnstrek = SideHoyde - 62f; // the thin rule above the footer
    private const float Bunntekst = SideHoyde - 47f;
    private const float Tekstbredde = Hoyre - Venstre;

    /// <summary>A line before it has a page. <see cref="HoldMedNeste"/>: no page break between it and the next line.</summary>
    private sealed record Rad(string Tekst, Skrift Skrift, float LuftFor, bool HoldMedNeste);

    public IReadOnlyList<IReadOnlyList<PlassertLinje>> LagSider(Brevinnhold brev)
    {
        var forside = new List<PlassertLinje>();
        var y = Brevhode(brev, forside);
        var sider = Flyt(Rader(brev), forside, y);

        for (var i = 0; i < sider.Count; i++)
        {
            var side = string.Create(CultureInfo.InvariantCulture, $"Side {i + 1} av {sider.Count}");
            sider[i].Add(new PlassertLinje("Vår referanse: " + brev.Referanse, Skrift.Liten, Venstre, Bunntekst));
            sider[i].Add(new PlassertLinje(side, Skrift.Liten, Hoyre - skrifter.Bredde(side, Skrift.Liten), Bunntekst));
        }
        return sider;
    }

    /// <summary>Sender, recipient, date and reference at fixed places on the first page. Returns where the body starts.</summary>
    private float Brevhode(Brevinnhold brev, List<PlassertLinje> side)
    {
        var avsender = brev.Avsender;
        var y = Stable(side, Venstre, Topp, [(avsender.Kommune, Skrift.Kommune), (avsender.Enhet, Skrift.Brodtekst)]);
        y = Stable(side, Venstre, y + 2, [
            (avsender.Adresse, Skrift.Liten),
            (avsender.Telefon.Length > 0 ? "Telefon: " + avsender.Telefon : "", Skrift.Liten),
            (avsender.Epost.Length > 0 ? "E-post: " + avsender.Epost : "", Skrift.Liten)]);

        // Date and reference flush right; the recipient's lines wrap before they reach them.
        (string, Skrift)[] datoblokk = [
            ("Dato: " + brev.Dato.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), Skrift.Brodtekst),
            ("Vår referanse: " + brev.Referanse, Skrift.Brodtekst)];
        var datoX = Hoyre - datoblokk.Max(l => skrifter.Bredde(l.Item1, l.Item2));
        var mottakerTopp = y + 30;
        var mottaker = new[] { brev.Mottaker.Navn }.Concat(brev.Mottaker.Adresselinjer)
            .SelectMany(l => Bryt(l, Skrift.Brodtekst, datoX - Venstre - 24))
            .Select(l => (l, Skrift.Brodtekst));
        var mottakerBunn = Stable(side, Venstre, mottakerTopp, mottaker);
        var datoBunn = Stable(side, datoX, mottakerTopp, datoblokk);
        return Math.Max(mottakerBunn, datoBunn) + 34;
    }

    /// <summary>Lines one under the other from <paramref name="y"/> (empty ones left out). Returns the y below the last.</summary>
    private float Stable(List<PlassertLinje> side, float x, float y, IEnumerable<(string Tekst, Skrift Skrift)> linjer)
    {
        foreach (var (tekst, skrift) in linjer.Where(l => l.Tekst.Length > 0))
        {
            side.Add(new PlassertLinje(tekst, skrift, x, y + skrifter.Grunnlinje(skrift)));
            y += Skrifter.Linjehoyde(skrift);
        }
        return y;
    }

    /// <summary>
    /// The flowing part as lines with their keep rules: the title stays with what follows, a heading
    /// stays with the first two lines of its text, a paragraph leaves neither its first nor its last
    /// line alone on a page, and the signature is kept together.
    /// </summary>
    private List<Rad> Rader(Brevinnhold brev)
    {
        var rader = Bryt(brev.Tittel, Skrift.Tittel, Tekstbredde)
            .Select(l => new Rad(l, Skrift.Tittel, 0, HoldMedNeste: true))
            .ToList();

        foreach (var seksjon in brev.Seksjoner)
        {
            var harOverskrift = !string.IsNullOrWhiteSpace(seksjon.Overskrift);
            if (harOverskrift)
            {
                rader.AddRange(Bryt(seksjon.Overskrift!, Skrift.Fet, Tekstbredde)
                    .Select((l, i) => new Rad(l, Skrift.Fet, i == 0 ? 14 : 0, HoldMedNeste: true)));
            }
            var tekster = seksjon.Tekster().ToList();
            for (var a = 0; a < tekster.Count; a++)
            {
                var linjer = Bryt(tekster[a], Skrift.Brodtekst, Tekstbredde).ToList();
                var luft = a == 0 && harOverskrift ? 2 : 8;
                rader.AddRange(linjer.Select((l, i) => new Rad(
                    l, Skrift.Brodtekst, i == 0 ? luft : 0,
                    HoldMedNeste: linjer.Count >= 2 && (i == 0 || i == linjer.Count - 2))));
            }
        }

        string[] signatur = ["Med vennlig hilsen", "", brev.SignaturNavn, brev.SignaturTittel, brev.Avsender.Enhet];
        rader.AddRange(signatur.Select((l, i) => new Rad(l, Skrift.Brodtekst, i == 0 ? 24 : 0, HoldMedNeste: i < signatur.Length - 1)));
        return rader;
    }

    /// <summary>Places the lines page by page. Lines that must stay together move to a new page as one.</summary>
    private List<List<PlassertLinje>> Flyt(List<Rad> rader, List<PlassertLinje> forside, float start)
    {
        var sider = new List<List<PlassertLinje>> { forside };
        var y = start;
        var overst = false; // at the top of a new page, where space before a line is dropped

        for (var i = 0; i < rader.Count;)
        {
            var slutt = i;
            while (slutt < rader.Count - 1 && rader[slutt].HoldMedNeste)
            {
                slutt++;
            }
            var gruppe = rader[i..(slutt + 1)];
            var hoyde = (overst ? 0 : gruppe[0].LuftFor) + gruppe.Sum(r => Skrifter.Linjehoyde(r.Skrift));
            if (!overst && y + hoyde > Bunn)
            {
                NySide();
            }

            foreach (var rad in gruppe)
            {
                // Only a group taller than a whole page gets here without room; it is then split anyway.
                if (!overst && y + rad.LuftFor + Skrifter.Linjehoyde(rad.Skrift) > Bunn)
                {
                    NySide();
                }
                y += overst ? 0 : rad.LuftFor;
                if (rad.Tekst.Length > 0)
                {
                    sider[^1].Add(new PlassertLinje(rad.Tekst, rad.Skrift, Venstre, y + skrifter.Grunnlinje(rad.Skrift)));
                }
                y += Skrifter.Linjehoyde(rad.Skrift);
                overst = false;
            }
            i = slutt + 1;
        }
        return sider;

        void NySide()
        {
            sider.Add([]);
            y = Topp;
            overst = true;
        }
    }

    /// <summary>
    /// Word wrapping by measured width. '\n' starts a new line (an empty one too), and a word wider
    /// than the line is broken where it reaches the edge.
    /// </summary>
    internal IEnumerable<string> Bryt(string tekst, Skrift skrift, float bredde)
    {
        foreach (var del in tekst.ReplaceLineEndings("\n").Split('\n'))
        {
            var linje = new StringBuilder();
            foreach (var ord in del.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var kandidat = linje.Length == 0 ? ord : linje + " " + ord;
                if (skrifter.Bredde(kandidat, skrift) <= bredde)
                {
                    linje.Clear().Append(kandidat);
                    continue;
                }
                if (linje.Length > 0)
                {
                    yield return linje.ToString();
                    linje.Clear();
                }
                var rest = ord;
                while (skrifter.Bredde(rest, skrift) > bredde)
                {
                    var antall = (int)skrifter[skrift].BreakText(rest, bredde);
                    if (antall > 1 && char.IsLowSurrogate(rest[antall]))
                    {
                        antall--; // never split a surrogate pair
                    }
                    antall = Math.Min(rest.Length, Math.Max(antall, char.IsHighSurrogate(rest[0]) ? 2 : 1));
                    yield return rest[..antall];
                    rest = rest[antall..];
                }
                linje.Append(rest);
            }
            yield return linje.ToString();
        }
    }
}
