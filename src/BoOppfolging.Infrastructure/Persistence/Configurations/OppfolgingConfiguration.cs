using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoOppfolging.Infrastructure.Persistence.Configurations;

/// <summary>Phase 3: who has been the case's contacts, from when to when. Rows are ended, never deleted.</summary>
public sealed class KontaktperiodeConfiguration : IEntityTypeConfiguration<Kontaktperiode>
{
    public void Configure(EntityTypeBuilder<Kontaktperiode> builder)
    {
        builder.ToTable("Kontaktperioder", t => t.HasCheckConstraint("CK_Kontaktperioder_Periode", "[Til] IS NULL OR [Til] >= [Fra]"));
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Rolle).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(k => k.Begrunnelse).HasMaxLength(Kontaktperiode.MaksBegrunnelse);
        builder.HasIndex(k => new { k.SakId, k.Fra });
        // One open period per role on a case, kept by the database too (two assignments saved at once).
        builder.HasIndex(k => new { k.SakId, k.Rolle }).IsUnique().HasFilter("[Til] IS NULL").HasDatabaseName("IX_Kontaktperioder_EnApenPerRolle");
        // A bo-oppfølger's cases now and before (handover, the history of a person's caseload).
        builder.HasIndex(k => new { k.BrukerId, k.Til });
        builder.HasOne<Sak>().WithMany().HasForeignKey(k => k.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(k => k.ErApen);
    }
}

/// <summary>
/// Phase 3: a visit or contact per row, its content as columns (what the hours, lists and flags ask for) and its lists and
/// corrections as JSON. Millions of rows at a county's volume: the indexes are the ones the hours, "Mine brukere" and the
/// lists of missing contact and undocumented visits read.
/// </summary>
public sealed class BesokConfiguration : IEntityTypeConfiguration<Besok>
{
    public void Configure(EntityTypeBuilder<Besok> builder)
    {
        builder.ToTable("Besok", t =>
        {
            t.HasCheckConstraint("CK_Besok_RegistrertHarUtfall", "[Status] <> 'Registrert' OR ([Utfall] IS NOT NULL AND [Registrert] IS NOT NULL)");
            t.HasCheckConstraint("CK_Besok_Minutter", "[Minutter] >= 0 AND [Minutter] <= 1440");
        });
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Versjon).IsConcurrencyToken();
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(b => b.Type).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(b => b.Utfall).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(b => b.Arsak).HasMaxLength(Besok.MaksArsak);
        builder.Property(b => b.Notat).HasMaxLength(Besok.MaksNotat);
        builder.Property(b => b.Omrader)
            .HasConversion(Jsonlagring.Verdi<IReadOnlyList<Hjelpeomrade>>(), Jsonlagring.VerdiSammenligner<IReadOnlyList<Hjelpeomrade>>()).IsRequired();
        builder.Property(b => b.Maal)
            .HasConversion(Jsonlagring.Verdi<IReadOnlyList<Maalnotat>>(), Jsonlagring.VerdiSammenligner<IReadOnlyList<Maalnotat>>()).IsRequired();
        builder.Property(b => b.Korreksjoner)
            .HasConversion(Jsonlagring.Verdi<IReadOnlyList<Besokskorreksjon>>(), Jsonlagring.VerdiSammenligner<IReadOnlyList<Besokskorreksjon>>()).IsRequired();
        // A case's visits by date (the hours, the case's log), and its last contact (Utfall = Gjennomfort, newest date).
        builder.HasIndex(b => new { b.SakId, b.Dato });
        builder.HasIndex(b => new { b.SakId, b.Utfall, b.Dato });
        // Min uke (a bo-oppfølger's own visits in a week) and the overview's non-participation list (visits not held in a window,
        // by case) across the unit: without these both scan every visit (bench/README, N=10 000).
        builder.HasIndex(b => new { b.UtfortAv, b.Dato });
        builder.HasIndex(b => new { b.Utfall, b.Dato, b.SakId });
        // Planned visits not documented after their day, per bo-oppfølger and for the team leader.
        builder.HasIndex(b => new { b.Dato, b.UtfortAv }).HasFilter("[Status] = 'Planlagt'").HasDatabaseName("IX_Besok_Planlagte");
        // The same per case, for the overview of a team's cases (counted from each case, not across the unit's visits).
        builder.HasIndex(b => new { b.SakId, b.Dato }).HasFilter("[Status] = 'Planlagt'").HasDatabaseName("IX_Besok_PlanlagtePerSak");
        builder.HasOne<Sak>().WithMany().HasForeignKey(b => b.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(b => b.Innhold);
        builder.Ignore(b => b.Opprinnelig);
    }
}

/// <summary>A bo-oppfølger's hours a week for follow-up, keyed by the user.</summary>
public sealed class OppfolgerkapasitetConfiguration : IEntityTypeConfiguration<Oppfolgerkapasitet>
{
    public void Configure(EntityTypeBuilder<Oppfolgerkapasitet> builder)
    {
        builder.ToTable("Oppfolgerkapasitet", t => t.HasCheckConstraint("CK_Oppfolgerkapasitet_Minutter", "[MinutterPerUke] >= 0 AND [MinutterPerUke] <= 10080"));
        builder.HasKey(k => k.BrukerId);
        builder.Property(k => k.BrukerId).ValueGeneratedNever();
        builder.Property(k => k.Versjon).IsConcurrencyToken();
        builder.HasOne<Identity.ApplicationUser>().WithOne().HasForeignKey<Oppfolgerkapasitet>(k => k.BrukerId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// Phase 3: stand-in access ("break the glass"). Read on every request of a bo-oppfølger (their grants today) and by the team
/// leader's review list (by day); never deleted.
/// </summary>
public sealed class VikartilgangConfiguration : IEntityTypeConfiguration<Vikartilgang>
{
    public void Configure(EntityTypeBuilder<Vikartilgang> builder)
    {
        builder.ToTable("Vikartilganger");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Grunn).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(v => v.Begrunnelse).HasMaxLength(Vikartilgang.MaksBegrunnelse);
        builder.HasIndex(v => new { v.BrukerId, v.Dato, v.SakId });
        builder.HasIndex(v => v.Dato);
        builder.HasOne<Sak>().WithMany().HasForeignKey(v => v.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(v => v.Utloper);
    }
}

/// <summary>
/// Phase 3: warnings about lack of participation, many per case, never deleted; the letter each made. Read per case (the case's
/// page and the vedtak's guard "was a warning sent") and, for the team leader's list, the cases with one sent.
/// </summary>
public sealed class MedvirkningsvarselConfiguration : IEntityTypeConfiguration<Medvirkningsvarsel>
{
    public void Configure(EntityTypeBuilder<Medvirkningsvarsel> builder)
    {
        builder.ToTable("Medvirkningsvarsler");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Versjon).IsConcurrencyToken();
        builder.Property(v => v.HvaSkjedde).HasMaxLength(Medvirkningsvarsel.MaksTekst).IsRequired();
        builder.Property(v => v.Utfall).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(v => v.Oppfolgingsnotat).HasMaxLength(Medvirkningsvarsel.MaksTekst);
        builder.HasIndex(v => new { v.SakId, v.Opprettet });
        builder.HasIndex(v => v.BrevId);
        builder.HasOne<Sak>().WithMany().HasForeignKey(v => v.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Brev>().WithMany().HasForeignKey(v => v.BrevId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(v => v.ErSendt);
        builder.Ignore(v => v.ErFulgtOpp);
    }
}
