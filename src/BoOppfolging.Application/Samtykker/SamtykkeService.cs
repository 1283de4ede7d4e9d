using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BoOppfolging.Application.Samtykker;

/// <summary>
/// The consents on a case (to obtain information from the GP, NAV or another service), each with
/// the wording the citizen agreed to and when, and withdrawing one: by the citizen in "Mine saker",
/// or by staff who record what the citizen told them. Anyone who may see the case may do either;
/// anyone else gets "not found".
/// </summary>
public sealed class SamtykkeService(
    IAppDbContext db, TilgangService tilgang, ICurrentUser currentUser, IAuditLogg audit, TimeProvider tid, ILogger<SamtykkeService> logger)
{
    /// <summary>The case's consents, oldest first. Part of the case page, whose read is already audited.</summary>
    public async Task<IReadOnlyList<SamtykkeVisning>> ListAsync(Guid sakId, CancellationToken ct)
    {
        if (!await tilgang.KanSeSakAsync(sakId, ct)) return [];
        return await db.Samtykker.AsNoTracking()
            .Where(s => s.SakId == sakId)
            .OrderBy(s => s.Gitt).ThenBy(s => s.Id)
            .Select(s => new SamtykkeVisning(s.Id, s.SakId, s.Kilde, s.Ordlyd, s.Gitt, s.Trukket))
            .ToListAsync(ct);
    }

    /// <summary>One consent, for the page that asks before it is withdrawn.</summary>
    public async Task<Result<SamtykkeVisning>> HentAsync(Guid sakId, Guid samtykkeId, CancellationToken ct)
    {
        var funnet = await tilgang.SynligeSaker().AsNoTracking()
            .Where(s => s.Id == sakId)
            .Join(db.Samtykker.Where(s => s.Id == samtykkeId), s => s.Id, s => s.SakId,
                (sak, s) => new { sak.PersonId, Samtykke = new SamtykkeVisning(s.Id, s.SakId, s.Kilde, s.Ordlyd, s.Gitt, s.Trukket) })
            .SingleOrDefaultAsync(ct);
        if (funnet is null) return Result<SamtykkeVisning>.NotFound();
        await audit.SkrivAsync(AuditHandling.Les, "Samtykke", sakId, funnet.PersonId, ct);
        return funnet.Samtykke;
    }

    /// <summary>Withdraws the consent; the case's timeline says so, and the change is audited on save.</summary>
    public async Task<Result> TrekkTilbakeAsync(Guid sakId, Guid samtykkeId, CancellationToken ct)
    {
        if (currentUser.Id is not { } brukerId) return Result.NotFound();
        var sak = await tilgang.SynligeSaker().SingleOrDefaultAsync(s => s.Id == sakId, ct);
        var samtykke = sak is null ? null : await db.Samtykker.SingleOrDefaultAsync(s => s.Id == samtykkeId && s.SakId == sakId, ct);
        if (sak is null || samtykke is null) return Result.NotFound();

        var result = sak.TrekkSamtykke(samtykke, brukerId, tid.GetUtcNow());
        if (!result.IsSuccess) return result;
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Samtykke {SamtykkeId} trukket tilbake i sak {SakId}", samtykke.Id, sak.Id);
        return Result.Ok();
    }
}

public sealed record SamtykkeVisning(Guid Id, Guid SakId, string Kilde, string Ordlyd, DateTimeOffset Gitt, DateTimeOffset? Trukket)
{
    public bool ErGyldig => Trukket is null;
}
