using BoOppfolging.Domain;

namespace BoOppfolging.Application.Audit;

/// <summary>
/// Where the audit log's read entries wait, durably, to be moved into the log together, when the host
/// has such a queue (SQLite: docs/architecture.md, "Audit"). Without one, <see cref="AuditLogg"/> saves
/// each read entry in the log at once.
/// </summary>
public interface ILeseauditko
{
    /// <summary>
    /// Stores the entry so that it survives a crash, and returns when it is stored. False when it could
    /// not be stored: the caller saves it in the log itself.
    /// </summary>
    Task<bool> LeggTilAsync(AuditEntry entry, CancellationToken ct);

    /// <summary>Moves every stored entry into the audit log now.</summary>
    Task SkrivKoenAsync(CancellationToken ct);
}
