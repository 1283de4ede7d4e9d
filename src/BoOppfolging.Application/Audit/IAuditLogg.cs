using BoOppfolging.Domain;

namespace BoOppfolging.Application.Audit;

/// <summary>
/// The one way the audit log is written. Changes to cases and persons are registered by the data
/// layer on save; reads, prints, exports and log-ins are registered by the service that does them.
/// </summary>
public interface IAuditLogg
{
    /// <summary>Adds an entry that is written with the next save of the unit of work.</summary>
    void Registrer(AuditHandling handling, string beskrivelse, Guid? sakId = null, Guid? personId = null);

    /// <summary>An administrator's change to a user account (in the next save, with the change itself).</summary>
    void RegistrerKontoendring(AuditHandling handling, string beskrivelse, Guid kontoId);

    /// <summary>For log-in events, where the user is known before the request is signed in.</summary>
    Task SkrivForBrukerAsync(AuditHandling handling, Guid? brukerId, CancellationToken ct);

    /// <summary>Adds an entry and writes it at once (for reads, where nothing else is saved).</summary>
    Task SkrivAsync(AuditHandling handling, string beskrivelse, Guid? sakId, Guid? personId, CancellationToken ct);
}
