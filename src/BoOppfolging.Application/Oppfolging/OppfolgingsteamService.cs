using System.Globalization;
using System.Text.RegularExpressions;
using BoOppfolging.Application.Common;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>A follow-up team the team leader may choose to see; <paramref name="Mitt"/>: the user is a member.</summary>
public sealed record Teamvalg(Guid Id, string Navn, bool Mitt);

/// <summary>
/// What a team leader's follow-up overview and "Bo-oppfølgere" show: one follow-up team (its members, and the cases whose
/// primærkontakt is one of them), or the whole unit.
/// </summary>
/// <param name="Team">The unit's follow-up teams, the user's own first.</param>
/// <param name="Valgt">The team shown; null: the whole unit.</param>
/// <param name="Medlemmer">The members of the team shown; null: the whole unit.</param>
/// <param name="SakIder">The team's cases with a vedtak or in follow-up (primærkontakt a member); null: the whole unit.</param>
public sealed record Teamutvalg(IReadOnlyList<Teamvalg> Team, Teamvalg? Valgt, IReadOnlyList<Guid>? Medlemmer, IReadOnlyList<Guid>? SakIder)
{
    /// <summary>The value that asks for the whole unit.</summary>
    public const string HeleEnheten = "alle";

    /// <summary>The value of the choice shown, for the form and links.</summary>
    public string Verdi => Valgt?.Id.ToString() ?? HeleEnheten;

    /// <summary>
    /// The cases given that are the team's (<see cref="SakIder"/>), or all of them for the whole unit. By the cases' ids, so every
    /// list's query starts from the team's few hundred cases (by the filter on the members, SQLite would start from the lists'
    /// other tables and scan the unit's); one JSON parameter (EF.Parameter), not one per case (EF 10's default, limited in SQL).
    /// </summary>
    public IQueryable<Sak> Saker(IQueryable<Sak> saker)
    {
        if (SakIder is null) return saker;
        var ider = SakIder;
        return saker.Where(s => EF.Parameter(ider).Contains(s.Id));
    }

    /// <summary>
    /// The given bo-oppfølgere who are in the team shown (all of them for the whole unit), and those of <paramref name="ogsaa"/>
    /// whatever their team; in the order given.
    /// </summary>
    public IReadOnlyList<(Guid Id, string Navn)> Av(IReadOnlyList<(Guid Id, string Navn)> oppfolgere, params IEnumerable<Guid?> ogsaa) =>
        Medlemmer is null ? oppfolgere : [.. oppfolgere.Where(o => Medlemmer.Contains(o.Id) || ogsaa.Contains(o.Id))];
}

/// <summary>
/// The follow-up teams (<see cref="Teamtype.BoOppfolging"/>) a team leader chooses between. A team leader leads a team of about a
/// dozen bo-oppfølgere and sees its cases by default; a county's 40 000 cases in follow-up are not one person's overview.
/// A unit without follow-up teams, or a team leader in none, sees the whole unit.
/// </summary>
public sealed class OppfolgingsteamService(IAppDbContext db, ICurrentUser currentUser)
{
    /// <summary>
    /// The choice <paramref name="team"/> (a team's id, or <see cref="Teamutvalg.HeleEnheten"/>); without one, or with one that is
    /// not a follow-up team, the user's first follow-up team; if none, the whole unit. Without <paramref name="medSaker"/> the
    /// team's cases are not read (<see cref="Teamutvalg.SakIder"/> is then empty).
    /// </summary>
    public async Task<Teamutvalg> VelgAsync(string? team, CancellationToken ct, bool medSaker = true)
    {
        var alle = await db.Team.AsNoTracking().Where(t => t.Type == Teamtype.BoOppfolging).Select(t => new { t.Id, t.Navn }).ToListAsync(ct);
        List<Guid> mine = currentUser.Id is { } meg
            ? await db.TeamMedlemmer.AsNoTracking().Where(m => m.BrukerId == meg).Select(m => m.TeamId).ToListAsync(ct)
            : [];
        var valg = alle.Select(t => new Teamvalg(t.Id, t.Navn, mine.Contains(t.Id)))
            .OrderByDescending(t => t.Mitt).ThenBy(t => Sorteringsnavn(t.Navn), Norsk).ToList();
        var valgt = team == Teamutvalg.HeleEnheten ? null
            : valg.FirstOrDefault(t => Guid.TryParse(team, out var id) && t.Id == id) ?? valg.FirstOrDefault(t => t.Mitt);
        if (valgt is null) return new Teamutvalg(valg, null, null, null);
        var medlemmer = await db.TeamMedlemmer.AsNoTracking().Where(m => m.TeamId == valgt.Id).Select(m => m.BrukerId).ToListAsync(ct);
        if (!medSaker) return new Teamutvalg(valg, valgt, medlemmer, []);
        var ider = medlemmer.Select(m => (Guid?)m).ToList();
        // By the primærkontakt's index alone; the state is checked here (with it in the query SQLite takes the state's index and
        // reads every case in follow-up in the unit).
        var saker = await db.Saker.AsNoTracking().Where(s => EF.Parameter(ider).Contains(s.PrimaerkontaktId)).Select(s => new { s.Id, s.Status })
            .ToListAsync(ct);
        return new Teamutvalg(valg, valgt, medlemmer,
            [.. saker.Where(s => s.Status is Saksstatus.Vedtatt or Saksstatus.IOppfolging).Select(s => s.Id)]);
    }

    private static readonly StringComparer Norsk = StringComparer.Create(CultureInfo.GetCultureInfo("nb-NO"), ignoreCase: true);

    /// <summary>Numbers compare as numbers ("Bo-oppfølging 2" before "Bo-oppfølging 10"); letters in Norwegian order.</summary>
    private static string Sorteringsnavn(string navn) =>
        Regex.Replace(navn, "[0-9]+", m => m.Value.PadLeft(10, '0'), RegexOptions.None, TimeSpan.FromSeconds(1));
}
