using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoOppfolging.Infrastructure.Persistence.Configurations;

public sealed class SoknadsutkastConfiguration : IEntityTypeConfiguration<Soknadsutkast>
{
    public void Configure(EntityTypeBuilder<Soknadsutkast> builder)
    {
        builder.ToTable("Soknadsutkast");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Innhold).HasConversion(Soknadsinnholdlagring.Konverter, Soknadsinnholdlagring.Sammenligner).IsRequired();
        builder.Property(u => u.Versjon).IsConcurrencyToken();
        builder.Ignore(u => u.SlettesEtter);
        builder.Ignore(u => u.ErKlarTilInnsending);
        builder.HasIndex(u => u.BrukerId).IsUnique(); // one draft per account
        builder.HasIndex(u => u.SistEndret); // the clean-up of old drafts
    }
}

public sealed class SoknadConfiguration : IEntityTypeConfiguration<Soknad>
{
    public void Configure(EntityTypeBuilder<Soknad> builder)
    {
        builder.ToTable("Soknader");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Innhold).HasConversion(Soknadsinnholdlagring.Konverter, Soknadsinnholdlagring.Sammenligner).IsRequired();
        builder.HasIndex(s => s.UtkastId).IsUnique(); // the same draft never becomes two applications
        builder.HasIndex(s => s.SakId).IsUnique();
        builder.HasOne<Sak>().WithMany().HasForeignKey(s => s.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class VedleggConfiguration : IEntityTypeConfiguration<Vedlegg>
{
    public void Configure(EntityTypeBuilder<Vedlegg> builder)
    {
        builder.ToTable("Vedlegg");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Type).HasConversion<string>().HasMaxLength(30).IsUnicode(false);
        builder.Property(v => v.Filnavn).HasMaxLength(200).IsRequired();
        builder.Property(v => v.Innholdstype).HasMaxLength(50).IsUnicode(false).IsRequired();
        builder.Property(v => v.DokumentNokkel).HasMaxLength(100).IsUnicode(false).IsRequired();
        builder.HasIndex(v => v.UtkastId);
        builder.HasIndex(v => v.SakId);
        builder.HasIndex(v => v.KlageId);
        builder.HasOne<Sak>().WithMany().HasForeignKey(v => v.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Klage>().WithMany().HasForeignKey(v => v.KlageId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SamtykkeConfiguration : IEntityTypeConfiguration<Samtykke>
{
    public void Configure(EntityTypeBuilder<Samtykke> builder)
    {
        builder.ToTable("Samtykker");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Kilde).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Ordlyd).HasMaxLength(1000).IsRequired();
        builder.Property(s => s.Formaal).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Form).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(s => s.ErGyldig);
        builder.Ignore(s => s.GjelderParorende);
        builder.HasIndex(s => s.SakId);
        builder.HasOne<Sak>().WithMany().HasForeignKey(s => s.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}
