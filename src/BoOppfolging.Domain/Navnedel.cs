using System.Globalization;
using System.Text;

namespace BoOppfolging.Domain;

/// <summary>
/// One part of a person's name, in lower case, kept so that the work list can find a person by the
/// start of any part of the name with an index ("nord" and "kari nord" find Kari Nordmann; "ari" does
/// not). The person keeps its parts in step with its name (<see cref="Person.EndreNavn"/>); the search
/// splits what is typed with the same <see cref="Deler"/>, so both sides agree on case and on æøå.
/// </summary>
public sealed class Navnedel
{
    /// <summary>Fornavn and etternavn are at most 100 characters each, so a part is too.</summary>
    public const int MaksLengde = 100;

    private Navnedel() { } // for EF Core

    internal Navnedel(string del) => Del = del;

    public Guid PersonId { get; private set; }
    public string Del { get; private set; } = "";

    /// <summary>
    /// The parts of a name or a search text: runs of letters and digits, in Unicode's composed form
    /// and lower case (invariant, so "Ø" and "ø" are the same part), each once, in order. Hyphens,
    /// spaces, apostrophes and other punctuation separate parts: "Nordmann-Hansen" is "nordmann" and "hansen".
    /// </summary>
    public static IReadOnlyList<string> Deler(string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst)) return [];
        var deler = new List<string>();
        var del = new StringBuilder();
        foreach (var tegn in tekst.Normalize(NormalizationForm.FormC).ToLowerInvariant().EnumerateRunes())
        {
            if (ErIDel(tegn))
            {
                del.Append(tegn.ToString());
                continue;
            }

            LeggTil();
        }

        LeggTil();
        return deler;

        void LeggTil()
        {
            if (del.Length == 0) return;
            var ferdig = del.ToString();
            if (ferdig.Length > MaksLengde) ferdig = ferdig[..(char.IsHighSurrogate(ferdig[MaksLengde - 1]) ? MaksLengde - 1 : MaksLengde)];
            if (!deler.Contains(ferdig, StringComparer.Ordinal)) deler.Add(ferdig);
            del.Clear();
        }
    }

    private static bool ErIDel(Rune tegn) =>
        Rune.IsLetterOrDigit(tegn)
        || Rune.GetUnicodeCategory(tegn) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
