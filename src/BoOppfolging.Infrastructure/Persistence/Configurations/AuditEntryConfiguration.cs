using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoOppfolging.Infrastructure.Persistence.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLogg");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedOnAdd();
        builder.Property(a => a.Handling).HasConversion<string>().HasMaxLength(30).IsUnicode(false);
        builder.Property(a => a.Beskrivelse).HasMaxLength(200).IsRequired();
        builder.Property(a => a.IpAdresse).HasMaxLength(45).IsUnicode(false);
        builder.Property(a => a.KorrelasjonsId).HasMaxLength(64).IsUnicode(false);
        builder.HasIndex(a => new { a.SakId, a.Tidspunkt });
        builder.HasIndex(a => new { a.PersonId, a.Tidspunkt });
        builder.HasIndex(a => new { a.BrukerId, a.Tidspunkt });
        builder.HasIndex(a => new { a.KontoId, a.Tidspunkt });
    }
}
