using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoOppfolging.Infrastructure.Persistence.Configurations;

public sealed class HendelseConfiguration : IEntityTypeConfiguration<Hendelse>
{
    public void Configure(EntityTypeBuilder<Hendelse> builder)
    {
        builder.ToTable("Hendelser");
        builder.HasKey(h => h.Id);
        // The domain makes the key (Guid v7) when it adds the event to Sak.Hendelser. Without this EF
        // treats a new event reached through the navigation of a loaded case as an existing row and
        // tries an UPDATE, which fails with a concurrency exception.
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Type).HasConversion<string>().HasMaxLength(40).IsUnicode(false);
        builder.Property(h => h.Tekst).HasMaxLength(2000).IsRequired();
        builder.HasIndex(h => new { h.SakId, h.Tidspunkt });
    }
}
