using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoOppfolging.Infrastructure.Persistence.Configurations;

/// <summary>
/// Phase 2: a vedtak per row (several per case), its content as a JSON column, with the columns lists and
/// "in force on a date" ask for beside it. Totrinnskontroll is kept by the database too: a check refuses an
/// approver who drafted or sent the vedtak, on the vedtak and on every decision row, whatever writes it.
/// </summary>
public sealed class VedtakConfiguration : IEntityTypeConfiguration<Domain.Vedtak>
{
    public void Configure(EntityTypeBuilder<Domain.Vedtak> builder)
    {
        builder.ToTable("Vedtak", t =>
        {
            t.HasCheckConstraint(
                "CK_Vedtak_Totrinnskontroll",
                "[GodkjentAv] IS NULL OR ([GodkjentAv] <> [OpprettetAv] AND ([SaksbehandlerId] IS NULL OR [GodkjentAv] <> [SaksbehandlerId]))");
            t.HasCheckConstraint("CK_Vedtak_VedtattErGodkjent", "[Status] <> 'Vedtatt' OR ([GodkjentAv] IS NOT NULL AND [Vedtatt] IS NOT NULL)");
        });
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Versjon).IsConcurrencyToken();
        builder.Property(v => v.Type).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(v => v.Utfall).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(v => v.Endringsgrunn).HasMaxLength(4000);
        builder.Property(v => v.MinutterPerUke).HasPrecision(9, 2);
        builder.Property(v => v.Enhet).HasConversion<string>().HasMaxLength(10).IsUnicode(false);
        builder.Property(v => v.Innhold).HasConversion(Jsonlagring.Verdi<Vedtaksinnhold>(), Jsonlagring.VerdiSammenligner<Vedtaksinnhold>()).IsRequired();
        builder.HasIndex(v => new { v.SakId, v.Nummer }).IsUnique();
        // One vedtak under work per case, kept by the database too (two "Utarbeid vedtak" posted at once).
        builder.HasIndex(v => v.SakId).IsUnique().HasFilter("[Status] <> 'Vedtatt'").HasDatabaseName("IX_Vedtak_EttUnderArbeid");
        // The team leader's "Til godkjenning", oldest first.
        builder.HasIndex(v => new { v.Status, v.SendtTilGodkjenning });
        // "Klar til utsending": approved, its letter not sent yet (no complaint deadline), the longest approved first. Without it
        // the list read every approved vedtak's row, JSON and all (36 req/s at 100 000 cases; bench/README.md).
        builder.HasIndex(v => new { v.Status, v.Klagefrist, v.Vedtatt });
        // The evaluations due (the team leader's and the saksbehandler's follow-up overview).
        builder.HasIndex(v => new { v.Status, v.Evalueringsdato });
        builder.HasOne<Sak>().WithMany().HasForeignKey(v => v.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Hjemmel>().WithMany().HasForeignKey(v => v.HjemmelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Brev>().WithMany().HasForeignKey(v => v.BrevId).OnDelete(DeleteBehavior.Restrict);
        // The complaint a vedtak answers (a reversal, or Statsforvalteren's medhold).
        builder.HasIndex(v => v.KlageId);
        builder.HasOne<Klage>().WithMany().HasForeignKey(v => v.KlageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Beslutninger).WithOne().HasForeignKey(b => b.VedtakId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(v => v.Beslutninger).HasField("_beslutninger").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.Ignore(v => v.ErLast);
        builder.Ignore(v => v.SisteUnderkjenning);
    }
}

public sealed class VedtaksbeslutningConfiguration : IEntityTypeConfiguration<Vedtaksbeslutning>
{
    public void Configure(EntityTypeBuilder<Vedtaksbeslutning> builder)
    {
        builder.ToTable("Vedtaksbeslutninger", t => t.HasCheckConstraint(
            "CK_Vedtaksbeslutninger_Totrinnskontroll", "[Utfall] NOT IN ('Godkjent', 'Underkjent') OR [BesluttetAv] <> [SendtAv]"));
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Utfall).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(b => b.Begrunnelse).HasMaxLength(4000);
        builder.Property(b => b.Arsaker)
            .HasConversion(
                Jsonlagring.Verdi<IReadOnlyList<Underkjenningsarsak>>(),
                Jsonlagring.VerdiSammenligner<IReadOnlyList<Underkjenningsarsak>>())
            .IsRequired();
        builder.HasIndex(b => new { b.VedtakId, b.Sendt });
    }
}

public sealed class HjemmelConfiguration : IEntityTypeConfiguration<Hjemmel>
{
    public void Configure(EntityTypeBuilder<Hjemmel> builder)
    {
        builder.ToTable("Hjemler");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Kode).HasMaxLength(50).IsUnicode(false).IsRequired();
        builder.HasIndex(h => h.Kode).IsUnique();
        builder.Property(h => h.Navn).HasMaxLength(200).IsRequired();
        builder.Property(h => h.Sitat).HasMaxLength(1000).IsRequired();
        builder.Property(h => h.Klageinstans).HasMaxLength(200).IsRequired();
        builder.Property(h => h.Klageregel).HasMaxLength(300).IsRequired();
        builder.Property(h => h.KprTjenestekode).HasMaxLength(10).IsUnicode(false);
        builder.HasData(Vedtak.Hjemmelkatalog.Standard());
    }
}
