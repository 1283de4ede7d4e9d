using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BoOppfolging.Infrastructure.Persistence.Configurations;

public sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.Fornavn).HasMaxLength(100);
        builder.Property(u => u.Etternavn).HasMaxLength(100);
        builder.Ignore(u => u.FulltNavn);
        builder.HasOne<Person>().WithMany().HasForeignKey(u => u.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.PersonId).IsUnique().HasFilter("[PersonId] IS NOT NULL");
    }
}
