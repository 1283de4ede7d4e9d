using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoOppfolging.Infrastructure.Persistence.Configurations;

/// <summary>
/// The vurderingsteam's phase: each aggregate one row per case (or per assessment), its parts as JSON
/// columns (<see cref="Jsonlagring"/>), with the columns the lists query (the team's queue by
/// <see cref="Kartlegging.AnsvarligId"/>, the due assessments by <see cref="IplosVurdering.NesteVurdering"/>).
/// </summary>
public sealed class KartleggingConfiguration : IEntityTypeConfiguration<Kartlegging>
{
    public void Configure(EntityTypeBuilder<Kartlegging> builder)
    {
        builder.ToTable("Kartlegginger");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Versjon).IsConcurrencyToken();
        builder.HasIndex(k => k.SakId).IsUnique();
        builder.HasIndex(k => k.AnsvarligId);
        builder.HasOne<Sak>().WithOne().HasForeignKey<Kartlegging>(k => k.SakId).OnDelete(DeleteBehavior.Restrict);

        Json<Vurderingsmote>(builder, "_vurderingsmoter", "Vurderingsmoter");
        Json<Kartleggingsmote>(builder, "_kartleggingsmoter", "Kartleggingsmoter");
        Json<Omradebehov>(builder, "_behov", "Behov");
        Json<Maal>(builder, "_maal", "Maal");
        builder.Ignore(k => k.Vurderingsmoter);
        builder.Ignore(k => k.Kartleggingsmoter);
        builder.Ignore(k => k.Behov);
        builder.Ignore(k => k.Maal);
        builder.Ignore(k => k.SisteVurdering);
        builder.Property(k => k.Innstilling).HasConversion(Jsonlagring.Verdi<Innstilling?>(), Jsonlagring.VerdiSammenligner<Innstilling?>());

        builder.HasMany(k => k.Endringer).WithOne().HasForeignKey(e => e.KartleggingId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(k => k.Endringer).HasField("_endringer").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }

    internal static void Json<T>(EntityTypeBuilder builder, string felt, string kolonne) =>
        builder.Property<List<T>>(felt)
            .HasColumnName(kolonne)
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(Jsonlagring.Liste<T>(), Jsonlagring.ListeSammenligner<T>())
            .IsRequired();
}

public sealed class KartleggingsendringConfiguration : IEntityTypeConfiguration<Kartleggingsendring>
{
    public void Configure(EntityTypeBuilder<Kartleggingsendring> builder)
    {
        builder.ToTable("Kartleggingsendringer");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Del).HasMaxLength(50).IsRequired();
        builder.Property(e => e.Begrunnelse).HasMaxLength(Kartlegging.MaksTekst).IsRequired();
        builder.HasIndex(e => new { e.KartleggingId, e.Tidspunkt });
    }
}

public sealed class IplosVurderingConfiguration : IEntityTypeConfiguration<IplosVurdering>
{
    public void Configure(EntityTypeBuilder<IplosVurdering> builder)
    {
        builder.ToTable("IplosVurderinger");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Versjon).IsConcurrencyToken();
        builder.HasIndex(v => new { v.SakId, v.Dato });
        // The list of assessments that are due: the current ones (finished, not replaced by a newer one) by their next date.
        builder.HasIndex(v => new { v.NesteVurdering, v.SakId }).HasFilter("[Ferdig] IS NOT NULL AND [Erstattet] IS NULL");
        // At most one draft per case, kept by the database too: two "Ny IPLOS-vurdering" posted at once
        // (a double click) both pass the service's check before either is saved.
        builder.HasIndex(v => v.SakId).IsUnique().HasFilter("[Ferdig] IS NULL").HasDatabaseName("IX_IplosVurderinger_EttUtkast");
        builder.HasOne<Sak>().WithMany().HasForeignKey(v => v.SakId).OnDelete(DeleteBehavior.Restrict);
        KartleggingConfiguration.Json<IplosSkaarsetting>(builder, "_skaarer", "Skaarer");
        KartleggingConfiguration.Json<Deltakelsesvurdering>(builder, "_deltakelse", "Deltakelse");
        builder.Ignore(v => v.Skaarer);
        builder.Ignore(v => v.Deltakelse);
    }
}

