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
        builder.Property(p => p.Id).ValueGeneratedNever(); // the domain makes the key (Guid v7)
        builder.Property(p => p.Fornavn).HasMaxLength(100).IsRequired();
        builder.Property(p => p.Etternavn).HasMaxLength(100).IsRequired();
        builder.Property(p => p.Fodselsnummer).HasMaxLength(11).IsUnicode(false);
        // Unique among trusted persons only; a self-registered number is a claim and may collide.
        builder.HasIndex(p => p.Fodselsnummer).IsUnique()
            .HasFilter("[Fodselsnummer] IS NOT NULL AND [Selvregistrert] = 0").HasDatabaseName("IX_Personer_Fodselsnummer_Bekreftet");
        builder.HasIndex(p => new { p.Fodselsnummer, p.Selvregistrert });
        builder.HasIndex(p => new { p.Etternavn, p.Fornavn });
        builder.Property(p => p.Versjon).IsConcurrencyToken();
        builder.Property(p => p.Adresse).HasMaxLength(200);
        builder.Property(p => p.Postnummer).HasMaxLength(4).IsUnicode(false);
        builder.Property(p => p.Poststed).HasMaxLength(100);
        builder.Ignore(p => p.FulltNavn);

        // The name parts belong to the person: loaded with it every time (AutoInclude), so a rename can
        // replace them, and deleted with it. The search reads them on their own (NavnedelConfiguration).
        builder.HasMany(p => p.Navnedeler).WithOne().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Navnedeler).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
