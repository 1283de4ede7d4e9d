using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoOppfolging.Infrastructure.Persistence.Configurations;

/// <summary>
/// Phase 3: the transition checklist, one per case. The period's dates are columns (a list across cases of transitions
/// under way, by move-in date, is the obvious next use: the index is there for it); the items, with their reopenings, are
/// read and written whole with the plan, so they are JSON.
/// </summary>
public sealed class OvergangsplanConfiguration : IEntityTypeConfiguration<Overgangsplan>
{
    public void Configure(EntityTypeBuilder<Overgangsplan> builder)
    {
        builder.ToTable("Overgangsplaner");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Versjon).IsConcurrencyToken();
        builder.HasIndex(p => p.SakId).IsUnique();
        builder.HasOne<Sak>().WithOne().HasForeignKey<Overgangsplan>(p => p.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Punkter)
            .HasConversion(Jsonlagring.Verdi<IReadOnlyList<Sjekkpunkt>>(), Jsonlagring.VerdiSammenligner<IReadOnlyList<Sjekkpunkt>>()).IsRequired();
        builder.HasIndex(p => p.Innflytting);
        builder.Ignore(p => p.FireUkerSlutt);
        builder.Ignore(p => p.OverlappDager);
        builder.Ignore(p => p.AntallGjort);
    }
}
