using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Persistence;
using BoOppfolging.Tests.Felles;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BoOppfolging.Infrastructure.Tests;

public sealed class MigreringTests
{
    [Fact]
    public void Sqlite_modellen_har_ingen_endringer_uten_migrering()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "Modellen er endret uten ny SQLite-migrering. Kjør dotnet ef migrations add for SqliteAppDbContext.");
    }

    [Fact]
    public void SqlServer_modellen_har_ingen_endringer_uten_migrering()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "Modellen er endret uten ny SQL Server-migrering. Kjør dotnet ef migrations add for SqlServerAppDbContext.");
    }

    [Fact]
    public async Task En_ny_sqlite_fil_faar_alle_migreringene_og_kan_migreres_paa_nytt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = new TestDatabase();
        await database.InitializeAsync();
        await using var scope = database.Scope();
        var db = scope.Db();

        await db.Database.MigrateAsync(ct);

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(ct));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
        Assert.Equal(0, await db.Saker.CountAsync(ct));
    }

    [Fact]
    public async Task Migreringen_gir_personene_som_finnes_de_samme_navnedelene_som_domenet_gir()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = new TestDatabase();
        Directory.CreateDirectory(database.DataMappe);
        await using var scope = database.Scope();
        var db = scope.Db();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_Navnedeler", StringComparison.Ordinal)).Last(), ct);
        string[][] navn =
        [
            ["Kari", "Nordmann-Hansen"], ["ØYDIS", "ØDEGÅRD"], ["Åse Marie", "O'Brien"], ["(navn ikke registrert)", ""],
            ["Anne", "Anne"], ["Émile", "Ærø"], ["Олена", "Ковальчук"], ["Łukasz", "Żółć"], ["  Per ", " Lie  "],
        ];
        foreach (var n in navn)
        {
            var id = Guid.CreateVersion7().ToString().ToUpperInvariant();
            var versjon = Guid.NewGuid().ToString().ToUpperInvariant();
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO Personer (Id, Fornavn, Etternavn, Selvregistrert, Versjon) VALUES ({id}, {n[0]}, {n[1]}, 0, {versjon})", ct);
        }

        await migrator.MigrateAsync(cancellationToken: ct);

        var personer = await db.Personer.AsNoTracking().ToListAsync(ct);
        Assert.Equal(navn.Length, personer.Count);
        Assert.All(personer, p => Assert.Equal(
            Navnedel.Deler(p.FulltNavn).Order(StringComparer.Ordinal), p.Navnedeler.Select(d => d.Del).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Migreringen_gir_soknadens_samtykker_formaalet_domenet_leser_av_kilden()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = new TestDatabase();
        Directory.CreateDirectory(database.DataMappe);
        await using var scope = database.Scope();
        var db = scope.Db();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_SamtykkerEtterSoknaden", StringComparison.Ordinal)).Last(), ct);
        string[] kilder = ["fastlegen (Dr. Åse Lie)", "NAV (NAV Ås)", "Psykisk helsetjeneste", "pårørende (Eva Vik, datter)", "Pårørende Per"];

        // The consents only: one connection with foreign keys off, so no case is needed beside them.
        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF", ct);
        foreach (var kilde in kilder)
        {
            var id = Guid.CreateVersion7().ToString().ToUpperInvariant();
            var sakId = Guid.CreateVersion7().ToString().ToUpperInvariant();
            await db.Database.ExecuteSqlAsync($"INSERT INTO Samtykker (Id, SakId, Kilde, Ordlyd, Gitt) VALUES ({id}, {sakId}, {kilde}, {"Jeg samtykker."}, 0)", ct);
        }

        await migrator.MigrateAsync(cancellationToken: ct);

        var samtykker = await db.Samtykker.AsNoTracking().ToListAsync(ct);
        Assert.Equal(kilder.Length, samtykker.Count);
        Assert.All(samtykker, s => Assert.Equal((Samtykke.FormaalFraKilde(s.Kilde), null, null), (s.Formaal, s.Form, s.RegistrertAv)));
        Assert.Equal(2, samtykker.Count(s => s.Formaal == Samtykkeformaal.Parorende));
    }

    // EF Core turns on WAL itself when it creates the file; a file that already exists (an
    // older one, or one restored from a backup) keeps its journal mode unless the app sets it.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Oppstarten_migrerer_slaar_paa_wal_og_oppretter_rollene(bool filFinnesFraFor)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = new TestDatabase(); // not initialized: the app's initializer does it all
        var fil = Path.Combine(database.DataMappe, "booppfolging.db");
        if (filFinnesFraFor)
        {
            Directory.CreateDirectory(database.DataMappe);
            Assert.Equal("delete", await JournalModusAsync(fil, "PRAGMA journal_mode=DELETE;"));
        }

        await using (var scope = database.Scope())
        {
            await scope.Get<DatabaseInitializer>().InitialiserAsync(ct);
            await scope.Get<DatabaseInitializer>().InitialiserAsync(ct); // idempotent

            Assert.Empty(await scope.Db().Database.GetPendingMigrationsAsync(ct));
            var roller = await scope.Get<RoleManager<IdentityRole<Guid>>>().Roles.Select(r => r.Name).ToListAsync(ct);
            Assert.Equal(Roller.Alle.Order(), roller.Order());
        }

        Assert.Equal("wal", await JournalModusAsync(fil, "PRAGMA journal_mode;"));
    }

    /// <summary>Runs a journal_mode pragma on a connection of its own, not the app's: the mode is a property of the file.</summary>
    private static async Task<string?> JournalModusAsync(string fil, string pragma)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = fil, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = pragma;
        return await command.ExecuteScalarAsync(ct) as string;
    }
}
