using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoOppfolging.Infrastructure.Persistence.Configurations;

/// <summary>
/// Phase 3: a goal's status, one row per goal and case (absent: not started). The current status is a column (a count of
/// goals reached across cases is the obvious next use); the history of changes is read and written whole, so it is JSON.
/// </summary>
public sealed class MaalstatusConfiguration : IEntityTypeConfiguration<Maalstatus>
{
    public void Configure(EntityTypeBuilder<Maalstatus> builder)
    {
        builder.ToTable("Maalstatuser");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Versjon).IsConcurrencyToken();
        builder.HasIndex(m => new { m.SakId, m.MaalId }).IsUnique();
        builder.HasOne<Sak>().WithMany().HasForeignKey(m => m.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(m => m.Historikk)
            .HasConversion(Jsonlagring.Verdi<IReadOnlyList<Maalstatusendring>>(), Jsonlagring.VerdiSammenligner<IReadOnlyList<Maalstatusendring>>()).IsRequired();
    }
}
