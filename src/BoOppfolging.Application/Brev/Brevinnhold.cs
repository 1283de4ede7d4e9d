namespace BoOppfolging.Application.Brev;

/// <summary>The sender block: the municipality and its unit, from <see cref="KommuneOptions"/>.</summary>
public sealed record Brevavsender(string Kommune, string Enhet, string Adresse, string Telefon, string Epost)
{
    public static Brevavsender Fra(KommuneOptions kommune) =>
        new(kommune.Navn, kommune.Enhet, kommune.Adresse, kommune.Telefon, kommune.Epost);
}

/// <summary>Who the letter goes to: a name and the address lines under it (may be empty).</summary>
public sealed record Brevmottaker(string Navn, IReadOnlyList<string> Adresselinjer);

/// <summary>
/// One block of a section's body, in reading order. The print view, the letter page and the PDF each
/// render every kind (a paragraph, a bulleted or numbered list, a table), and the PDF tags it as such.
/// </summary>
public abstract record Brevblokk;

/// <summary>A paragraph of running text.</summary>
public sealed record Brevavsnitt(string Tekst) : Brevblokk;

/// <summary>A list: bulleted, or numbered when the order matters (steps, what a complaint must contain).</summary>
public sealed record Brevliste(IReadOnlyList<string> Punkter, bool Nummerert = false) : Brevblokk;

/// <summary>
/// A small table (the hours and period granted, say): a header row and rows of the same width. The first
/// column of each row is the row's heading.
/// </summary>
public sealed record Brevtabell(IReadOnlyList<string> Kolonner, IReadOnlyList<IReadOnlyList<string>> Rader) : Brevblokk;

/// <summary>A part of the letter's body: an optional heading and its blocks.</summary>
public sealed record Brevseksjon(string? Overskrift, IReadOnlyList<Brevblokk> Blokker)
{
    /// <summary>A section of paragraphs only, as most of a letter is.</summary>
    public Brevseksjon(string? overskrift, IReadOnlyList<string> avsnitt)
        : this(overskrift, [.. avsnitt.Select(a => (Brevblokk)new Brevavsnitt(a))])
    {
    }

    /// <summary>The section's text in order, one string per paragraph, list item or table row (for checks and plain-text views).</summary>
    public IEnumerable<string> Tekster() => Blokker.SelectMany(b => b switch
    {
        Brevavsnitt a => [a.Tekst],
        Brevliste l => l.Punkter,
        Brevtabell t => t.Rader.Select(r => string.Join(" ", r)),
        _ => [],
    });
}

/// <summary>
/// Everything a letter says, in the order it says it. The print view and the PDF are both made from
/// this one record, so they always have the same content.
/// </summary>
public sealed record Brevinnhold(
    Brevavsender Avsender,
    Brevmottaker Mottaker,
    DateOnly Dato,
    string Referanse,
    string Tittel,
    IReadOnlyList<Brevseksjon> Seksjoner,
    string SignaturNavn,
    string SignaturTittel);
