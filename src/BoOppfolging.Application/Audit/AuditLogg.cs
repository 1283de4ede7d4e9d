using BoOppfolging.Application.Common;
using BoOppfolging.Domain;

namespace BoOppfolging.Application.Audit;

public sealed class AuditLogg(IAppDbContext db, ICurrentUser currentUser, TimeProvider timeProvider) : IAuditLogg
{
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
        db.AuditLogg.Add(new AuditEntry(
            timeProvider.GetUtcNow(),
            brukerId,
            handling,
            beskrivelse,
            sakId,
            personId,
            currentUser.IpAdresse,
            currentUser.KorrelasjonsId,
            kontoId));

    public async Task SkrivAsync(AuditHandling handling, string beskrivelse, Guid? sakId, Guid? personId, CancellationToken ct)
    {
        Registrer(handling, beskrivelse, sakId, personId);
        await db.SaveChangesAsync(ct);
    }
}
