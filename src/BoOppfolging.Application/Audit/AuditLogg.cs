using BoOppfolging.Application.Common;
using BoOppfolging.Domain;

namespace BoOppfolging.Application.Audit;

/// <summary>
/// The one way entries are written. A read of a case is written once per request (this service is
/// scoped): a page that shows the case, its intake, its application and its consents is one read of that
/// case, whichever service reads first. Where the host has a queue for read entries (<see cref="ILeseauditko"/>),
/// a read's entry is stored there, durably, before the read returns, and moved into the log with others.
/// </summary>
public sealed class AuditLogg(IAppDbContext db, ICurrentUser currentUser, TimeProvider timeProvider, ILeseauditko? leseko = null) : IAuditLogg
{
    private readonly HashSet<Guid> _lesteSaker = [];

    public void Registrer(AuditHandling handling, string beskrivelse, Guid? sakId = null, Guid? personId = null) =>
        Legg(handling, beskrivelse, sakId, personId, currentUser.Id);

    public void RegistrerKontoendring(AuditHandling handling, string beskrivelse, Guid kontoId) =>
        Legg(handling, beskrivelse, null, null, currentUser.Id, kontoId);

    public async Task SkrivForBrukerAsync(AuditHandling handling, Guid? brukerId, CancellationToken ct)
    {
        Legg(handling, "Konto", null, null, brukerId ?? currentUser.Id);
        await db.SaveChangesAsync(ct);
    }

    private void Legg(AuditHandling handling, string beskrivelse, Guid? sakId, Guid? personId, Guid? brukerId, Guid? kontoId = null) =>
        db.AuditLogg.Add(Ny(handling, beskrivelse, sakId, personId, brukerId, kontoId));

    private AuditEntry Ny(AuditHandling handling, string beskrivelse, Guid? sakId, Guid? personId, Guid? brukerId, Guid? kontoId = null) =>
        new(
            timeProvider.GetUtcNow(),
            brukerId,
            handling,
            beskrivelse,
            sakId,
            personId,
            currentUser.IpAdresse,
            currentUser.KorrelasjonsId,
            kontoId);

    public async Task SkrivAsync(AuditHandling handling, string beskrivelse, Guid? sakId, Guid? personId, CancellationToken ct)
    {
        if (handling == AuditHandling.Les && sakId is { } lest && !_lesteSaker.Add(lest)) return;
        var entry = Ny(handling, beskrivelse, sakId, personId, currentUser.Id);
        if (handling == AuditHandling.Les && leseko is not null && await leseko.LeggTilAsync(entry, ct)) return;
        db.AuditLogg.Add(entry);
        await db.SaveChangesAsync(ct);
    }
}
