namespace BoOppfolging.Domain;

/// <summary>What was done, in the audit log's words.</summary>
public enum AuditHandling
{
    Les,
    Opprett,
    Endre,
    Skriv,
    Eksport,
    Innlogging,
    FeiletInnlogging,
    Utlogging,
    Slett,

    // The administrator's changes to staff accounts, with the account in KontoId.
    KontoOpprettet,
    RollerEndret,
    KontoDeaktivert,
    KontoAktivert,
    TeamEndret,
}

/// <summary>
/// One line of the append-only audit log: who did what to which person or case, when, and from
/// where. There is no method that changes an entry, and the data layer refuses updates and deletes.
/// <see cref="Beskrivelse"/> names the kind of record (e.g. "Sak"), never its contents.
/// <see cref="KontoId"/> is the user account an administrator changed (never its name or e-mail).
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { } // for EF Core

    public AuditEntry(
        DateTimeOffset tidspunkt,
        Guid? brukerId,
        AuditHandling handling,
        string beskrivelse,
        Guid? sakId,
        Guid? personId,
        string? ipAdresse,
        string? korrelasjonsId,
        Guid? kontoId = null)
    {
        Tidspunkt = tidspunkt;
        BrukerId = brukerId;
        Handling = handling;
        Beskrivelse = beskrivelse;
        SakId = sakId;
        PersonId = personId;
        IpAdresse = ipAdresse;
        KorrelasjonsId = korrelasjonsId;
        KontoId = kontoId;
    }

    public long Id { get; private set; }
    public DateTimeOffset Tidspunkt { get; private set; }
    public Guid? BrukerId { get; private set; }
    public AuditHandling Handling { get; private set; }
    public string Beskrivelse { get; private set; } = "";
    public Guid? SakId { get; private set; }
    public Guid? PersonId { get; private set; }
    public string? IpAdresse { get; private set; }
    public string? KorrelasjonsId { get; private set; }
    public Guid? KontoId { get; private set; }
}
