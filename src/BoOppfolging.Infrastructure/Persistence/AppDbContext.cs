using BoOppfolging.Application.Common;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Infrastructure.Persistence;

/// <summary>
/// The one DbContext: the domain, Identity's tables and the Data Protection keys. Each provider has
/// its own subclass with its own migrations (<see cref="SqliteAppDbContext"/>, <see cref="SqlServerAppDbContext"/>).
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), IAppDbContext, IDataProtectionKeyContext
{
    public void ForkastUlagredeEndringer() => ChangeTracker.Clear();

    public DbSet<Person> Personer => Set<Person>();
    public DbSet<Navnedel> Navnedeler => Set<Navnedel>();
    public DbSet<Sak> Saker => Set<Sak>();
    public DbSet<Hendelse> Hendelser => Set<Hendelse>();
    public DbSet<Team> Team => Set<Team>();
    public DbSet<TeamMedlem> TeamMedlemmer => Set<TeamMedlem>();
    public DbSet<AuditEntry> AuditLogg => Set<AuditEntry>();
    public DbSet<Soknadsutkast> Soknadsutkast => Set<Soknadsutkast>();
    public DbSet<Soknad> Soknader => Set<Soknad>();
    public DbSet<Vedlegg> Vedlegg => Set<Vedlegg>();
    public DbSet<Samtykke> Samtykker => Set<Samtykke>();
    public DbSet<Domain.Brev> Brev => Set<Domain.Brev>();
    public DbSet<Brevtekstversjon> Brevtekstversjoner => Set<Brevtekstversjon>();
    public DbSet<Henvendelse> Henvendelser => Set<Henvendelse>();
    public DbSet<Kontaktforsok> Kontaktforsok => Set<Kontaktforsok>();
    public DbSet<Opplysningsbehov> Opplysningsbehov => Set<Opplysningsbehov>();
    public DbSet<Henvisning> Henvisninger => Set<Henvisning>();
    public DbSet<Referanseserie> Referanseserier => Set<Referanseserie>();
    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ForberedLagring();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ForberedLagring();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void ForberedLagring()
    {
        foreach (var entry in ChangeTracker.Entries<AuditEntry>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("Audit log entries are append-only.");
            }
        }

        foreach (var entry in ChangeTracker.Entries<IHarVersjon>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.NyVersjon();
            }
        }
    }
}
