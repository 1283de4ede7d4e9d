namespace BoOppfolging.Application.Brev;

/// <summary>The sender block: the municipality and its unit, from <see cref="KommuneOptions"/>.</summary>
public sealed record Brevavsender(string Kommune, string Enhet, string Adresse, string Telefon, string Epost)
{
    public static Brevavsender Fra(KommuneOptions kommune) =>
        new(kommune.Navn, kommune.Enhet, kommune.Adresse, kommune.Telefon, kommune.Epost);
}

/// <summary>Who the letter goes to: a name and the address lines under it (may be empty).</summary>
public sealed record Brevmottaker(string Navn, IReadOnlyList<string> Adresselinjer);

/// <summary>A part of the letter's body: an optional heading and its paragraphs.</summary>
public sealed record Brevseksjon(string? Overskrift, IReadOnlyList<string> Avsnitt);

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
