using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoOppfolging.Infrastructure.Persistence.Configurations;

/// <summary>
/// Phase 4: a complaint per row (several per case and vedtak), what the complainant wrote and the formal check as JSON columns,
/// the columns the work list sorts and filters by beside them.
/// </summary>
public sealed class KlageConfiguration : IEntityTypeConfiguration<Klage>
{
    public void Configure(EntityTypeBuilder<Klage> builder)
    {
        builder.ToTable("Klager");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Versjon).IsConcurrencyToken();
        builder.Property(k => k.Referanse).HasMaxLength(40).IsUnicode(false).IsRequired();
        builder.Property(k => k.Status).HasConversion<string>().HasMaxLength(30).IsUnicode(false);
        builder.Property(k => k.Kanal).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(k => k.Klagerrolle).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(k => k.Fristvurdering).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(k => k.Konklusjon).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(k => k.Resultat).HasConversion<string>().HasMaxLength(30).IsUnicode(false);
        builder.Property(k => k.KlagerNavn).HasMaxLength(200).IsRequired();
        builder.Property(k => k.Innhold).HasConversion(Jsonlagring.Verdi<Klageinnhold>(), Jsonlagring.VerdiSammenligner<Klageinnhold>()).IsRequired();
        builder.Property(k => k.Formkrav).HasConversion(Jsonlagring.Verdi<Formkrav?>(), Jsonlagring.VerdiSammenligner<Formkrav?>());
        builder.Property(k => k.AvvisningBegrunnelse).HasMaxLength(4000);
        builder.Property(k => k.ResultatMerknad).HasMaxLength(4000);
        builder.Ignore(k => k.ErHosEnheten);
        builder.HasIndex(k => new { k.SakId, k.Nummer }).IsUnique();
        builder.HasIndex(k => k.VedtakId);
        // The same draft never becomes two complaints (a double click, a refresh, the back button).
        builder.HasIndex(k => k.UtkastId).IsUnique().HasFilter("[UtkastId] IS NOT NULL");
        // The unit's work list: the open ones, oldest first.
        builder.HasIndex(k => new { k.Status, k.Mottatt });
        builder.HasOne<Sak>().WithMany().HasForeignKey(k => k.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Vedtak>().WithMany().HasForeignKey(k => k.VedtakId).OnDelete(DeleteBehavior.Restrict);
        // The new vedtak points back with Vedtak.KlageId (a foreign key); this side is an index only, so a complaint and the vedtak
        // that answers it can be inserted in one save (the demo data) without a cycle of foreign keys.
        builder.HasIndex(k => k.NyttVedtakId);
    }
}

public sealed class KlageutkastConfiguration : IEntityTypeConfiguration<Klageutkast>
{
    public void Configure(EntityTypeBuilder<Klageutkast> builder)
    {
        builder.ToTable("Klageutkast");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Versjon).IsConcurrencyToken();
        builder.Property(u => u.Uenighet).HasMaxLength(Klageinnhold.MaksTekst);
        builder.Property(u => u.Onsket).HasMaxLength(Klageinnhold.MaksTekst);
        builder.Property(u => u.NyeOpplysninger).HasMaxLength(Klageinnhold.MaksTekst);
        builder.Property(u => u.ForsinkelseGrunn).HasMaxLength(Klageinnhold.MaksTekst);
        builder.Ignore(u => u.SlettesEtter);
        builder.Ignore(u => u.Innhold);
        builder.HasIndex(u => new { u.BrukerId, u.VedtakId }).IsUnique(); // one draft per account and vedtak
        builder.HasIndex(u => u.SistEndret); // the clean-up of old drafts
        builder.HasOne<Sak>().WithMany().HasForeignKey(u => u.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}
