using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoOppfolging.Infrastructure.Persistence.Configurations;

public sealed class TeamMedlemConfiguration : IEntityTypeConfiguration<TeamMedlem>
{
    public void Configure(EntityTypeBuilder<TeamMedlem> builder)
    {
        builder.ToTable("TeamMedlemmer");
        builder.HasKey(m => new { m.TeamId, m.BrukerId });
        builder.HasIndex(m => m.BrukerId);
    }
}
