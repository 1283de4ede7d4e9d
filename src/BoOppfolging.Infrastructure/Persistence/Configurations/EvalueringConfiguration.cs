using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoOppfolging.Infrastructure.Persistence.Configurations;

/// <summary>
/// Evaluations: many per case, never changed. The index (VedtakId, Registrert) finds a vedtak's latest evaluation, which the
/// follow-up overview's evaluation list reads for every vedtak at the end of a chain.
/// </summary>
public sealed class EvalueringConfiguration : IEntityTypeConfiguration<Evaluering>
{
    public void Configure(EntityTypeBuilder<Evaluering> builder)
    {
        builder.ToTable("Evalueringer");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Versjon).IsConcurrencyToken();
        builder.HasOne<Sak>().WithMany().HasForeignKey(e => e.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Vedtak>().WithMany().HasForeignKey(e => e.VedtakId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.SakId);
        builder.HasIndex(e => new { e.VedtakId, e.Registrert });
        builder.Property(e => e.Vurdering).HasMaxLength(Evaluering.MaksVurdering).IsRequired();
        builder.Property(e => e.Konklusjon).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(e => e.Maal)
            .HasConversion(Jsonlagring.Verdi<IReadOnlyList<Maalvurdering>>(), Jsonlagring.VerdiSammenligner<IReadOnlyList<Maalvurdering>>()).IsRequired();
    }
}
