using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoOppfolging.Infrastructure.Persistence.Configurations;

public sealed class NavnedelConfiguration : IEntityTypeConfiguration<Navnedel>
{
    public void Configure(EntityTypeBuilder<Navnedel> builder)
    {
        builder.ToTable("Navnedeler");
        builder.Property<int>("Id");
        builder.HasKey("Id");
        builder.Property(n => n.Del).HasMaxLength(Navnedel.MaksLengde).IsRequired();
        // The search: a range on the part gives the persons without reading the table.
        // SQL Server compares the part with a binary collation (ProviderContexts).
        builder.HasIndex(n => new { n.Del, n.PersonId });
    }
}
