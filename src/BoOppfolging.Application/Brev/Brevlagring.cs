using System.Text.Json;

namespace BoOppfolging.Application.Brev;

/// <summary>
/// A letter's content as it is kept on <see cref="Domain.Brev.InnholdJson"/>. Sent letters are read
/// back from it for as long as they are kept, so the stored form is not <see cref="Brevinnhold"/>
/// itself but records of its own per schema version (<see cref="V1"/>): renaming a property of
/// <see cref="Brevinnhold"/> changes the mapping here, never the JSON of letters already stored.
/// Every letter is written in <see cref="GjeldendeVersjon"/>, with the number as its first property
/// (<c>"Skjemaversjon":1</c>); a letter stored before the number existed reads as version 1, and a
/// version this build does not know is refused with a clear error instead of being misread.
/// </summary>
/// <remarks>
/// Adding version 2 (say, a renamed or new field): copy <see cref="V1"/> to a <c>V2</c> with the new
/// shape, write <c>V2</c> in <see cref="TilJson"/>, set <see cref="GjeldendeVersjon"/> to 2, and add
/// <c>2 =&gt; Les&lt;V2.Innhold&gt;(rot).TilInnhold()</c> to <see cref="FraJson"/>. <see cref="V1"/>
/// is never changed again: its <c>TilInnhold</c> maps the old shape to the current record (a new field
/// gets the value old letters implicitly had). <c>BrevlagringTests</c> keeps a letter frozen in each
/// older format and reads it back; add one for the version being replaced.
/// </remarks>
public static class Brevlagring
{
    public const int GjeldendeVersjon = 2;
    private const string Versjonsfelt = "Skjemaversjon";

