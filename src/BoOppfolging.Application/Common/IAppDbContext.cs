using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Common;

/// <summary>The data the use cases work on. EF Core's DbContext is the unit of work; there is no repository.</summary>
public interface IAppDbContext
{
    DbSet<Person> Personer { get; }

    /// <summary>For the name search to read. Written only through <see cref="Person"/>, which keeps them in step with the name.</summary>
    DbSet<Navnedel> Navnedeler { get; }
    DbSet<Sak> Saker { get; }
    DbSet<Hendelse> Hendelser { get; }
    DbSet<Team> Team { get; }
    DbSet<TeamMedlem> TeamMedlemmer { get; }
    DbSet<Soknadsutkast> Soknadsutkast { get; }
    DbSet<Domain.Soknad> Soknader { get; }
    DbSet<Vedlegg> Vedlegg { get; }
    DbSet<Samtykke> Samtykker { get; }
    DbSet<Domain.Brev> Brev { get; }
    DbSet<Brevtekstversjon> Brevtekstversjoner { get; }
    DbSet<Henvendelse> Henvendelser { get; }
    DbSet<Kontaktforsok> Kontaktforsok { get; }
    DbSet<Opplysningsbehov> Opplysningsbehov { get; }
    DbSet<Henvisning> Henvisninger { get; }

    /// <summary>Append-only: the data layer refuses updates and deletes of entries.</summary>
    DbSet<AuditEntry> AuditLogg { get; }

    /// <summary>The rows of one kind, for code over many kinds (<c>TilgangService.Synlige&lt;T&gt;()</c> on <see cref="ISaksdata"/>).</summary>
    DbSet<TEntity> Set<TEntity>() where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>Forgets every change not saved (a use case that ran several units of work in one request, and one was refused).</summary>
    void ForkastUlagredeEndringer();
}
