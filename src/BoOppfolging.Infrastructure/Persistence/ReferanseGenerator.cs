using System.Globalization;
using BoOppfolging.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoOppfolging.Infrastructure.Persistence;

/// <summary>
/// Hands out BO-yyyy-nnnnnn from a counter row per year, committed on its own (in its own scope) so
/// that two requests never get the same number. A lost race retries; a gap after a failed save is fine.
/// </summary>
public sealed class ReferanseGenerator(IServiceScopeFactory scopeFactory) : IReferanseGenerator
{
    private const int MaksForsok = 20;

    public async Task<string> NesteAsync(int aar, CancellationToken ct)
    {
        for (var forsok = 1; ; forsok++)
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            try
            {
                var serie = await db.Referanseserier.SingleOrDefaultAsync(r => r.Aar == aar, ct);
                if (serie is null)
                {
                    serie = new Referanseserie { Aar = aar, SisteNummer = 1 };
                    db.Referanseserier.Add(serie);
                }
                else
                {
                    serie.SisteNummer++;
                    serie.Versjon = Guid.NewGuid();
                }

                await db.SaveChangesAsync(ct);
                return Formater(aar, serie.SisteNummer);
            }
            catch (DbUpdateException) when (forsok < MaksForsok)
            {
                await Task.Delay(Random.Shared.Next(5, 25) * forsok, ct);
            }
        }
    }

    public static string Formater(int aar, int nummer) =>
        string.Create(CultureInfo.InvariantCulture, $"BO-{aar}-{nummer:000000}");
}
