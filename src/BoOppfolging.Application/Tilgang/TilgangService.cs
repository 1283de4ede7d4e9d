using System.Linq.Expressions;
using BoOppfolging.Application.Common;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tilgang;

/// <summary>
/// The one place that decides which cases a user may see. Staff see cases by role and by their
/// relation to the case; a citizen sees only their own. Every case query starts here, and a case
/// the user may not see is answered as "not found".
/// </summary>
public sealed class TilgangService(IAppDbContext db, ICurrentUser currentUser, TimeProvider tid)
{
    /// <summary>A logged-in team leader sees every case.</summary>
    private bool SerAlleSaker => currentUser.ErInnlogget && currentUser.Id is not null && currentUser.HarRolle(Roller.Teamleder);

    /// <summary>
    /// The cases this user may see:
    /// Teamleder: every case in the unit.
    /// Saksbehandler: cases assigned to them, and unassigned cases (the unit's shared inbox).
    /// Vurderingsteam: cases assigned to a team they are a member of.
    /// BoOppfolger: cases where they are primary or secondary contact, and cases they hold stand-in access to today
    /// (<see cref="Vikartilgang"/>, "break the glass").
    /// Innbygger: cases about the person their account belongs to, and cases they applied for as fullmektig.
    /// Administrator: none by that role alone.
    /// </summary>
    public IQueryable<Sak> SynligeSaker()
    {
        if (!currentUser.ErInnlogget || currentUser.Id is not { } brukerId)
        {
            return db.Saker.Where(_ => false);
        }

        if (SerAlleSaker)
        {
            return db.Saker;
        }

        // Only the rules of the user's own roles go into the query. A rule switched off by a parameter
        // would still name its columns, and the database could then use no index that lacks them.
        var regler = new List<Expression<Func<Sak, bool>>>();
        if (currentUser.HarRolle(Roller.Innbygger) && currentUser.PersonId is { } personId)
        {
            regler.Add(s => s.PersonId == personId || s.FullmektigPersonId == personId);
        }

        if (currentUser.HarRolle(Roller.Saksbehandler))
        {
            regler.Add(s => s.SaksbehandlerId == brukerId || s.SaksbehandlerId == null);
        }

        if (currentUser.HarRolle(Roller.Vurderingsteam))
        {
            // "TeamId IN (the user's teams)": the subquery does not depend on the case, so it is read once, where a
            // correlated EXISTS per case was run for every case the query passes over. A case without a team is never in the set.
            regler.Add(s => db.TeamMedlemmer.Where(m => m.BrukerId == brukerId).Select(m => (Guid?)m.TeamId).Contains(s.TeamId));
        }

        if (currentUser.HarRolle(Roller.BoOppfolger))
        {
            // Stand-in access as "Id IN (today's grants)", read once like the team rule: a bo-oppfølger has few or none.
            var idag = Norsktid.Dato(tid.GetUtcNow());
            var vikarsaker = db.Set<Vikartilgang>().Where(v => v.BrukerId == brukerId && v.Dato == idag).Select(v => v.SakId);
            regler.Add(s => s.PrimaerkontaktId == brukerId || s.SekundaerkontaktId == brukerId || vikarsaker.Contains(s.Id));
        }

        return regler.Count == 0 ? db.Saker.Where(_ => false) : db.Saker.Where(EnAv(regler));
    }

    /// <summary>The rules joined with OR, as one condition on one case.</summary>
    private static Expression<Func<Sak, bool>> EnAv(List<Expression<Func<Sak, bool>>> regler)
    {
        var sak = regler[0].Parameters[0];
        var kropp = regler.Skip(1).Aggregate(
            regler[0].Body, (samlet, regel) => Expression.OrElse(samlet, new Parameterbytte(regel.Parameters[0], sak).Visit(regel.Body)));
        return Expression.Lambda<Func<Sak, bool>>(kropp, sak);
    }

