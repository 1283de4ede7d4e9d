using System.Collections.Concurrent;
using System.Text.Json;
using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Persistence;
using BoOppfolging.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoOppfolging.Infrastructure.Iplos;

/// <summary>
/// The IPLOS variable lists. Each version is a JSON file here (<c>iplos-v1.json</c>, …), embedded in the
/// assembly and written to the database at start if it is not there (<see cref="SeedAsync"/>); a stored
/// version is never changed, since saved assessments refer to it. A version is immutable, so each is
/// read from the database once per process.
/// </summary>
public sealed class Iploskatalog(IServiceScopeFactory scopes) : IIploskatalog
{
    private readonly ConcurrentDictionary<int, Iplosliste> _lest = new();
    private int? _gjeldende;

    /// <summary>Every version shipped with the app, from the embedded files.</summary>
    public static IReadOnlyList<Iplosliste> Filene()
    {
        var assembly = typeof(Iploskatalog).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Iplos.iplos-v", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n =>
            {
                using var strom = assembly.GetManifestResourceStream(n)!;
                return JsonSerializer.Deserialize<Iplosliste>(strom, Jsonlagring.Innstillinger)
                    ?? throw new InvalidOperationException($"IPLOS-listen {n} kunne ikke leses.");
            })
            .OrderBy(l => l.Versjon)];
    }

    /// <summary>Writes the versions the database does not have yet. Run at start by <c>DatabaseInitializer</c>.</summary>
    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var finnes = await db.Set<Iplosvariabelliste>().Select(l => l.Versjon).ToListAsync(ct);
        foreach (var liste in Filene().Where(l => !finnes.Contains(l.Versjon)))
        {
            db.Set<Iplosvariabelliste>().Add(new Iplosvariabelliste { Versjon = liste.Versjon, Innhold = liste });
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task<Iplosliste> GjeldendeAsync(CancellationToken ct)
    {
        if (_gjeldende is not { } versjon)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            versjon = await db.Set<Iplosvariabelliste>().MaxAsync(l => (int?)l.Versjon, ct)
                ?? throw new InvalidOperationException("Ingen IPLOS-variabelliste i databasen. Den legges inn ved oppstart.");
            _gjeldende = versjon;
        }

        return (await VersjonAsync(versjon, ct))!;
    }

    public async Task<Iplosliste?> VersjonAsync(int versjon, CancellationToken ct)
    {
        if (_lest.TryGetValue(versjon, out var liste)) return liste;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rad = await db.Set<Iplosvariabelliste>().AsNoTracking().SingleOrDefaultAsync(l => l.Versjon == versjon, ct);
        return rad is null ? null : _lest.GetOrAdd(versjon, rad.Innhold);
    }
}