public sealed class ForberedelseConfiguration : IEntityTypeConfiguration<Forberedelse>
{
    public void Configure(EntityTypeBuilder<Forberedelse> builder)
    {
        builder.ToTable("Forberedelser");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Versjon).IsConcurrencyToken();
        builder.Property(f => f.HvaJegKlarer).HasMaxLength(Forberedelse.MaksTekst);
        builder.HasIndex(f => f.SakId).IsUnique();
        builder.HasOne<Sak>().WithOne().HasForeignKey<Forberedelse>(f => f.SakId).OnDelete(DeleteBehavior.Restrict);
        KartleggingConfiguration.Json<Onske>(builder, "_onsker", "Onsker");
        KartleggingConfiguration.Json<string>(builder, "_maal", "Maal");
        builder.Ignore(f => f.Onsker);
        builder.Ignore(f => f.Maal);
        builder.Ignore(f => f.ErTom);
    }
}

public sealed class SaksvarslerConfiguration : IEntityTypeConfiguration<Saksvarsler>
{
    public void Configure(EntityTypeBuilder<Saksvarsler> builder)
    {
        builder.ToTable("Saksvarsler");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Versjon).IsConcurrencyToken();
        builder.HasIndex(v => v.SakId).IsUnique();
        builder.HasOne<Sak>().WithOne().HasForeignKey<Saksvarsler>(v => v.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.Utkastelse).HasConversion(Jsonlagring.Verdi<Utkastelsesvarsel?>(), Jsonlagring.VerdiSammenligner<Utkastelsesvarsel?>());
        builder.Property(v => v.Sikkerhet).HasConversion(Jsonlagring.Verdi<Sikkerhetsvurdering?>(), Jsonlagring.VerdiSammenligner<Sikkerhetsvurdering?>());
        builder.Property(v => v.Tolkesprak).HasMaxLength(100);
        builder.Property(v => v.IndividuellPlan).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(v => v.Koordinator).HasMaxLength(200);
        builder.Ignore(v => v.HarVarsler);
    }
}

public sealed class InnhentingConfiguration : IEntityTypeConfiguration<Innhenting>
{
    public void Configure(EntityTypeBuilder<Innhenting> builder)
    {
        builder.ToTable("Innhentinger");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Versjon).IsConcurrencyToken();
        builder.Property(i => i.Kilde).HasMaxLength(300).IsRequired();
        builder.Property(i => i.Hva).HasMaxLength(Innhenting.MaksTekst).IsRequired();
        builder.Property(i => i.Sammendrag).HasMaxLength(Innhenting.MaksTekst);
        builder.HasIndex(i => new { i.SakId, i.Bestilt });
        builder.HasOne<Sak>().WithMany().HasForeignKey(i => i.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Samtykke>().WithMany().HasForeignKey(i => i.SamtykkeId).OnDelete(DeleteBehavior.Restrict);
        KartleggingConfiguration.Json<Guid>(builder, "_vedlegg", "Vedlegg");
        builder.Ignore(i => i.Vedlegg);
    }
}

/// <summary>A version of the IPLOS variable list, stored whole (<see cref="Iplosliste"/>), seeded at start from <c>Iplos/iplos-v*.json</c>.</summary>
public sealed class Iplosvariabelliste
{
    public int Versjon { get; set; }
    public Iplosliste Innhold { get; set; } = null!;
}

public sealed class IplosvariabellisteConfiguration : IEntityTypeConfiguration<Iplosvariabelliste>
{
    public void Configure(EntityTypeBuilder<Iplosvariabelliste> builder)
    {
        builder.ToTable("Iplosvariabellister");
        builder.HasKey(l => l.Versjon);
        builder.Property(l => l.Versjon).ValueGeneratedNever();
        builder.Property(l => l.Innhold).HasConversion(Jsonlagring.Verdi<Iplosliste>(), Jsonlagring.VerdiSammenligner<Iplosliste>()).IsRequired();
    }
}
