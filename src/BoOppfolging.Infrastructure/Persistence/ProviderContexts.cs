using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BoOppfolging.Infrastructure.Persistence;

/// <summary>The embedded default. Its migrations are in Persistence/Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time-offset type: stored as a sortable 64-bit number so that the
        // work lists can order and filter by time in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>Production. Its migrations are in Persistence/Migrations/SqlServer.</summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // The name search compares parts by range (part >= "nord" and < "nord" + U+FFFF). The parts are
        // lower-cased by the domain, so they need ordinal order: a case- or accent-insensitive collation
        // would ignore U+FFFF (an empty range) and sort "aa" as "å" in Norwegian. SQLite's default is binary already.
        builder.Entity<Navnedel>().Property(n => n.Del).UseCollation("Latin1_General_100_BIN2");
    }
}