    private sealed class Parameterbytte(ParameterExpression fra, ParameterExpression til) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == fra ? til : base.VisitParameter(node);
    }

    /// <summary>
    /// The same cases as <see cref="SynligeSaker"/>, as parts that never overlap, for lists that
    /// count and page through many cases. The saksbehandler's rule is an OR of two columns, which a
    /// database reads by scanning and sorting every match; each side alone is an index range, and a
    /// list can add the parts up (UNION ALL) and merge their sorted pages. A saksbehandler gets their
    /// own cases, the unassigned ones, and (only with another role) the rest of what they may see,
    /// assigned to someone else. Everyone else gets one part: <see cref="SynligeSaker"/>.
    /// <c>TilgangServiceTests</c> checks that the parts add up to it, for every role.
    /// </summary>
    public IReadOnlyList<IQueryable<Sak>> SynligeSakerIDeler()
    {
        if (!currentUser.ErInnlogget || currentUser.Id is not { } brukerId
            || !currentUser.HarRolle(Roller.Saksbehandler) || currentUser.HarRolle(Roller.Teamleder))
        {
            return [SynligeSaker()];
        }

        List<IQueryable<Sak>> deler =
        [
            db.Saker.Where(s => s.SaksbehandlerId == brukerId),
            db.Saker.Where(s => s.SaksbehandlerId == null),
        ];
        // Any role but these two may add cases (today or in a later rule); then the rest is a part of its own.
        if (currentUser.Roller.Any(r => r is not (Roller.Saksbehandler or Roller.Administrator)))
        {
            deler.Add(SynligeSaker().Where(s => s.SaksbehandlerId != null && s.SaksbehandlerId != brukerId));
        }

        return deler;
    }

    public Task<bool> KanSeSakAsync(Guid sakId, CancellationToken ct) => SynligeSaker().AnyAsync(s => s.Id == sakId, ct);

    /// <summary>
    /// Rows of a case (<see cref="ISaksdata"/>) on the cases this user may see: every query on a case's
    /// child rows starts here, so none can be read through a case the user may not see.
    /// </summary>
    public IQueryable<T> Synlige<T>() where T : class, ISaksdata
    {
        // A team leader sees every case, and every row belongs to a case (a foreign key): no filter, where one would look the
        // case up again for each row (the complaint work list read each open complaint's case twice).
        if (SerAlleSaker) return db.Set<T>();
        var synlige = SynligeSaker();
        return db.Set<T>().Where(rad => synlige.Any(s => s.Id == rad.SakId));
    }

    /// <summary>Staff see internal notes and events; a citizen sees only what is meant for them.</summary>
    public bool ErAnsatt => currentUser.Roller.Any(r => Roller.Ansatte.Contains(r));

    /// <summary>
    /// What this user may do to the case now, from <see cref="Tillatelser"/>: role × relation × status.
    /// Null when the user may not see the case at all.
    /// </summary>
    public async Task<Saksevner?> EvnerAsync(Guid sakId, CancellationToken ct)
    {
        var fakta = await SynligeSaker().AsNoTracking().Where(s => s.Id == sakId).Select(Saksfakta.Fra).SingleOrDefaultAsync(ct);
        return fakta is null ? null : await EvnerAsync(fakta, ct);
    }

    /// <summary>What this user may do to a case already loaded (and checked as visible) by the caller.</summary>
    public async Task<Saksevner> EvnerAsync(Saksfakta sak, CancellationToken ct)
    {
        var relasjoner = Relasjoner(sak, await MineTeamAsync(ct), await MineVikarsakerAsync(ct));
        var tillatt = Enum.GetValues<Handling>()
            .Where(h => relasjoner.Any(r => Tillatelser.ErTillatt(h, r.Rolle, r.Relasjon, sak.Status)))
            .ToHashSet();
        var iEnAnnenTilstand = Enum.GetValues<Handling>()
            .Where(h => !tillatt.Contains(h) && relasjoner.Any(r => Tillatelser.GjelderFor(h, r.Rolle, r.Relasjon)))
            .ToHashSet();
        return new Saksevner(sak.Status, tillatt, iEnAnnenTilstand);
    }

    /// <summary>May the current user do an action that needs no case (start one)?</summary>
    public bool KanUtenSak(Handling handling) => currentUser.Roller.Any(r => Tillatelser.ErTillattUtenSak(handling, r));

    /// <summary>The user's relations to the case: one per role that relates them to it.</summary>
    public IReadOnlyList<(string Rolle, Relasjon Relasjon)> Relasjoner(
        Saksfakta sak, IReadOnlySet<Guid> mineTeam, IReadOnlySet<Guid> mineVikarsaker)
    {
        var relasjoner = new List<(string, Relasjon)>();
        if (!currentUser.ErInnlogget || currentUser.Id is not { } brukerId) return relasjoner;
        if (currentUser.HarRolle(Roller.Innbygger) && currentUser.PersonId is { } personId)
        {
            if (sak.PersonId == personId) relasjoner.Add((Roller.Innbygger, Relasjon.Part));
            if (sak.FullmektigPersonId == personId) relasjoner.Add((Roller.Innbygger, Relasjon.Fullmektig));
        }

        if (currentUser.HarRolle(Roller.Saksbehandler))
        {
            if (sak.SaksbehandlerId == brukerId) relasjoner.Add((Roller.Saksbehandler, Relasjon.TildeltSaksbehandler));
            if (sak.SaksbehandlerId is null) relasjoner.Add((Roller.Saksbehandler, Relasjon.Innboks));
        }

        if (currentUser.HarRolle(Roller.Vurderingsteam) && sak.TeamId is { } teamId && mineTeam.Contains(teamId))
        {
            relasjoner.Add((Roller.Vurderingsteam, Relasjon.Teammedlem));
        }

        if (currentUser.HarRolle(Roller.BoOppfolger) && (sak.PrimaerkontaktId == brukerId || sak.SekundaerkontaktId == brukerId))
        {
            relasjoner.Add((Roller.BoOppfolger, Relasjon.Kontakt));
        }
        else if (currentUser.HarRolle(Roller.BoOppfolger) && mineVikarsaker.Contains(sak.SakId))
        {
            relasjoner.Add((Roller.BoOppfolger, Relasjon.Vikar));
        }

        if (currentUser.HarRolle(Roller.Teamleder)) relasjoner.Add((Roller.Teamleder, Relasjon.Enhet));
        return relasjoner;
    }

    private HashSet<Guid>? _mineTeam;
    private HashSet<Guid>? _mineVikarsaker;

    /// <summary>The cases the user holds stand-in access to today, read once per request (only for a bo-oppfølger).</summary>
    private async Task<IReadOnlySet<Guid>> MineVikarsakerAsync(CancellationToken ct)
    {
        if (_mineVikarsaker is not null) return _mineVikarsaker;
        var idag = Norsktid.Dato(tid.GetUtcNow());
        _mineVikarsaker = currentUser.HarRolle(Roller.BoOppfolger) && currentUser.Id is { } id
            ? [.. await db.Set<Vikartilgang>().AsNoTracking().Where(v => v.BrukerId == id && v.Dato == idag).Select(v => v.SakId).ToListAsync(ct)]
            : [];
        return _mineVikarsaker;
    }

    /// <summary>Forget what was read for this request: after stand-in access is given, the next check must see it.</summary>
    public void GlemVikarsaker() => _mineVikarsaker = null;

    /// <summary>The teams the user is a member of, read once per request (only for the vurderingsteam's rule).</summary>
    private async Task<IReadOnlySet<Guid>> MineTeamAsync(CancellationToken ct)
    {
        if (_mineTeam is not null) return _mineTeam;
        _mineTeam = currentUser.HarRolle(Roller.Vurderingsteam) && currentUser.Id is { } id
            ? [.. await db.TeamMedlemmer.AsNoTracking().Where(m => m.BrukerId == id).Select(m => m.TeamId).ToListAsync(ct)]
            : [];
        return _mineTeam;
    }
}

