using System.Globalization;
using System.Text;
using BoOppfolging.Application.Brev;

namespace BoOppfolging.Infrastructure.Brev;

/// <summary>The structure tags a letter's PDF uses (PDF/UA): each becomes a node of the structure tree.</summary>
internal enum Merke
{
    H1,
    H2,
    P,
    L,
    LI,
    Lbl,
    LBody,
    Table,
    TR,
    TH,
    TD,
}

/// <summary>
/// A part of the letter in reading order: an <see cref="Element"/> of the structure tree, or something
/// drawn. What is drawn gets its page and place (<see cref="Side"/>, <see cref="Topp"/>) when the
/// flow has run; before that only its place within its line or table row is known.
/// </summary>
internal abstract class Del
{
    /// <summary>The page, from 1.</summary>
    public int Side { get; set; }

    /// <summary>The top of the line or row this belongs to, in points from the top of the page.</summary>
    public double Topp { get; set; }
}

/// <summary>A line of text. Its baseline is <see cref="Del.Topp"/> + <see cref="Grunnlinje"/>.</summary>
internal sealed class Tekstlinje(string tekst, Skrift skrift, double x, double grunnlinje) : Del
{
    public string Tekst { get; } = tekst;
    public Skrift Skrift { get; } = skrift;
    public double X { get; } = x;
    public double Grunnlinje { get; } = grunnlinje;
    public double Y => Topp + Grunnlinje;
}

/// <summary>A thin rule (a table's lines, the footer's), from top-relative points. Drawn as an artifact.</summary>
internal sealed class Strek(double x1, double y1, double x2, double y2) : Del
{
    public double X1 { get; } = x1;
    public double Y1 { get; } = y1;
    public double X2 { get; } = x2;
    public double Y2 { get; } = y2;
}

/// <summary>A filled box (the table's header row). Drawn as an artifact, before the text on it.</summary>
internal sealed class Flate(double x, double y, double bredde, double hoyde) : Del
{
    public double X { get; } = x;
    public double Y { get; } = y;
    public double Bredde { get; } = bredde;
    public double Hoyde { get; } = hoyde;
}

/// <summary>A node of the structure tree: its children and what it draws, in reading order.</summary>
internal sealed class Element(Merke merke, string? omfang = null) : Del
{
    public Merke Merke { get; } = merke;

    /// <summary>A header cell's scope: "Column" for the header row's, "Row" for a row's heading.</summary>
    public string? Omfang { get; } = omfang;

    public List<Del> Deler { get; } = [];

    public Element Nytt(Merke merke, string? omfang = null)
    {
        var barn = new Element(merke, omfang);
        Deler.Add(barn);
        return barn;
    }
}

/// <summary>
/// A letter laid out: the structure tree's top elements in reading order (each part placed on its
/// page), the number of pages, and each page's artifacts outside the tree: its footer, and a table's
/// header row drawn again where the table goes on from the page before.
/// </summary>
internal sealed record Brevoppsett(IReadOnlyList<Element> Elementer, int Sider, IReadOnlyList<IReadOnlyList<Del>> Sideartefakter);

/// <summary>
/// The layout step: turns a letter into a structure tree whose parts are placed on pages, footers
/// included, before anything is drawn. Laying out first is what lets the footer say "Side N av M".
/// </summary>
internal sealed class BrevLayout(Skrifter skrifter)
{
    public const double SideBredde = 595; // A4 in points
    public const double SideHoyde = 842;
    public const double Venstre = 65;
    public const double Hoyre = SideBredde - 65;
    private const double Topp = 60;
    private const double Bunn = SideHoyde - 80; // the body never goes below this
    private const double Bunnstrek = SideHoyde - 62; // the thin rule above the footer
    private const double Bunntekst = SideHoyde - 47;
    private const double Tekstbredde = Hoyre - Venstre;

    private const double Innrykk = 20; // a list item's text, from the margin
    private const double CelleLuft = 5; // a table cell's padding, left and right
    private const double CelleLuftHoyde = 3; // and above and below

    /// <summary>
    /// What flows down the page: a line, or a table row, which is never split. <see cref="HoldMedNeste"/>:
    /// no page break between it and the next. <see cref="Deler"/> get their page and top when placed.
    /// </summary>
    private sealed record Enhet(double Hoyde, double LuftFor, bool HoldMedNeste, IReadOnlyList<Del> Deler)
    {
        /// <summary>A table's header row, drawn again above this row when it starts a page.</summary>
        public Gjentak? Hode { get; init; }
    }