    private static readonly JsonSerializerOptions Valg = new(JsonSerializerDefaults.General)
    {
        // A block writes only the fields of its kind.
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string TilJson(Brevinnhold innhold) => JsonSerializer.Serialize(V2.Innhold.Fra(innhold), Valg);

    public static Brevinnhold FraJson(string json)
    {
        using var dokument = JsonDocument.Parse(json);
        var rot = dokument.RootElement;
        return Versjon(rot) switch
        {
            1 => Les<V1.Innhold>(rot).TilInnhold(),
            2 => Les<V2.Innhold>(rot).TilInnhold(),
            var ukjent => throw new NotSupportedException(
                $"Brevinnholdet har skjemaversjon {ukjent}, men denne versjonen av programmet kan bare lese versjon 1 til {GjeldendeVersjon}. "
                + "Brevet er lagret av en nyere versjon av programmet."),
        };
    }

    /// <summary>The schema version a stored letter names; none named is version 1 (letters stored before versions existed).</summary>
    private static int Versjon(JsonElement rot)
    {
        if (rot.ValueKind != JsonValueKind.Object) throw new InvalidOperationException("Brevinnholdet kunne ikke leses.");
        if (!rot.TryGetProperty(Versjonsfelt, out var versjon)) return 1;
        return versjon.ValueKind == JsonValueKind.Number && versjon.TryGetInt32(out var tall)
            ? tall
            : throw new NotSupportedException($"Brevinnholdet har en ugyldig skjemaversjon ({versjon.GetRawText()}).");
    }

    private static T Les<T>(JsonElement rot) =>
        rot.Deserialize<T>(Valg) ?? throw new InvalidOperationException("Brevinnholdet kunne ikke leses.");

    /// <summary>
    /// Version 1, exactly the shape letters were stored in before the version number existed (the
    /// property names of <see cref="Brevinnhold"/> and its parts then). Frozen: never rename or remove
    /// a property here.
    /// </summary>
    internal static class V1
    {
        internal sealed record Innhold(
            int Skjemaversjon,
            Avsender Avsender,
            Mottaker Mottaker,
            DateOnly Dato,
            string Referanse,
            string Tittel,
            IReadOnlyList<Seksjon> Seksjoner,
            string SignaturNavn,
            string SignaturTittel)
        {
            public static Innhold Fra(Brevinnhold b) => new(
                1,
                new(b.Avsender.Kommune, b.Avsender.Enhet, b.Avsender.Adresse, b.Avsender.Telefon, b.Avsender.Epost),
                new(b.Mottaker.Navn, b.Mottaker.Adresselinjer),
                b.Dato,
                b.Referanse,
                b.Tittel,
                [.. b.Seksjoner.Select(s => new Seksjon(s.Overskrift, [.. s.Tekster()]))],
                b.SignaturNavn,
                b.SignaturTittel);

            public Brevinnhold TilInnhold() => new(
                new Brevavsender(Avsender.Kommune, Avsender.Enhet, Avsender.Adresse, Avsender.Telefon, Avsender.Epost),
                new Brevmottaker(Mottaker.Navn, Mottaker.Adresselinjer),
                Dato,
                Referanse,
                Tittel,
                [.. Seksjoner.Select(s => new Brevseksjon(s.Overskrift, s.Avsnitt))],
                SignaturNavn,
                SignaturTittel);
        }

        internal sealed record Avsender(string Kommune, string Enhet, string Adresse, string Telefon, string Epost);

        internal sealed record Mottaker(string Navn, IReadOnlyList<string> Adresselinjer);

        internal sealed record Seksjon(string? Overskrift, IReadOnlyList<string> Avsnitt);
    }

    /// <summary>
    /// Version 2: a section holds blocks (a paragraph, a list, a table) instead of paragraphs only, so a
    /// letter can have the lists and tables the tagged PDF marks as such. Frozen from the day it was
    /// written, as <see cref="V1"/> is.
    /// </summary>
    internal static class V2
    {
        internal sealed record Innhold(
            int Skjemaversjon,
            V1.Avsender Avsender,
            V1.Mottaker Mottaker,
            DateOnly Dato,
            string Referanse,
            string Tittel,
            IReadOnlyList<Seksjon> Seksjoner,
            string SignaturNavn,
            string SignaturTittel)
        {
            public static Innhold Fra(Brevinnhold b) => new(
                2,
                new(b.Avsender.Kommune, b.Avsender.Enhet, b.Avsender.Adresse, b.Avsender.Telefon, b.Avsender.Epost),
                new(b.Mottaker.Navn, b.Mottaker.Adresselinjer),
                b.Dato,
                b.Referanse,
                b.Tittel,
                [.. b.Seksjoner.Select(s => new Seksjon(s.Overskrift, [.. s.Blokker.Select(Blokk.Fra)]))],
                b.SignaturNavn,
                b.SignaturTittel);

            public Brevinnhold TilInnhold() => new(
                new Brevavsender(Avsender.Kommune, Avsender.Enhet, Avsender.Adresse, Avsender.Telefon, Avsender.Epost),
                new Brevmottaker(Mottaker.Navn, Mottaker.Adresselinjer),
                Dato,
                Referanse,
                Tittel,
                [.. Seksjoner.Select(s => new Brevseksjon(s.Overskrift, [.. s.Blokker.Select(b => b.TilBlokk())]))],
                SignaturNavn,
                SignaturTittel);
        }

        internal sealed record Seksjon(string? Overskrift, IReadOnlyList<Blokk> Blokker);

        /// <summary>One block, written with its kind ("Avsnitt", "Liste", "Tabell") and only the fields that kind uses.</summary>
        internal sealed record Blokk(
            string Type,
            string? Tekst = null,
            IReadOnlyList<string>? Punkter = null,
            bool? Nummerert = null,
            IReadOnlyList<string>? Kolonner = null,
            IReadOnlyList<IReadOnlyList<string>>? Rader = null)
        {
            public static Blokk Fra(Brevblokk b) => b switch
            {
                Brevavsnitt a => new("Avsnitt", Tekst: a.Tekst),
                Brevliste l => new("Liste", Punkter: l.Punkter, Nummerert: l.Nummerert),
                Brevtabell t => new("Tabell", Kolonner: t.Kolonner, Rader: t.Rader),
                _ => throw new NotSupportedException($"Ukjent brevblokk: {b.GetType().Name}"),
            };

            public Brevblokk TilBlokk() => Type switch
            {
                "Avsnitt" => new Brevavsnitt(Tekst ?? ""),
                "Liste" => new Brevliste(Punkter ?? [], Nummerert ?? false),
                "Tabell" => new Brevtabell(Kolonner ?? [], Rader ?? []),
                _ => throw new NotSupportedException($"Brevinnholdet har en ukjent blokktype ({Type})."),
            };
        }
    }
}
