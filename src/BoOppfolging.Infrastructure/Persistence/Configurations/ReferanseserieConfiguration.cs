using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoOppfolging.Infrastructure.Persistence.Configurations;

public sealed class ReferanseserieConfiguration : IEntityTypeConfiguration<Referanseserie>
{
    public void Configure(EntityTypeBuilder<Referanseserie> builder)
    {
        builder.ToTable("Referanseserier");
        builder.HasKey(r => r.Aar);
        builder.Property(r => r.Aar).ValueGeneratedNever();
        builder.Property(r => r.Versjon).IsConcurrencyToken();
    }
}
