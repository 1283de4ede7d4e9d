namespace BoOppfolging.Domain;

/// <summary>Why a bo-oppfølger opens a case that is not theirs: the kinds the team leader reviews by.</summary>
public enum Vikargrunn
{
    /// <summary>The contact is ill or away for the day.</summary>
    Fravaer,

    /// <summary>The contact is on holiday or leave.</summary>
    FeriePermisjon,

    /// <summary>Something happened with the citizen that cannot wait for the contact.</summary>
    AkuttSituasjon,

    Annet,
}

public static class VikargrunnTekst
{
    public static string Visningsnavn(this Vikargrunn grunn) => grunn switch
    {
        Vikargrunn.Fravaer => "Kontaktpersonen er syk eller borte i dag",
        Vikargrunn.FeriePermisjon => "Kontaktpersonen har ferie eller permisjon",
        Vikargrunn.AkuttSituasjon => "Akutt situasjon hos brukeren",
        Vikargrunn.Annet => "Annet",
        _ => grunn.ToString(),
    };
}

/// <summary>
/// Stand-in access ("break the glass"): a bo-oppfølger covering for an absent colleague opens a case where they are not
/// contact by stating why. The access holds for the Norwegian calendar day it was given (<see cref="Dato"/>) and ends at
/// midnight; the row is never changed but for the team leader's review, and never deleted. The reason's kind goes into the
/// audit log; the free text stays here, read by the team leader on the review list.
/// </summary>
public sealed class Vikartilgang : ISaksdata
{
    public const int MinBegrunnelse = 10;
    public const int MaksBegrunnelse = 500;

    private Vikartilgang() { } // for EF Core

    public Guid Id { get; private set; }
    public Guid SakId { get; private set; }

    /// <summary>The bo-oppfølger given access.</summary>
    public Guid BrukerId { get; private set; }

    /// <summary>The day the access holds (Norwegian time): to the end of it.</summary>
    public DateOnly Dato { get; private set; }
    public DateTimeOffset Gitt { get; private set; }
    public Vikargrunn Grunn { get; private set; }
    public string Begrunnelse { get; private set; } = "";

    /// <summary>The contact they cover for, when they name one.</summary>
    public Guid? DekkerFor { get; private set; }

    public Guid? GjennomgattAv { get; private set; }
    public DateTimeOffset? Gjennomgatt { get; private set; }

    /// <summary>The audit entry names the reason's kind (never the free text, which may name people).</summary>
    string? ISaksdata.Auditnavn => $"Vikartilgang: {Grunn.Visningsnavn()}";

    public static Result<Vikartilgang> Gi(
        Guid sakId, Guid brukerId, Vikargrunn grunn, string? begrunnelse, Guid? dekkerFor, DateTimeOffset tidspunkt)
    {
        var tekst = begrunnelse?.Trim() ?? "";
        if (!Enum.IsDefined(grunn)) return Result<Vikartilgang>.Fail(VikarFeil.Grunn);
        if (tekst.Length is < MinBegrunnelse or > MaksBegrunnelse) return Result<Vikartilgang>.Fail(VikarFeil.Begrunnelse);
        if (dekkerFor == brukerId) return Result<Vikartilgang>.Fail(VikarFeil.DekkerForSegSelv);
        return Result<Vikartilgang>.Ok(new Vikartilgang
        {
            Id = Guid.CreateVersion7(tidspunkt),
            SakId = sakId,
            BrukerId = brukerId,
            Dato = Norsktid.Dato(tidspunkt),
            Gitt = tidspunkt,
            Grunn = grunn,
            Begrunnelse = tekst,
            DekkerFor = dekkerFor,
        });
    }

    /// <summary>Does the access still hold on <paramref name="idag"/>? Only on the day it was given.</summary>
    public bool GjelderPaa(DateOnly idag) => Dato == idag;

    /// <summary>The end of the access, for the user: midnight after the day.</summary>
    public DateTimeOffset Utloper => Norsktid.Tidspunkt(Dato.AddDays(1), TimeOnly.MinValue);

    /// <summary>The team leader marks the access as reviewed; once only.</summary>
    public Result Gjennomga(Guid teamleder, DateTimeOffset tidspunkt)
    {
        if (GjennomgattAv is not null) return Result.Fail(VikarFeil.AlleredeGjennomgatt);
        (GjennomgattAv, Gjennomgatt) = (teamleder, tidspunkt);
        return Result.Ok();
    }
}

public static class VikarFeil
{
    public static readonly Feil Grunn = new("vikar_grunn", "Velg hvorfor du trenger tilgang.", "Grunn");

    public static readonly Feil Begrunnelse = new(
        "vikar_begrunnelse",
        $"Skriv kort hvorfor du må åpne saken ({Vikartilgang.MinBegrunnelse}–{Vikartilgang.MaksBegrunnelse} tegn).",
        "Begrunnelse");

    public static readonly Feil DekkerForSegSelv = new("vikar_dekker_for", "Velg kollegaen du dekker for, ikke deg selv.", "DekkerFor");

    public static readonly Feil FantIkkeSak = new(
        "vikar_fant_ikke_sak", "Fant ingen sak i oppfølging med dette saksnummeret eller fødselsnummeret.", "Sok");

    public static readonly Feil AlleredeGjennomgatt = new("vikar_gjennomgatt", "Tilgangen er allerede gjennomgått.");
}