/// <summary>The facts about a case that decide a user's relation to it and what they may do.</summary>
public sealed record Saksfakta(
    Guid SakId, Guid PersonId, Guid? FullmektigPersonId, Guid? SaksbehandlerId, Guid? TeamId, Guid? PrimaerkontaktId, Guid? SekundaerkontaktId,
    Saksstatus Status)
{
    public static readonly Expression<Func<Sak, Saksfakta>> Fra = s =>
        new Saksfakta(s.Id, s.PersonId, s.FullmektigPersonId, s.SaksbehandlerId, s.TeamId, s.PrimaerkontaktId, s.SekundaerkontaktId, s.Status);

    public static Saksfakta Av(Sak s) =>
        new(s.Id, s.PersonId, s.FullmektigPersonId, s.SaksbehandlerId, s.TeamId, s.PrimaerkontaktId, s.SekundaerkontaktId, s.Status);
}

/// <summary>
/// What the current user may do to one case now (<see cref="TilgangService.EvnerAsync(Guid, CancellationToken)"/>).
/// <see cref="IkkeNaa"/> holds the actions the user's relation allows in another state of the case: those are
/// refused with a message, the rest as "not found".
/// </summary>
public sealed record Saksevner(Saksstatus Status, IReadOnlySet<Handling> Tillatt, IReadOnlySet<Handling> IkkeNaa)
{
    public bool Kan(Handling handling) => Tillatt.Contains(handling);

    /// <summary>Ok, a message for an action the case's state does not allow now, or "not found" for one the user may never do.</summary>
    public Result Sjekk(Handling handling) =>
        Kan(handling) ? Result.Ok()
        : IkkeNaa.Contains(handling) ? Result.Fail(TilgangFeil.IkkeIDenneStatusen(Status))
        : Result.NotFound();
}

public static class TilgangFeil
{
    public static Feil IkkeIDenneStatusen(Saksstatus status) => new(
        "ikke_tillatt_naa", $"Dette kan ikke gjøres når saken har status «{status.Visningsnavn()}».");
}
