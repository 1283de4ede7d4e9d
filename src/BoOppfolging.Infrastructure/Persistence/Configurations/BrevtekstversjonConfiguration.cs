using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoOppfolging.Infrastructure.Persistence.Configurations;

/// <summary>A letter text's version; its sections are read and written whole, as JSON.</summary>
public sealed class BrevtekstversjonConfiguration : IEntityTypeConfiguration<Brevtekstversjon>
{
    public void Configure(EntityTypeBuilder<Brevtekstversjon> builder)
    {
        builder.ToTable("Brevtekstversjoner");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Type).HasConversion<string>().HasMaxLength(40).IsUnicode(false);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(v => v.Tittel).HasMaxLength(200).IsRequired();
        builder.Property(v => v.Seksjoner)
            .HasConversion(Jsonlagring.Liste<Brevtekstseksjon>(), Jsonlagring.ListeSammenligner<Brevtekstseksjon>())
            .IsRequired();
        builder.Property(v => v.Versjon).IsConcurrencyToken();
        builder.HasIndex(v => new { v.Type, v.Nummer }).IsUnique();
    }
}
