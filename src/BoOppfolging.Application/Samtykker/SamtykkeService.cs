using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Samtykker;

/// <summary>
/// The consents on a case (to obtain information from the GP, NAV or another service), each with
/// the wording the citizen agreed to and when, and withdrawing one: by the citizen in "Mine saker",
/// or by staff who record what the citizen told them. Anyone who may see the case may do either;
/// anyone else gets "not found".
/// </summary>
public sealed class SamtykkeService(
    IAppDbContext db, TilgangService tilgang, Saksendringer endringer, IAuditLogg audit)
{
    /// <summary>The case's consents, oldest first, each with whether this user may withdraw it now. Part of the case page, whose read is already audited.</summary>
    public async Task<IReadOnlyList<SamtykkeVisning>> ListAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null) return [];
        var kanTrekke = evner.Kan(Handling.TrekkSamtykke);
        return await tilgang.Synlige<Samtykke>().AsNoTracking()
            .Where(s => s.SakId == sakId)
            .OrderBy(s => s.Gitt).ThenBy(s => s.Id)
            .Select(s => new SamtykkeVisning(s.Id, s.SakId, s.Kilde, s.Ordlyd, s.Gitt, s.Trukket, kanTrekke && s.Trukket == null))
            .ToListAsync(ct);
    }

    /// <summary>One consent, for the page that asks before it is withdrawn, with the case's version the form carries.</summary>
    public async Task<Result<SamtykkeSkjema>> HentAsync(Guid sakId, Guid samtykkeId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null) return Result<SamtykkeSkjema>.NotFound();
        var kanTrekke = evner.Kan(Handling.TrekkSamtykke);
        var funnet = await tilgang.SynligeSaker().AsNoTracking()
            .Where(s => s.Id == sakId)
            .Join(db.Samtykker.Where(s => s.Id == samtykkeId), s => s.Id, s => s.SakId,
                (sak, s) => new
                {
                    sak.PersonId, sak.Versjon,
                    Samtykke = new SamtykkeVisning(s.Id, s.SakId, s.Kilde, s.Ordlyd, s.Gitt, s.Trukket, kanTrekke && s.Trukket == null),
                })
            .SingleOrDefaultAsync(ct);
        if (funnet is null) return Result<SamtykkeSkjema>.NotFound();
        await audit.SkrivAsync(AuditHandling.Les, "Samtykke", sakId, funnet.PersonId, ct);
        return new SamtykkeSkjema(funnet.Samtykke, funnet.Versjon);
    }

    /// <summary>Withdraws the consent; the case's timeline says so, and the change is audited on save.</summary>
    public Task<Result> TrekkTilbakeAsync(Guid sakId, Guid samtykkeId, Guid versjon, CancellationToken ct) =>
        endringer.EndreAsync<object>(Handling.TrekkSamtykke, sakId, versjon, null, async e =>
        {
            var samtykke = await db.Samtykker.SingleOrDefaultAsync(s => s.Id == samtykkeId && s.SakId == sakId, ct);
            return samtykke is null ? Result.NotFound() : e.Sak.TrekkSamtykke(samtykke, e.BrukerId, e.Tidspunkt);
        }, ct);
}

/// <summary>A consent; <see cref="KanTrekkes"/> when it still holds and this user may withdraw it (or record that it was).</summary>
public sealed record SamtykkeVisning(Guid Id, Guid SakId, string Kilde, string Ordlyd, DateTimeOffset Gitt, DateTimeOffset? Trukket, bool KanTrekkes)
{
    public bool ErGyldig => Trukket is null;
}

/// <summary>The confirmation page: the consent and the case's version it was read at.</summary>
public sealed record SamtykkeSkjema(SamtykkeVisning Samtykke, Guid Versjon);
