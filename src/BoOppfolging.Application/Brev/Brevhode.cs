namespace BoOppfolging.Application.Brev;

/// <summary>
/// What every letter has around its text: who sends it, to whom and where, the date, the case's
/// reference, and who signs it. Made in one place, <see cref="BrevService.LagHodeAsync"/>, and given
/// to the template in <see cref="Brevmaler"/>, so every letter (and every later one: vedtak, klage)
/// agrees on recipient, address and signature.
/// </summary>
public sealed record Brevhode(
    Brevavsender Avsender,
    Brevmottaker Mottaker,
    DateOnly Dato,
    string Referanse,
    string SignaturNavn,
    string SignaturTittel)
{
    /// <summary>The title under the name of the staff member who signs a letter.</summary>
    public const string Saksbehandler = "Saksbehandler";

    /// <summary>The line under the unit's name on a letter the service makes by itself.</summary>
    public const string Automatisk = "Dette brevet er laget automatisk.";
}

/// <summary>A postal address (all three parts). Where letters to a person go is decided by <see cref="BrevService.AdresseAsync"/>.</summary>
public sealed record Postadresse(string Adresse, string Postnummer, string Poststed)
{
    public IReadOnlyList<string> Linjer => [Adresse, $"{Postnummer} {Poststed}"];

    /// <summary>The address registered on a person: all three parts or none.</summary>
    public static Postadresse? Fra(string? adresse, string? postnummer, string? poststed) =>
        adresse is null ? null : new Postadresse(adresse, postnummer!, poststed!);
}
