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
        builder.Property(h => h.Type).HasConversion<string>().HasMaxLength(40).IsUnicode(false);
        builder.Property(h => h.Tekst).HasMaxLength(2000).IsRequired();
        builder.HasIndex(h => new { h.SakId, h.Tidspunkt });
    }
}
