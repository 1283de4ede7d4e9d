using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>
/// The citizen's goals in the follow-up: the goals of the mapping (carried into the vedtak) with their status
/// (<see cref="Maalstatus"/>, absent: not started) and their timeline, joined with the progress notes the visits wrote on each
/// goal (<see cref="Maalforlopsregler.For"/>). Every staff user who sees the case reads it; the case's bo-oppfølgere and the
/// team leader set the status (<see cref="Handling.SettMaalstatus"/>). The citizen reads their goals in "Mine saker"
/// (<see cref="MineAsync"/>).
/// </summary>
public sealed class MaalService(IAppDbContext db, TilgangService tilgang, IBrukerOppslag brukere, IAuditLogg audit, Saksendringer endringer)
{
    /// <summary>The goals page: every goal with status and timeline, names for who; not found for anyone who may not see the case.</summary>
    public async Task<Result<MaalsideVisning>> HentAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSaksopplysninger)) return Result<MaalsideVisning>.NotFound();
        var sak = await tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId)
            .Select(s => new { s.Referanse, s.PersonId, s.Person!.Fornavn, s.Person.Etternavn }).SingleAsync(ct);
        var forlop = await ForlopAsync(sakId, ct);
        var navn = await brukere.NavnAsync(forlop.SelectMany(f => f.Forlop.Tidslinje.Select(h => h.Av)).Distinct(), ct);
        await audit.SkrivAsync(AuditHandling.Les, "Mål", sakId, sak.PersonId, ct);
        return new MaalsideVisning(
            sakId, sak.Referanse, $"{sak.Fornavn} {sak.Etternavn}",
            [.. forlop.Select(f => new Maalvisning(
                f.Maal.Id, f.Maal.Tekst, f.Maal.Omrade, f.Maal.HvordanVite, f.Maal.Maldato, f.Forlop.Status, f.Versjon,
                [.. f.Forlop.Tidslinje.Select(h => new Maalhendelsevisning(h.Type, h.Dato, h.Registrert, h.Status, h.Tekst, navn.GetValueOrDefault(h.Av), h.BesokId))]))],
            evner.Kan(Handling.SettMaalstatus));
    }

    /// <summary>
    /// What the citizen reads in "Mine saker": each goal in their own words, its status and since when, and the progress notes
    /// from the visits. The per-goal progress note is written with the citizen on the visit and is theirs to read; the visit's
    /// free "notat", the reason a goal was stopped and the staff's names are internal and left out (the citizen gets them
    /// through a request for access, not on this page). Empty for a case without goals, or not in follow-up with nothing noted on
    /// them (the mapping's section shows them then); null for a case the user may not see.
    /// </summary>
    public async Task<IReadOnlyList<MittMaal>?> MineAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSak)) return null;
        var sak = await tilgang.SynligeSaker().Where(s => s.Id == sakId).Select(s => new { s.PersonId, s.Status }).SingleAsync(ct);
        var forlop = await ForlopAsync(sakId, ct);
        // Before the follow-up the goals are the mapping's, shown there; after it, only when something happened to them.
        if (forlop.Count == 0 || (sak.Status != Saksstatus.IOppfolging && forlop.All(f => f.Forlop.Tidslinje.Count == 0))) return [];
        await audit.SkrivAsync(AuditHandling.Les, "Mål", sakId, sak.PersonId, ct);
        return [.. forlop.Select(f => new MittMaal(
            f.Maal.Tekst, f.Maal.Omrade, f.Maal.HvordanVite, f.Maal.Maldato, f.Forlop.Status,
            f.Forlop.Tidslinje.FirstOrDefault(h => h.Type == Maalhendelsestype.Status)?.Dato,
            [.. f.Forlop.Tidslinje.Where(h => h.Type == Maalhendelsestype.Fremdrift).Select(h => new MittFremdriftsnotat(h.Dato, h.Tekst ?? ""))]))];
    }

    /// <summary>Sets a goal's status, checked against the version read; the goal must be one of the case's (from the mapping).</summary>
    public Task<Result> SettStatusAsync(SettMaalstatusCommand c, CancellationToken ct) =>
        endringer.EndreEllerOpprettAsync(
            Handling.SettMaalstatus, c.SakId, c,
            (sak, t) => db.Set<Maalstatus>().SingleOrDefaultAsync(m => m.SakId == sak.Id && m.MaalId == c.MaalId, t),
            sakId => new Maalstatus(sakId, c.MaalId), c.Versjon,
            async (e, status) => (await MaalAsync(e.Sak.Id, ct)).Any(m => m.Id == c.MaalId)
                ? status.Sett(c.Status!.Value, c.Arsak, e.BrukerId, e.Tidspunkt)
                : Result.Fail(MaalstatusFeil.UkjentMaal),
            ct);

    /// <summary>The goals of the mapping, each with its status row's version and its timeline (registered visits only).</summary>
    private async Task<IReadOnlyList<(Maal Maal, Guid Versjon, Maalforlop Forlop)>> ForlopAsync(Guid sakId, CancellationToken ct)
    {
        var maal = await MaalAsync(sakId, ct);
        if (maal.Count == 0) return [];
        var statuser = await tilgang.Synlige<Maalstatus>().AsNoTracking().Where(m => m.SakId == sakId).ToDictionaryAsync(m => m.MaalId, ct);
        // The notes are JSON on the visit, so every registered visit of the case is read; a case has tens of visits a year.
        var besok = await tilgang.Synlige<Besok>().AsNoTracking().Where(b => b.SakId == sakId && b.Status == Besoksstatus.Registrert).ToListAsync(ct);
        return [.. maal.Select(m =>
        {
            var status = statuser.GetValueOrDefault(m.Id);
            return (m, status?.Versjon ?? Guid.Empty, Maalforlopsregler.For(m.Id, status, besok));
        })];
    }

    private async Task<IReadOnlyList<Maal>> MaalAsync(Guid sakId, CancellationToken ct)
    {
        var kartlegging = await tilgang.Synlige<Domain.Kartlegging>().AsNoTracking().SingleOrDefaultAsync(k => k.SakId == sakId, ct);
        return kartlegging?.Maal ?? [];
    }
}
