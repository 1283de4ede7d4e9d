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

    public async Task<IReadOnlyList<(Guid Id, string Navn)>> MedRolleAsync(string rolle, CancellationToken ct)
    {
        var normalisert = rolle.ToUpperInvariant(); // the indexed column, as Identity writes it
        var brukere = await (from u in db.Users.AsNoTracking()
                             join ur in db.UserRoles on u.Id equals ur.UserId
                             join r in db.Roles on ur.RoleId equals r.Id
                             where r.NormalizedName == normalisert && !u.Deaktivert
                             orderby u.Fornavn, u.Etternavn
                             select new { u.Id, u.Fornavn, u.Etternavn }).ToListAsync(ct);
        return [.. brukere.Select(b => (b.Id, $"{b.Fornavn} {b.Etternavn}"))];
    }

    public async Task<string?> EpostForPersonAsync(Guid personId, CancellationToken ct) =>
        await db.Users.AsNoTracking()
            .Where(u => u.PersonId == personId && !u.Deaktivert && u.Email != null)
            .Select(u => u.Email)
            .FirstOrDefaultAsync(ct);
}
