namespace BoOppfolging.Domain;

/// <summary>
/// A designated area in a letter text that the saksbehandler writes when making the letter (the reasons
/// for a delay, what is asked for): its key, the label the form shows, and whether the letter can be sent
/// while it is empty.
/// </summary>
public sealed record Fritekstfelt(string Nokkel, string Ledetekst, bool Paakrevd);

/// <summary>
/// One section of a letter text: an optional heading, a body in Markdown with merge fields
/// (<c>{{person.navn}}</c>), an optional condition (a key from the letter type's list, or <c>!key</c>
/// for its opposite: the section is only in letters where it holds), or a free-text area the
/// saksbehandler fills (then the body is not used).
/// </summary>
public sealed record Brevtekstseksjon(string? Overskrift, string Tekst, string? Betingelse = null, Fritekstfelt? Fritekst = null);

public enum Brevtekststatus
{
    Utkast,
    Publisert,
}

/// <summary>
/// One version of the standard text of a letter type. A draft may be edited; publishing gives it a
/// valid-from date, and from then on it never changes. The text in force on a date is the published
/// version with the latest valid-from date on or before it (the higher number wins a tie). A letter
/// keeps the id of the version it was made with.
/// </summary>
public sealed class Brevtekstversjon : IHarVersjon
{
    private Brevtekstversjon() { } // for EF Core

    private Brevtekstversjon(Brevtype type, int nummer, string tittel, IReadOnlyList<Brevtekstseksjon> seksjoner, Guid? av, DateTimeOffset tidspunkt)
    {
        Type = type;
        Nummer = nummer;
        Tittel = tittel;
        Seksjoner = [.. seksjoner];
        OpprettetAv = av;
        Opprettet = tidspunkt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Brevtype Type { get; private set; }

    /// <summary>1, 2, 3 … within the letter type.</summary>
    public int Nummer { get; private set; }
    public Brevtekststatus Status { get; private set; } = Brevtekststatus.Utkast;

    /// <summary>The letter's title; merge fields allowed, no Markdown.</summary>
    public string Tittel { get; private set; } = "";
    public List<Brevtekstseksjon> Seksjoner { get; private set; } = [];
    public DateOnly? GyldigFra { get; private set; }
    public Guid? OpprettetAv { get; private set; }
    public DateTimeOffset Opprettet { get; private set; }
    public Guid? EndretAv { get; private set; }
    public DateTimeOffset? Endret { get; private set; }
    public Guid? PublisertAv { get; private set; }
    public DateTimeOffset? Publisert { get; private set; }
    public Guid Versjon { get; private set; } = Guid.NewGuid();

    public void NyVersjon() => Versjon = Guid.NewGuid();

    /// <summary>A new draft (a copy of the text in force, as the editor starts one).</summary>
    public static Brevtekstversjon NyttUtkast(
        Brevtype type, int nummer, string tittel, IReadOnlyList<Brevtekstseksjon> seksjoner, Guid? av, DateTimeOffset tidspunkt) =>
        new(type, nummer, tittel, seksjoner, av, tidspunkt);

    /// <summary>The text shipped with the app (version 1), published from <paramref name="gyldigFra"/> by no one.</summary>
    public static Brevtekstversjon Grunnversjon(
        Guid id, Brevtype type, string tittel, IReadOnlyList<Brevtekstseksjon> seksjoner, DateOnly gyldigFra, DateTimeOffset tidspunkt) =>
        new(type, 1, tittel, seksjoner, null, tidspunkt)
        {
            Id = id,
            Status = Brevtekststatus.Publisert,
            GyldigFra = gyldigFra,
            Publisert = tidspunkt,
        };

    /// <summary>A draft may be rewritten; a published version never.</summary>
    public Result Endre(string tittel, IReadOnlyList<Brevtekstseksjon> seksjoner, Guid? av, DateTimeOffset tidspunkt)
    {
        if (Status == Brevtekststatus.Publisert) return Result.Fail(BrevtekstFeil.AlleredePublisert);
        (Tittel, Seksjoner, EndretAv, Endret) = (tittel, [.. seksjoner], av, tidspunkt);
        return Result.Ok();
    }

    /// <summary>Publishes the draft from <paramref name="gyldigFra"/>, which is <paramref name="idag"/> or later (a letter already made keeps its text).</summary>
    public Result Publiser(DateOnly gyldigFra, DateOnly idag, Guid? av, DateTimeOffset tidspunkt)
    {
        if (Status == Brevtekststatus.Publisert) return Result.Fail(BrevtekstFeil.AlleredePublisert);
        if (gyldigFra < idag) return Result.Fail(BrevtekstFeil.GyldigFraTilbakeITid);
        (Status, GyldigFra, PublisertAv, Publisert) = (Brevtekststatus.Publisert, gyldigFra, av, tidspunkt);
        return Result.Ok();
    }

    /// <summary>Whether this version is the one in force on <paramref name="dato"/> among <paramref name="versjoner"/> of its type.</summary>
    public static Brevtekstversjon? GjeldendePaa(IEnumerable<Brevtekstversjon> versjoner, DateOnly dato) =>
        versjoner
            .Where(v => v.Status == Brevtekststatus.Publisert && v.GyldigFra <= dato)
            .OrderByDescending(v => v.GyldigFra).ThenByDescending(v => v.Nummer)
            .FirstOrDefault();
}

public static class BrevtekstFeil
{
    public static readonly Feil AlleredePublisert = new("brevtekst_publisert", "Denne versjonen er publisert og kan ikke endres. Lag et nytt utkast.");
    public static readonly Feil GyldigFraTilbakeITid = new("brevtekst_gyldig_fra", "Gyldig fra kan ikke være før i dag.", "GyldigFra");
}
