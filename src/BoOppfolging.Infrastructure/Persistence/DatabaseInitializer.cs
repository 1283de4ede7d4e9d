using BoOppfolging.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BoOppfolging.Infrastructure.Persistence;

/// <summary>
/// Prepares the database at start: migrations (always for SQLite; for SQL Server when configured),
/// SQLite's write-ahead log, and the roles. Idempotent.
/// </summary>
public sealed class DatabaseInitializer(
    AppDbContext db, DatabaseOptions options, RoleManager<IdentityRole<Guid>> roleManager, TimeProvider tid, ILogger<DatabaseInitializer> logger)
{
    public async Task InitialiserAsync(CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            var kilde = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var mappe = Path.GetDirectoryName(Path.GetFullPath(kilde));
            if (!string.IsNullOrEmpty(mappe)) Directory.CreateDirectory(mappe);
            await db.Database.MigrateAsync(ct);

            // WAL lets readers go on while one request writes; it is a property of the file and stays set.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);

            // Statistics for the query planner: without them SQLite may pick a join order that scans a
            // whole table (seen on the user-role lookup at 100 000 cases). Cheap when nothing changed.
            // 0x10 limits each ANALYZE to a sample of every index: a file with no statistics yet (a first
            // start, or one after the data generator) was read whole, 3-5 s at 100 000 cases, against
            // 0.2 s for the sample, and the plans of the work list and search come out the same.
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10012;", ct);
        }
        else if (options.MigrerVedOppstart)
        {
            await db.Database.MigrateAsync(ct);
        }

        // The IPLOS variable lists shipped with the app: data, each version written once.
        await Iplos.Iploskatalog.SeedAsync(db, ct);

        // Version 1 of every letter text: data from then on, changed by an administrator publishing a new version.
        await Application.Brevtekster.Standardtekster.SeedAsync(db, tid.GetUtcNow(), ct);

        foreach (var rolle in Roller.Alle)
        {
            if (!await roleManager.RoleExistsAsync(rolle))
            {
                await roleManager.CreateAsync(new IdentityRole<Guid>(rolle) { Id = Guid.CreateVersion7() });
            }
        }

        logger.LogInformation("Databasen er klar ({Provider})", db.Database.ProviderName);
    }
}
