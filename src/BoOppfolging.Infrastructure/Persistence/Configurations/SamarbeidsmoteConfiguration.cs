using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoOppfolging.Infrastructure.Persistence.Configurations;

/// <summary>
/// Phase 3: a samarbeidsmøte per row. Its participants, agreed actions and corrections are read and written whole with
/// the meeting and never queried one by one, so they are JSON; the date is a column with an index, for the case's
/// meetings by date and the three-month rule's "last meeting".
/// </summary>
public sealed class SamarbeidsmoteConfiguration : IEntityTypeConfiguration<Samarbeidsmote>
{
    public void Configure(EntityTypeBuilder<Samarbeidsmote> builder)
    {
        builder.ToTable("Samarbeidsmoter");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Versjon).IsConcurrencyToken();
        builder.Property(m => m.Type).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(m => m.Referat).HasMaxLength(Samarbeidsmote.MaksReferat).IsRequired();
        builder.Property(m => m.Deltakere)
            .HasConversion(Jsonlagring.Verdi<IReadOnlyList<Samarbeidsdeltaker>>(), Jsonlagring.VerdiSammenligner<IReadOnlyList<Samarbeidsdeltaker>>()).IsRequired();
        builder.Property(m => m.Tiltak)
            .HasConversion(Jsonlagring.Verdi<IReadOnlyList<Motetiltak>>(), Jsonlagring.VerdiSammenligner<IReadOnlyList<Motetiltak>>()).IsRequired();
        builder.Property(m => m.Korreksjoner)
            .HasConversion(Jsonlagring.Verdi<IReadOnlyList<Referatkorreksjon>>(), Jsonlagring.VerdiSammenligner<IReadOnlyList<Referatkorreksjon>>()).IsRequired();
        builder.HasIndex(m => new { m.SakId, m.Dato });
        builder.HasOne<Sak>().WithMany().HasForeignKey(m => m.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(m => m.OpprinneligReferat);
    }
}
