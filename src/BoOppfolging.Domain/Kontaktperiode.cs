namespace BoOppfolging.Domain;

/// <summary>The two contacts every case in follow-up has, for continuity (seed 004 § 3.6).</summary>
public enum Kontaktrolle
{
    Primaerkontakt,
    Sekundaerkontakt,
}

/// <summary>
/// One period a bo-oppfølger is a case's primær- or sekundærkontakt: from a date until a later assignment ends it.
/// Made and ended only by <see cref="Sak.TildelKontakter(Guid, Guid?, DateOnly, string?, IEnumerable{Kontaktperiode}, DateOnly, Guid, DateTimeOffset)"/>,
/// never deleted: the history of who followed the citizen up. The case keeps the current two
/// (<see cref="Sak.PrimaerkontaktId"/>, <see cref="Sak.SekundaerkontaktId"/>) for access.
/// </summary>
public sealed class Kontaktperiode : ISaksdata
{
    public const int MaksBegrunnelse = 1000;

    private Kontaktperiode() { } // for EF Core

    internal Kontaktperiode(Guid sakId, Guid brukerId, Kontaktrolle rolle, DateOnly fra, string? begrunnelse, Guid tildeltAv, DateTimeOffset tildelt)
    {
        SakId = sakId;
        BrukerId = brukerId;
        Rolle = rolle;
        Fra = fra;
        Begrunnelse = begrunnelse;
        TildeltAv = tildeltAv;
        Tildelt = tildelt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }
    public Guid BrukerId { get; private set; }
    public Kontaktrolle Rolle { get; private set; }
    public DateOnly Fra { get; private set; }

    /// <summary>The last day, set when someone else takes the role; null while it lasts.</summary>
    public DateOnly? Til { get; private set; }

    /// <summary>Why the contact changed (a handover, a leave), when one was given.</summary>
    public string? Begrunnelse { get; private set; }
    public Guid TildeltAv { get; private set; }
    public DateTimeOffset Tildelt { get; private set; }

    public bool ErApen => Til is null;

    string? ISaksdata.Auditnavn => "Kontaktansvar";

    /// <summary>Ends the period the day before <paramref name="nesteFra"/> (the same day when the next starts the day this did).</summary>
    internal void Avslutt(DateOnly nesteFra) => Til = nesteFra > Fra ? nesteFra.AddDays(-1) : Fra;
}

public static class KontaktFeil
{
    public static readonly Feil FraFramITid = new("kontakt_fra_fram", "Tildelingen kan ikke gjelde fra en dato fram i tid. Velg i dag eller en dato som har vært.", "Fra");
    public static Feil FraForForrige(DateOnly forrige) => new(
        "kontakt_fra_for_forrige", $"Tildelingen kan ikke gjelde fra før dagens kontakter ble tildelt ({forrige:dd.MM.yyyy}).", "Fra");
    public static readonly Feil IngenEndring = new("kontakt_ingen_endring", "Det er allerede disse kontaktene saken har. Velg en annen, eller avbryt.", "PrimaerkontaktId");
}

public static class KontaktrolleTekster
{
    public static string Visningsnavn(this Kontaktrolle rolle) => rolle switch
    {
        Kontaktrolle.Primaerkontakt => "Primærkontakt",
        Kontaktrolle.Sekundaerkontakt => "Sekundærkontakt",
        _ => rolle.ToString(),
    };
}
