using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoOppfolging.Infrastructure.Persistence.Configurations;

public sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("Team");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever(); // the domain makes the key (Guid v7)
        builder.Property(t => t.Navn).HasMaxLength(100).IsRequired();
        builder.Property(t => t.Type).HasConversion<string>().HasMaxLength(30).IsUnicode(false);
        builder.HasIndex(t => t.Navn).IsUnique();
        builder.HasMany(t => t.Medlemmer).WithOne().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Medlemmer).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
