using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoOppfolging.Infrastructure.Persistence.Configurations;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("Personer");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Fornavn).HasMaxLength(100).IsRequired();
        builder.Property(p => p.Etternavn).HasMaxLength(100).IsRequired();
        builder.Property(p => p.Fodselsnummer).HasMaxLength(11).IsUnicode(false);
        builder.HasIndex(p => p.Fodselsnummer).IsUnique().HasFilter("[Fodselsnummer] IS NOT NULL");
        builder.HasIndex(p => new { p.Etternavn, p.Fornavn });
        builder.Property(p => p.Versjon).IsConcurrencyToken();
        builder.Ignore(p => p.FulltNavn);
    }
}
