using BoOppfolging.Application.Audit;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BoOppfolging.Infrastructure.Persistence;

/// <summary>
/// Registers every creation, change and deletion of a case, a person, an application draft, an attachment
/// and every row of a case (<see cref="ISaksdata"/>: the application, consents, letters, referrals, contacts,
/// requests for information, ...) in the audit log as part of the same save, through <see cref="IAuditLogg"/>.
/// No use case writes these entries by hand.
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
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var handling = entry.State switch
            {
                EntityState.Added => AuditHandling.Opprett,
                EntityState.Deleted => AuditHandling.Slett,
                _ => AuditHandling.Endre,
            };
            switch (entry.Entity)
            {
                case Sak sak:
                    endringer.Add((handling, "Sak", sak.Id, sak.PersonId));
                    break;
                case Person person:
                    endringer.Add((handling, "Person", null, person.Id));
                    break;
                case Soknadsutkast utkast:
                    endringer.Add((handling, "Søknadsutkast", null, utkast.PersonId));
                    break;
                case Vedlegg vedlegg:
                    endringer.Add((handling, "Vedlegg", vedlegg.SakId, null));
                    break;
                case ISaksdata saksdata when saksdata.Auditnavn is { } navn:
                    // Every row of a case (ISaksdata): a new kind of case data is audited without a line here.
                    endringer.Add((handling, navn, saksdata.SakId, null));
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
