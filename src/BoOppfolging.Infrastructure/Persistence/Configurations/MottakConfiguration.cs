using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoOppfolging.Infrastructure.Persistence.Configurations;

public sealed class HenvendelseConfiguration : IEntityTypeConfiguration<Henvendelse>
{
    public void Configure(EntityTypeBuilder<Henvendelse> builder)
    {
        builder.ToTable("Henvendelser");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Mottaksform).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(h => h.Hastegrad).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(h => h.MelderNavn).HasMaxLength(200).IsRequired();
        builder.Property(h => h.MelderRolle).HasMaxLength(200);
        builder.Property(h => h.MelderTelefon).HasMaxLength(20);
        builder.Property(h => h.MelderEpost).HasMaxLength(256);
        builder.Property(h => h.Beskrivelse).HasMaxLength(4000).IsRequired();
        builder.HasIndex(h => h.SakId).IsUnique();
        builder.HasOne<Sak>().WithMany().HasForeignKey(h => h.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class KontaktforsokConfiguration : IEntityTypeConfiguration<Kontaktforsok>
{
    public void Configure(EntityTypeBuilder<Kontaktforsok> builder)
    {
        builder.ToTable("Kontaktforsok");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Form).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(k => k.Resultat).HasConversion<string>().HasMaxLength(30).IsUnicode(false);
        builder.Property(k => k.Notat).HasMaxLength(2000);
        builder.HasIndex(k => new { k.SakId, k.Registrert });
        builder.HasOne<Sak>().WithMany().HasForeignKey(k => k.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class OpplysningsbehovConfiguration : IEntityTypeConfiguration<Opplysningsbehov>
{
    public void Configure(EntityTypeBuilder<Opplysningsbehov> builder)
    {
        builder.ToTable("Opplysningsbehov");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Beskrivelse).HasMaxLength(2000).IsRequired();
        builder.HasIndex(o => new { o.SakId, o.Bedt });
        builder.HasOne<Sak>().WithMany().HasForeignKey(o => o.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class HenvisningConfiguration : IEntityTypeConfiguration<Henvisning>
{
    public void Configure(EntityTypeBuilder<Henvisning> builder)
    {
        builder.ToTable("Henvisninger");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Tjeneste).HasMaxLength(200).IsRequired();
        builder.Property(h => h.Begrunnelse).HasMaxLength(2000).IsRequired();
        builder.HasIndex(h => h.SakId);
        builder.HasOne<Sak>().WithMany().HasForeignKey(h => h.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}
