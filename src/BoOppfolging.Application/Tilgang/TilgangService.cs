using System.Linq.Expressions;
using BoOppfolging.Application.Common;
using BoOppfolging.Domain;

namespace BoOppfolging.Application.Tilgang;

/// <summary>
/// The one place that decides which cases a user may see. Staff see cases by role and by their
/// relation to the case; a citizen sees only their own. Every case query starts here, and a case
/// the user may not see is answered as "not found".
/// </summary>
public sealed class TilgangService(IAppDbContext db, ICurrentUser currentUser)
{
    /// <summary>
    /// The cases this user may see:
    /// Teamleder: every case in the unit.
    /// Saksbehandler: cases assigned to them, and unassigned cases (the unit's shared inbox).
    /// Vurderingsteam: cases assigned to a team they are a member of.
    /// BoOppfolger: cases where they are primary or secondary contact.
    /// Innbygger: cases about the person their account belongs to, and cases they applied for as fullmektig.
    /// Administrator: none by that role alone.
    /// </summary>
    public IQueryable<Sak> SynligeSaker()
    {
        if (!currentUser.ErInnlogget || currentUser.Id is not { } brukerId)
        {
            return db.Saker.Where(_ => false);
        }

        if (currentUser.HarRolle(Roller.Teamleder))
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
            regler.Add(s => s.TeamId != null && db.TeamMedlemmer.Any(m => m.TeamId == s.TeamId && m.BrukerId == brukerId));
        }

        if (currentUser.HarRolle(Roller.BoOppfolger))
        {
            regler.Add(s => s.PrimaerkontaktId == brukerId || s.SekundaerkontaktId == brukerId);
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

    public Task<bool> KanSeSakAsync(Guid sakId, CancellationToken ct) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
            SynligeSaker(), s => s.Id == sakId, ct);

    /// <summary>Staff see internal notes and events; a citizen sees only what is meant for them.</summary>
    public bool ErAnsatt => currentUser.Roller.Any(r => Roller.Ansatte.Contains(r));
}
