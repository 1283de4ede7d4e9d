using BoOppfolging.Application.Common;
using BoOppfolging.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Infrastructure.Identity;

public sealed class BrukerOppslag(AppDbContext db) : IBrukerOppslag
{
    public async Task<IReadOnlyDictionary<Guid, string>> NavnAsync(IEnumerable<Guid> brukerIder, CancellationToken ct)
    {
        var ider = brukerIder.Distinct().ToList();
        if (ider.Count == 0) return new Dictionary<Guid, string>();
        return await db.Users.AsNoTracking()
            .Where(u => ider.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Fornavn + " " + u.Etternavn, ct);
    }
}
