using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BoOppfolging.Infrastructure.Persistence;

/// <summary>
/// The audit log's read entries on SQLite. Every write to the SQLite file empties the page cache of every
/// other connection at its next read, so one audit save per page view made every page read its indexes
/// from the file again: at 100 000 cases most of a name search's time (bench/README.md). A read's entry
/// is therefore saved in a file of its own next to the database (<c>…-lesninger.db</c>), which SQLite
/// makes durable before the page is sent, and moved into the audit log with the others once an interval
/// (<c>Audit:Leseintervall</c>, one second). A stop moves what is there; a start moves what a crash left.
/// A failed move leaves the entries in the file for the next round. Between the log's commit and the
/// file's delete a crash would move the same entries again at the next start: an entry may then be in
/// the log twice, never missing. SQL Server has one shared buffer pool, not a page cache per connection,
/// and saves each read entry in the log at once.
/// </summary>
public sealed class Leseauditko(
    IDbContextFactory<LesekoDbContext> koer,
    IServiceScopeFactory scopes,
    TimeSpan intervall,
    ILogger<Leseauditko> logger) : BackgroundService, ILeseauditko
{
    /// <summary>Entries moved in one save.</summary>
    public const int Porsjon = 2_000;

    private readonly SemaphoreSlim _flytter = new(1, 1);
    private int _opprettet;

    public async Task<bool> LeggTilAsync(AuditEntry entry, CancellationToken ct)
    {
        try
        {
            await using var ko = await koer.CreateDbContextAsync(ct);
            await OpprettAsync(ko, ct);
            ko.Lesninger.Add(entry);
            await ko.SaveChangesAsync(ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "En lesing kunne ikke lagres i køen til auditloggen; den skrives rett i auditloggen");
            return false;
        }
    }

    public async Task SkrivKoenAsync(CancellationToken ct)
    {
        await _flytter.WaitAsync(ct);
        try
        {
            await using var ko = await koer.CreateDbContextAsync(ct);
            await OpprettAsync(ko, ct);
            while (true)
            {
                var lesninger = await ko.Lesninger.AsNoTracking().OrderBy(l => l.Id).Take(Porsjon).ToListAsync(ct);
                if (lesninger.Count == 0) return;

                await using (var scope = scopes.CreateAsyncScope())
                {
                    var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
                    db.AuditLogg.AddRange(lesninger.Select(l => new AuditEntry(
                        l.Tidspunkt, l.BrukerId, l.Handling, l.Beskrivelse, l.SakId, l.PersonId, l.IpAdresse, l.KorrelasjonsId, l.KontoId)));
                    await db.SaveChangesAsync(ct);
                }

                // New entries get higher numbers than any still in the file, so this deletes only those moved.
                var siste = lesninger[^1].Id;
                await ko.Lesninger.Where(l => l.Id <= siste).ExecuteDeleteAsync(ct);
            }
        }
        finally
        {
            _flytter.Release();
        }
    }

    private async Task OpprettAsync(LesekoDbContext ko, CancellationToken ct)
    {
        if (Volatile.Read(ref _opprettet) == 1) return;
        await ko.Database.EnsureCreatedAsync(ct);
        await ko.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        Volatile.Write(ref _opprettet, 1);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // the first round may be long (after a crash) and must not hold up the start
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // The first round moves what a crash left in the file.
                await SkrivKoenAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Lesinger kunne ikke flyttes til auditloggen; de blir liggende i køen og prøves igjen om {Sekunder} s", intervall.TotalSeconds);
            }

            try
            {
                await Task.Delay(intervall, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return; // StopAsync moves what is left.
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await base.StopAsync(cancellationToken);
        }
        finally
        {
            try
            {
                await SkrivKoenAsync(CancellationToken.None);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Lesinger kunne ikke flyttes til auditloggen da appen stoppet; de flyttes ved neste oppstart");
            }
        }
    }
}

/// <summary>The file where read entries wait (<see cref="Leseauditko"/>): one table, shaped like the audit log.</summary>
public sealed class LesekoDbContext(DbContextOptions<LesekoDbContext> options) : DbContext(options)
{
    public DbSet<AuditEntry> Lesninger => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var lesning = modelBuilder.Entity<AuditEntry>();
        lesning.ToTable("Lesninger");
        lesning.HasKey(a => a.Id);
        lesning.Property(a => a.Id).ValueGeneratedOnAdd();
        lesning.Property(a => a.Handling).HasConversion<string>();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