    /// <summary>What is drawn again at the top of a page (a table's header row), and its height.</summary>
    private sealed record Gjentak(IReadOnlyList<Del> Deler, double Hoyde);

    public Brevoppsett LagOppsett(Brevinnhold brev)
    {
        var elementer = new List<Element>();
        var start = Brevhode(brev, elementer);
        var enheter = Enheter(brev, elementer);
        var artefakter = Flyt(enheter, start);

        var sider = artefakter.Count;
        for (var side = 1; side <= sider; side++)
        {
            var tekst = string.Create(CultureInfo.InvariantCulture, $"Side {side} av {sider}");
            artefakter[side - 1].AddRange([
                new Strek(Venstre, Bunnstrek, Hoyre, Bunnstrek) { Side = side },
                new Tekstlinje("Vår referanse: " + brev.Referanse, Skrift.Liten, Venstre, Bunntekst) { Side = side },
                new Tekstlinje(tekst, Skrift.Liten, Hoyre - skrifter.Bredde(tekst, Skrift.Liten), Bunntekst) { Side = side }]);
        }
        return new Brevoppsett(elementer, sider, artefakter);
    }

    /// <summary>
    /// Sender, recipient, date and reference at fixed places on the first page, one paragraph each in
    /// that reading order. Returns where the body starts.
    /// </summary>
    private double Brevhode(Brevinnhold brev, List<Element> elementer)
    {
        var avsender = brev.Avsender;
        var avsenderblokk = new Element(Merke.P);
        var y = Stable(avsenderblokk, Venstre, Topp, [(avsender.Kommune, Skrift.Kommune), (avsender.Enhet, Skrift.Brodtekst)]);
        y = Stable(avsenderblokk, Venstre, y + 2, [
            (avsender.Adresse, Skrift.Liten),
            (avsender.Telefon.Length > 0 ? "Telefon: " + avsender.Telefon : "", Skrift.Liten),
            (avsender.Epost.Length > 0 ? "E-post: " + avsender.Epost : "", Skrift.Liten)]);

        // Date and reference flush right; the recipient's lines wrap before they reach them.
        (string, Skrift)[] datolinjer = [
            ("Dato: " + brev.Dato.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), Skrift.Brodtekst),
            ("Vår referanse: " + brev.Referanse, Skrift.Brodtekst)];
        var datoX = Hoyre - datolinjer.Max(l => skrifter.Bredde(l.Item1, l.Item2));
        var mottakerTopp = y + 30;
        var mottakerblokk = new Element(Merke.P);
        var mottaker = new[] { brev.Mottaker.Navn }.Concat(brev.Mottaker.Adresselinjer)
            .SelectMany(l => Bryt(l, Skrift.Brodtekst, datoX - Venstre - 24))
            .Select(l => (l, Skrift.Brodtekst));
        var mottakerBunn = Stable(mottakerblokk, Venstre, mottakerTopp, mottaker);
        var datoblokk = new Element(Merke.P);
        var datoBunn = Stable(datoblokk, datoX, mottakerTopp, datolinjer);

