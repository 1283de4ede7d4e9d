using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoOppfolging.Infrastructure.Persistence.Configurations;

/// <summary>
/// Phase 3: the individuell plan, one per case. The dates as columns (the plans due for revision are a list to come), the
/// rows and the earlier versions as JSON; the koordinator is not here but on <see cref="Saksvarsler"/>.
/// </summary>
public sealed class IndividuellPlanConfiguration : IEntityTypeConfiguration<IndividuellPlan>
{
    public void Configure(EntityTypeBuilder<IndividuellPlan> builder)
    {
        builder.ToTable("IndividuellePlaner", t =>
        {
            t.HasCheckConstraint("CK_IndividuellePlaner_Periode", "[PeriodeTil] >= [PeriodeFra]");
            t.HasCheckConstraint("CK_IndividuellePlaner_Samtykkeform", "[Samtykkeform] IN ('Muntlig', 'Skriftlig')");
        });
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Versjon).IsConcurrencyToken();
        builder.HasIndex(p => p.SakId).IsUnique();
        builder.HasOne<Sak>().WithOne().HasForeignKey<IndividuellPlan>(p => p.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Maal).HasMaxLength(IndividuellPlan.MaksTekst).IsRequired();
        builder.Property(p => p.Ressurser).HasMaxLength(IndividuellPlan.MaksTekst);
        builder.Property(p => p.Behov).HasMaxLength(IndividuellPlan.MaksTekst);
        builder.Property(p => p.Gjennomforing).HasMaxLength(IndividuellPlan.MaksTekst);
        builder.Property(p => p.Samarbeid).HasMaxLength(IndividuellPlan.MaksTekst);
        builder.Property(p => p.Samtykkeform).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(p => p.Deltakere)
            .HasConversion(Jsonlagring.Verdi<IReadOnlyList<Plandeltaker>>(), Jsonlagring.VerdiSammenligner<IReadOnlyList<Plandeltaker>>()).IsRequired();
        builder.Property(p => p.Tiltak)
            .HasConversion(Jsonlagring.Verdi<IReadOnlyList<Plantiltak>>(), Jsonlagring.VerdiSammenligner<IReadOnlyList<Plantiltak>>()).IsRequired();
        builder.Property(p => p.Revisjoner)
            .HasConversion(Jsonlagring.Verdi<IReadOnlyList<Planrevisjon>>(), Jsonlagring.VerdiSammenligner<IReadOnlyList<Planrevisjon>>()).IsRequired();
        // Plans due for revision across the unit.
        builder.HasIndex(p => p.Revisjonsdato);
        builder.Ignore(p => p.Innhold);
    }
}

/// <summary>Phase 3: the kriseplan, one per case, its contacts as JSON.</summary>
public sealed class KriseplanConfiguration : IEntityTypeConfiguration<Kriseplan>
{
    public void Configure(EntityTypeBuilder<Kriseplan> builder)
    {
        builder.ToTable("Kriseplaner");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Versjon).IsConcurrencyToken();
        builder.HasIndex(k => k.SakId).IsUnique();
        builder.HasOne<Sak>().WithOne().HasForeignKey<Kriseplan>(k => k.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(k => k.Varselsignaler).HasMaxLength(Kriseplan.MaksTekst).IsRequired();
        builder.Property(k => k.Tiltak).HasMaxLength(Kriseplan.MaksTekst).IsRequired();
        builder.Property(k => k.Kontakter)
            .HasConversion(Jsonlagring.Verdi<IReadOnlyList<Krisekontakt>>(), Jsonlagring.VerdiSammenligner<IReadOnlyList<Krisekontakt>>()).IsRequired();
    }
}

/// <summary>Phase 3: the samarbeidsavtale, one per case, the standard duties ticked as a JSON list of names.</summary>
public sealed class SamarbeidsavtaleConfiguration : IEntityTypeConfiguration<Samarbeidsavtale>
{
    public void Configure(EntityTypeBuilder<Samarbeidsavtale> builder)
    {
        builder.ToTable("Samarbeidsavtaler", t => t.HasCheckConstraint("CK_Samarbeidsavtaler_Signert", "[SignertDato] IS NULL OR [SignertDato] >= [AvtaltDato]"));
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Versjon).IsConcurrencyToken();
        builder.HasIndex(a => a.SakId).IsUnique();
        builder.HasOne<Sak>().WithOne().HasForeignKey<Samarbeidsavtale>(a => a.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.AndrePlikter).HasMaxLength(Samarbeidsavtale.MaksTekst);
        builder.Property(a => a.TjenestensPlikter).HasMaxLength(Samarbeidsavtale.MaksTekst);
        builder.Property(a => a.Plikter)
            .HasConversion(Jsonlagring.Verdi<IReadOnlyList<Samarbeidsplikt>>(), Jsonlagring.VerdiSammenligner<IReadOnlyList<Samarbeidsplikt>>()).IsRequired();
    }
}
