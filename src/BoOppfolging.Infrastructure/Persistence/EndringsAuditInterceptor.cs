using BoOppfolging.Application.Audit;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BoOppfolging.Infrastructure.Persistence;

/// <summary>
/// Registers every creation and change of a case or a person in the audit log as part of the same
/// save, through <see cref="IAuditLogg"/>. No use case writes these entries by hand.
/// </summary>
public sealed class EndringsAuditInterceptor(Func<IAuditLogg> auditLogg) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Registrer(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Registrer(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private void Registrer(DbContext? context)
    {
        if (context is null) return;
        var endringer = new List<(AuditHandling Handling, string Hva, Guid? SakId, Guid? PersonId)>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            var handling = entry.State == EntityState.Added ? AuditHandling.Opprett : AuditHandling.Endre;
            switch (entry.Entity)
            {
                case Sak sak:
                    endringer.Add((handling, "Sak", sak.Id, sak.PersonId));
                    break;
                case Person person:
                    endringer.Add((handling, "Person", null, person.Id));
                    break;
            }
        }

        if (endringer.Count == 0) return;
        var logg = auditLogg();
        foreach (var (handling, hva, sakId, personId) in endringer)
        {
            logg.Registrer(handling, hva, sakId, personId);
        }
    }
}