        elementer.AddRange([avsenderblokk, mottakerblokk, datoblokk]);
        return Math.Max(mottakerBunn, datoBunn) + 34;
    }

    /// <summary>Lines one under the other on page 1 from <paramref name="y"/> (empty ones left out). Returns the y below the last.</summary>
    private double Stable(Element element, double x, double y, IEnumerable<(string Tekst, Skrift Skrift)> linjer)
    {
        foreach (var (tekst, skrift) in linjer.Where(l => l.Tekst.Length > 0))
        {
            element.Deler.Add(new Tekstlinje(tekst, skrift, x, y + skrifter.Grunnlinje(skrift)) { Side = 1 });
            y += Skrifter.Linjehoyde(skrift);
        }
        return y;
    }

    /// <summary>
    /// The flowing part as lines and rows with their keep rules: the title stays with what follows, a
    /// heading stays with the first two lines of its text, a paragraph or list item leaves neither its
    /// first nor its last line alone on a page, a table's header row stays with its first row, a row
    /// is never split, and the signature is kept together.
    /// </summary>
    private List<Enhet> Enheter(Brevinnhold brev, List<Element> elementer)
    {
        var enheter = new List<Enhet>();
        var tittel = new Element(Merke.H1);
        elementer.Add(tittel);
        enheter.AddRange(Linjer(tittel, brev.Tittel, Skrift.Tittel, Venstre, Tekstbredde)
            .Select(l => new Enhet(Skrifter.Linjehoyde(Skrift.Tittel), 0, true, [l])));

        foreach (var seksjon in brev.Seksjoner)
        {
            var harOverskrift = !string.IsNullOrWhiteSpace(seksjon.Overskrift);
            if (harOverskrift)
            {
                var overskrift = new Element(Merke.H2);
                elementer.Add(overskrift);
                enheter.AddRange(Linjer(overskrift, seksjon.Overskrift!, Skrift.Fet, Venstre, Tekstbredde)
                    .Select((l, i) => new Enhet(Skrifter.Linjehoyde(Skrift.Fet), i == 0 ? 14 : 0, true, [l])));
            }
            for (var b = 0; b < seksjon.Blokker.Count; b++)
            {
                var luft = b == 0 && harOverskrift ? 2 : 8;
                switch (seksjon.Blokker[b])
                {
                    case Brevavsnitt avsnitt:
                        var p = new Element(Merke.P);
                        elementer.Add(p);
                        enheter.AddRange(Avsnitt(Linjer(p, avsnitt.Tekst, Skrift.Brodtekst, Venstre, Tekstbredde), luft));
                        break;
                    case Brevliste liste:
                        var l = new Element(Merke.L);
                        elementer.Add(l);
                        enheter.AddRange(Liste(l, liste, luft));
                        break;
                    case Brevtabell tabell:
                        var t = new Element(Merke.Table);
                        elementer.Add(t);
                        enheter.AddRange(Tabell(t, tabell, luft));
                        break;
                }
            }
        }

        var hilsen = new Element(Merke.P);
        var signatur = new Element(Merke.P);
        elementer.AddRange([hilsen, signatur]);
        var linjehoyde = Skrifter.Linjehoyde(Skrift.Brodtekst);
        enheter.Add(new Enhet(linjehoyde, 24, true, Linjer(hilsen, "Med vennlig hilsen", Skrift.Brodtekst, Venstre, Tekstbredde)));
        enheter.Add(new Enhet(linjehoyde, 0, true, []));
        string[] navn = [brev.SignaturNavn, brev.SignaturTittel, brev.Avsender.Enhet];
        enheter.AddRange(navn.Select((tekst, i) => new Enhet(linjehoyde, 0, i < navn.Length - 1,
            tekst.Length > 0 ? Linjer(signatur, tekst, Skrift.Brodtekst, Venstre, Tekstbredde).Take(1).ToList() : [])));
        return enheter;
    }

    /// <summary>A paragraph's lines: neither its first nor its last line alone on a page.</summary>
    private static IEnumerable<Enhet> Avsnitt(List<Tekstlinje> linjer, double luft) =>
        linjer.Select((l, i) => new Enhet(
            Skrifter.Linjehoyde(l.Skrift), i == 0 ? luft : 0,
            linjer.Count >= 2 && (i == 0 || i == linjer.Count - 2), [l]));

    /// <summary>
    /// A list: each item's label (a bullet, or its number) in the margin of its first line, its text
    /// indented, and the item kept like a paragraph.
    /// </summary>
    private List<Enhet> Liste(Element liste, Brevliste innhold, double luft)
    {
        var enheter = new List<Enhet>();
        for (var i = 0; i < innhold.Punkter.Count; i++)
        {
            var punkt = liste.Nytt(Merke.LI);
            var etikett = innhold.Nummerert ? (i + 1).ToString(CultureInfo.InvariantCulture) + "." : "•";
            var lbl = punkt.Nytt(Merke.Lbl);
            var merke = new Tekstlinje(etikett, Skrift.Brodtekst, Venstre + 4, skrifter.Grunnlinje(Skrift.Brodtekst));
            lbl.Deler.Add(merke);
            var linjer = Linjer(punkt.Nytt(Merke.LBody), innhold.Punkter[i], Skrift.Brodtekst, Venstre + Innrykk, Tekstbredde - Innrykk);
            var avsnitt = Avsnitt(linjer, i == 0 ? luft : 3).ToList();
            avsnitt[0] = avsnitt[0] with { Deler = [merke, .. avsnitt[0].Deler] };
            enheter.AddRange(avsnitt);
        }
        return enheter;
    }

    /// <summary>
    /// A ruled table: a header row (bold on grey) if any column has a name, then one row per row, the
    /// first cell of each a row heading (bold). Each row is one unit, so a row is never split; the
    /// header row stays with the first row and is drawn again (as an artifact) at the top of each page
    /// the table goes on to. Only a row taller than a page is split, into one TR per page.
    /// </summary>
    private List<Enhet> Tabell(Element tabell, Brevtabell innhold, double luft)
    {
        var antall = Math.Max(innhold.Kolonner.Count, innhold.Rader.Select(r => r.Count).DefaultIfEmpty(0).Max());
        if (antall == 0)
        {
            return [];
        }
        var rader = new List<(IReadOnlyList<string> Celler, bool Hode)>();
        if (innhold.Kolonner.Any(k => k.Length > 0))
        {
            rader.Add((innhold.Kolonner, true));
        }
        rader.AddRange(innhold.Rader.Select(r => (r, false)));
        var bredder = Kolonnebredder(rader.Select(r => r.Celler).ToList(), antall);
        var linjehoyde = Skrifter.Linjehoyde(Skrift.Brodtekst);

        var enheter = new List<Enhet>();
        Gjentak? tabellhode = null;
        foreach (var (celler, hode) in rader)
        {
            // Each cell's lines, then the row laid out in bands of as many lines as a page holds.
            var x = Venstre;
            var kolonner = new List<(Skrift Skrift, List<string> Linjer, double X, bool Overskrift)>();
            for (var k = 0; k < antall; k++)
            {
                var overskrift = hode || k == 0;
                var skrift = overskrift ? Skrift.Fet : Skrift.Brodtekst;
                var tekst = k < celler.Count ? celler[k] : "";
                kolonner.Add((skrift, Bryt(tekst, skrift, bredder[k] - (2 * CelleLuft)).ToList(), x, overskrift));
                x += bredder[k];
            }
            var linjer = kolonner.Max(k => k.Linjer.Count);
            var plass = Bunn - Topp - (tabellhode?.Hoyde ?? 0) - (2 * CelleLuftHoyde);
            var perSide = Math.Max(1, (int)(plass / linjehoyde));

            for (var fra = 0; fra < linjer; fra += perSide)
            {
                var til = Math.Min(linjer, fra + perSide);
                var hoyde = ((til - fra) * linjehoyde) + (2 * CelleLuftHoyde);
                var rad = tabell.Nytt(Merke.TR);
                var deler = new List<Del>();
                if (hode)
                {
                    deler.Add(new Flate(Venstre, 0, Tekstbredde, hoyde)); // drawn first, under the header's text
                }
                foreach (var (skrift, celleLinjer, celleX, overskrift) in kolonner)
                {
                    var celle = overskrift ? rad.Nytt(Merke.TH, hode ? "Column" : "Row") : rad.Nytt(Merke.TD);
                    for (var n = fra; n < Math.Min(til, celleLinjer.Count); n++)
                    {
                        var linje = new Tekstlinje(celleLinjer[n], skrift, celleX + CelleLuft,
                            CelleLuftHoyde + ((n - fra) * linjehoyde) + skrifter.Grunnlinje(skrift));
                        celle.Deler.Add(linje);
                        deler.Add(linje);
                    }
                }

                // The row's own box: its top and bottom and the lines between its cells.
                var kant = Venstre;
                deler.AddRange([new Strek(Venstre, 0, Hoyre, 0), new Strek(Venstre, hoyde, Hoyre, hoyde), new Strek(kant, 0, kant, hoyde)]);
                foreach (var bredde in bredder)
                {
                    kant += bredde;
                    deler.Add(new Strek(kant, 0, kant, hoyde));
                }
                rad.Deler.InsertRange(0, deler.OfType<Flate>());
                rad.Deler.AddRange(deler.OfType<Strek>());
                enheter.Add(new Enhet(hoyde, enheter.Count == 0 ? luft : 0, hode, deler) { Hode = hode ? null : tabellhode });
                if (hode && fra == 0)
                {
                    tabellhode = new Gjentak(deler, hoyde);
                }
            }
        }
        return enheter;
    }

    /// <summary>
    /// Column widths over the full text width: each column gets what its widest cell needs if all fit;
    /// otherwise the columns that need less than an equal share keep their need and the others share the rest.
    /// </summary>
    private double[] Kolonnebredder(List<IReadOnlyList<string>> rader, int antall)
    {
        var behov = Enumerable.Range(0, antall)
            .Select(k => rader.Where(r => k < r.Count)
                .SelectMany(r => r[k].ReplaceLineEndings("\n").Split('\n'))
                .Select(t => skrifter.Bredde(t, Skrift.Fet) + (2 * CelleLuft) + 1)
                .DefaultIfEmpty(2 * CelleLuft).Max())
            .ToArray();
        if (behov.Sum() <= Tekstbredde)
        {
            var ekstra = (Tekstbredde - behov.Sum()) / antall;
            return [.. behov.Select(b => b + ekstra)];
        }
        var bredder = new double[antall];
        var igjen = Enumerable.Range(0, antall).ToList();
        var rom = Tekstbredde;
        bool endret;
        do
        {
            endret = false;
            var andel = rom / igjen.Count;
            foreach (var k in igjen.Where(k => behov[k] <= andel).ToList())
            {
                bredder[k] = behov[k];
                rom -= behov[k];
                igjen.Remove(k);
                endret = true;
            }
        }
        while (endret && igjen.Count > 0);
        foreach (var k in igjen)
        {
            bredder[k] = rom / igjen.Count;
        }
        return bredder;
    }

    /// <summary>The text wrapped into lines of <paramref name="element"/>, placed at the left edge <paramref name="x"/>.</summary>
    private List<Tekstlinje> Linjer(Element element, string tekst, Skrift skrift, double x, double bredde)
    {
        var linjer = Bryt(tekst, skrift, bredde)
            .Select(l => new Tekstlinje(l, skrift, x, skrifter.Grunnlinje(skrift)))
            .ToList();
        element.Deler.AddRange(linjer);
        return linjer;
    }

    /// <summary>
    /// Places the units page by page. Units that must stay together move to a new page as one. Returns
    /// each page's artifacts (a table's header row drawn again when a row starts a page).
    /// </summary>
    private static List<List<Del>> Flyt(List<Enhet> enheter, double start)
    {
        var artefakter = new List<List<Del>> { new() };
        var side = 1;
        var y = start;
        var overst = false; // at the top of a new page, where space before a unit is dropped

        for (var i = 0; i < enheter.Count;)
        {
            var slutt = i;
            while (slutt < enheter.Count - 1 && enheter[slutt].HoldMedNeste)
            {
                slutt++;
            }
            var gruppe = enheter[i..(slutt + 1)];
            var hoyde = (overst ? 0 : gruppe[0].LuftFor) + gruppe.Sum(e => e.Hoyde);
            if (!overst && y + hoyde > Bunn)
            {
                NySide();
            }

            foreach (var enhet in gruppe)
            {
                // Only a group taller than a whole page gets here without room; it is then split anyway.
                if (!overst && y + enhet.LuftFor + enhet.Hoyde > Bunn)
                {
                    NySide();
                }
                if (overst && enhet.Hode is { } hode)
                {
                    foreach (var del in hode.Deler)
                    {
                        var kopi = Kopi(del);
                        kopi.Side = side;
                        kopi.Topp = y;
                        artefakter[^1].Add(kopi);
                    }
                    y += hode.Hoyde;
                    overst = false;
                }
                y += overst ? 0 : enhet.LuftFor;
                foreach (var del in enhet.Deler)
                {
                    del.Side = side;
                    del.Topp = y;
                }
                y += enhet.Hoyde;
                overst = false;
            }
            i = slutt + 1;
        }
        return artefakter;

        void NySide()
        {
            side++;
            artefakter.Add([]);
            y = Topp;
            overst = true;
        }
    }

    private static Del Kopi(Del del) => del switch
    {
        Tekstlinje t => new Tekstlinje(t.Tekst, t.Skrift, t.X, t.Grunnlinje),
        Flate f => new Flate(f.X, f.Y, f.Bredde, f.Hoyde),
        Strek s => new Strek(s.X1, s.Y1, s.X2, s.Y2),
        _ => throw new ArgumentException("Bare tekst, streker og flater tegnes på nytt.", nameof(del)),
    };

    /// <summary>
    /// Word wrapping by measured width. '\n' starts a new line (an empty one too), and a word wider
    /// than the line is broken where it reaches the edge.
    /// </summary>
    internal IEnumerable<string> Bryt(string tekst, Skrift skrift, double bredde)
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
                while (rest.Length > 1 && skrifter.Bredde(rest, skrift) > bredde)
                {
                    var antall = Passer(rest, skrift, bredde);
                    yield return rest[..antall];
                    rest = rest[antall..];
                }
                linje.Append(rest);
            }
            yield return linje.ToString();
        }
    }

    /// <summary>How many characters from the start of a word fit in the width: at least one character, and never half a surrogate pair.</summary>
    private int Passer(string ord, Skrift skrift, double bredde)
    {
        int lav = 1, hoy = ord.Length;
        while (lav < hoy)
        {
            var midt = (lav + hoy + 1) / 2;
            if (skrifter.Bredde(ord[..midt], skrift) <= bredde)
            {
                lav = midt;
            }
            else
            {
                hoy = midt - 1;
            }
        }
        if (lav < ord.Length && char.IsLowSurrogate(ord[lav]))
        {
            lav += lav > 1 ? -1 : 1; // never split a surrogate pair
        }
        return lav;
    }
}
