using BoOppfolging.Application;
using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Persistence;
using BoOppfolging.Tests.Felles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BoOppfolging.Infrastructure.Tests;

/// <summary>
/// The read entries' own file on SQLite (<see cref="Leseauditko"/>): a read's entry is on disk when the
/// read returns, it reaches the audit log once, and a crash, a stop or a failed move loses none.
/// Real files: the database and the queue's file in a temp folder, each host built as Program.cs does.
/// </summary>
public sealed class LeseauditkoTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly string _mappe = Path.Combine(Path.GetTempPath(), "bo-leseko-" + Guid.NewGuid().ToString("N"));
    private readonly List<ServiceProvider> _verter = [];
    private readonly TestBruker _saksbehandler = new() { Id = Guid.CreateVersion7(), Roller = [Roller.Saksbehandler], KorrelasjonsId = "korrelasjon-1" };

    private string Kofil => Path.Combine(_mappe, "booppfolging-lesninger.db");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_mappe);
        var vert = Vert();
        await using var scope = vert.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.MigrateAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task En_lesing_er_lagret_i_koens_fil_naar_den_er_registrert_og_kommer_i_auditloggen_en_gang()
    {
        var ct = TestContext.Current.CancellationToken;
        var vert = Vert();
        var sakId = Guid.NewGuid();

        await LesAsync(vert, sakId);

        // On disk, read by a connection of its own, before anything is moved; not in the log yet.
        Assert.Equal(1, await AntallIKoenAsync());
        Assert.Empty(await AuditlinjerAsync(vert, sakId));

        await vert.GetRequiredService<ILeseauditko>().SkrivKoenAsync(ct);
        await vert.GetRequiredService<ILeseauditko>().SkrivKoenAsync(ct);

        var linje = Assert.Single(await AuditlinjerAsync(vert, sakId));
        Assert.Equal(
            (AuditHandling.Les, "Sak", _saksbehandler.Id, Start, "korrelasjon-1"),
            (linje.Handling, linje.Beskrivelse, linje.BrukerId, linje.Tidspunkt, linje.KorrelasjonsId));
        Assert.Equal(0, await AntallIKoenAsync());
    }

    [Fact]
    public async Task Lesninger_en_krasj_etterlot_flyttes_naar_appen_starter_igjen()
    {
        var ct = TestContext.Current.CancellationToken;
        var forKrasjen = Vert();
        var saker = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        foreach (var sakId in saker) await LesAsync(forKrasjen, sakId);
        // The process dies: no stop, nothing moved.
        await forKrasjen.DisposeAsync();
        _verter.Remove(forKrasjen);
        SqliteConnection.ClearAllPools();

        var etter = Vert();
        var ko = etter.GetRequiredService<Leseauditko>();
        await ko.StartAsync(ct);
        try
        {
            // The start's first round moves them; wait for it (not a measure of speed: up to a minute on a busy machine).
            for (var i = 0; i < 600 && await AntallIKoenAsync() > 0; i++) await Task.Delay(100, ct);
            Assert.Equal(0, await AntallIKoenAsync());
            foreach (var sakId in saker) Assert.Single(await AuditlinjerAsync(etter, sakId));
        }
        finally
        {
            await ko.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task En_stopp_flytter_det_som_venter()
    {
        var ct = TestContext.Current.CancellationToken;
        var vert = Vert(intervall: TimeSpan.FromHours(1));
        var ko = vert.GetRequiredService<Leseauditko>();
        await ko.StartAsync(ct);
        for (var i = 0; i < 600 && ko.ExecuteTask is { IsCompleted: false } && await AntallIKoenAsync() > 0; i++) await Task.Delay(100, ct);
        var sakId = Guid.NewGuid();
        await LesAsync(vert, sakId);

        await ko.StopAsync(ct);

        Assert.Single(await AuditlinjerAsync(vert, sakId));
        Assert.Equal(0, await AntallIKoenAsync());
    }

    [Fact]
    public async Task En_mislykket_flytting_beholder_lesningene_og_neste_runde_flytter_dem_en_gang()
    {
        var ct = TestContext.Current.CancellationToken;
        var vert = Vert();
        var saker = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToList();
        foreach (var sakId in saker) await LesAsync(vert, sakId);

        await using (var scope = vert.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER Stopp BEFORE INSERT ON AuditLogg BEGIN SELECT RAISE(ABORT, 'stopp'); END;", ct);
        }

        await Assert.ThrowsAsync<DbUpdateException>(() => vert.GetRequiredService<ILeseauditko>().SkrivKoenAsync(ct));
        Assert.Equal(3, await AntallIKoenAsync());

        await using (var scope = vert.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync("DROP TRIGGER Stopp;", ct);
        }

        await vert.GetRequiredService<ILeseauditko>().SkrivKoenAsync(ct);
        foreach (var sakId in saker) Assert.Single(await AuditlinjerAsync(vert, sakId));
        Assert.Equal(0, await AntallIKoenAsync());
    }

    [Fact]
    public async Task Flere_lesninger_enn_en_porsjon_kommer_alle_i_auditloggen_i_den_rekkefolgen_de_ble_gjort()
    {
        var ct = TestContext.Current.CancellationToken;
        var vert = Vert();
        var sakId = Guid.NewGuid();
        var antall = Leseauditko.Porsjon + 7;
        await using (var ko = await vert.GetRequiredService<IDbContextFactory<LesekoDbContext>>().CreateDbContextAsync(ct))
        {
            await ko.Database.EnsureCreatedAsync(ct);
            ko.Lesninger.AddRange(Enumerable.Range(0, antall).Select(i =>
                new AuditEntry(Start.AddSeconds(i), _saksbehandler.Id, AuditHandling.Les, "Sak", sakId, null, null, $"k{i}")));
            await ko.SaveChangesAsync(ct);
        }

        await vert.GetRequiredService<ILeseauditko>().SkrivKoenAsync(ct);

        var linjer = await AuditlinjerAsync(vert, sakId);
        Assert.Equal(Enumerable.Range(0, antall).Select(i => $"k{i}"), linjer.Select(l => l.KorrelasjonsId));
        Assert.Equal(0, await AntallIKoenAsync());
    }

    [Fact]
    public void SQL_Server_og_intervall_null_har_ingen_ko_og_lesninger_lagres_rett_i_auditloggen()
    {
        Assert.Null(Vert(provider: "SqlServer").GetService<ILeseauditko>());
        Assert.Null(Vert(intervall: TimeSpan.Zero).GetService<ILeseauditko>());
        Assert.NotNull(Vert().GetService<ILeseauditko>());
    }

    private ServiceProvider Vert(TimeSpan? intervall = null, string provider = "Sqlite")
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:DataMappe"] = _mappe,
                ["Database:Provider"] = provider,
                ["ConnectionStrings:BoOppfolging"] = "Server=ingen;Database=ingen",
                ["Audit:Leseintervall"] = (intervall ?? TimeSpan.FromSeconds(1)).ToString(),
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Start));
        services.AddScoped<Innlogging>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<Innlogging>().Bruker);
        services.AddApplication();
        services.AddInfrastructure(configuration, _mappe);
        services.AddLeseauditko(configuration, _mappe);
        var vert = services.BuildServiceProvider();
        _verter.Add(vert);
        return vert;
    }

    private async Task LesAsync(ServiceProvider vert, Guid sakId)
    {
        await using var scope = vert.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Innlogging>().Bruker = _saksbehandler;
        await scope.ServiceProvider.GetRequiredService<IAuditLogg>()
            .SkrivAsync(AuditHandling.Les, "Sak", sakId, null, TestContext.Current.CancellationToken);
    }

    private static async Task<List<AuditEntry>> AuditlinjerAsync(ServiceProvider vert, Guid sakId)
    {
        await using var scope = vert.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditLogg.AsNoTracking()
            .Where(a => a.SakId == sakId).OrderBy(a => a.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    private async Task<long> AntallIKoenAsync()
    {
        if (!File.Exists(Kofil)) return 0;
        await using var tilkobling = new SqliteConnection($"Data Source={Kofil};Pooling=false");
        await tilkobling.OpenAsync(TestContext.Current.CancellationToken);
        await using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = "SELECT count(*) FROM Lesninger";
        return (long)(await kommando.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var vert in _verter) await vert.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_mappe, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
