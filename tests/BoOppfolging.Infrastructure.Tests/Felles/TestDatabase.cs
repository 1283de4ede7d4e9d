using BoOppfolging.Application;
using BoOppfolging.Application.Common;
using BoOppfolging.Infrastructure;
using BoOppfolging.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BoOppfolging.Tests.Felles;

/// <summary>
/// A real SQLite file in its own temp folder, with the app's own services around it
/// (<c>AddApplication</c> and <c>AddInfrastructure</c>, as in Program.cs) and a fake clock.
/// Used as a class fixture: <see cref="InitializeAsync"/> migrates the file.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public const string Telefon = "22 00 00 00";
    public const string Epost = "postmottak@eksempel.kommune.no";
    public const string MineSakerAdresse = "eksempel.kommune.no/mine-saker";

    public TestDatabase()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:DataMappe"] = DataMappe })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Tid);
        services.AddScoped<Innlogging>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<Innlogging>().Bruker);
        services.AddApplication();
        services.Configure<Application.Kontoer.IdentitetOptions>(o => o.TillatTestnummer = true); // not Production: synthetic numbers
        services.AddInfrastructure(configuration, DataMappe);
        // The unit's phone and e-mail are merge fields of every letter, and a letter with an empty one cannot be sent.
        services.Configure<Application.Brev.KommuneOptions>(o => (o.Telefon, o.Epost, o.MineSakerAdresse) = (Telefon, Epost, MineSakerAdresse));
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public string DataMappe { get; } = Path.Combine(Path.GetTempPath(), "bo-test-" + Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Tid { get; } = new(Start);

    public ServiceProvider Services { get; }

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(DataMappe);
        await using var scope = Scope();
        await scope.Db().Database.MigrateAsync(TestContext.Current.CancellationToken);
        await Application.Brevtekster.Standardtekster.SeedAsync(scope.Db(), Tid.GetUtcNow(), TestContext.Current.CancellationToken);
    }

    /// <summary>A DI scope (one request, one unit of work) in which <paramref name="bruker"/> is signed in.</summary>
    public AsyncServiceScope Scope(TestBruker? bruker = null)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Innlogging>().Bruker = bruker ?? TestBruker.Anonym;
        return scope;
    }

    public async ValueTask DisposeAsync()
    {
        string? connectionString;
        await using (var scope = Scope())
        {
            connectionString = scope.Db().Database.GetConnectionString();
        }

        await Services.DisposeAsync();
        // Pooled connections keep the file open; release only this database's pool.
        using (var connection = new SqliteConnection(connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        try
        {
            Directory.Delete(DataMappe, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

public static class ScopeExtensions
{
    public static AppDbContext Db(this AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<AppDbContext>();

    public static T Get<T>(this AsyncServiceScope scope)
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();
}
