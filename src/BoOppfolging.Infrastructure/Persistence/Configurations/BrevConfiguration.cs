using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoOppfolging.Infrastructure.Persistence.Configurations;

public sealed class BrevConfiguration : IEntityTypeConfiguration<Domain.Brev>
{
    public void Configure(EntityTypeBuilder<Domain.Brev> builder)
    {
        builder.ToTable("Brev");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Type).HasConversion<string>().HasMaxLength(40).IsUnicode(false);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(b => b.Forsendelse).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(b => b.Tittel).HasMaxLength(200).IsRequired();
        builder.Property(b => b.InnholdJson).IsRequired();
        builder.Property(b => b.DokumentNokkel).HasMaxLength(100).IsUnicode(false);
        builder.Property(b => b.Sha256).HasMaxLength(64).IsUnicode(false);
        builder.Property(b => b.Versjon).IsConcurrencyToken();
        builder.HasIndex(b => new { b.SakId, b.Opprettet });
        builder.HasIndex(b => b.KlageId);
        builder.HasOne<Klage>().WithMany().HasForeignKey(b => b.KlageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Brevtekstversjon>().WithMany().HasForeignKey(b => b.BrevtekstversjonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Sak>().WithMany().HasForeignKey(b => b.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}
