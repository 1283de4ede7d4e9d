using BoOppfolging.Application.Common;
using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>The team leader's capacity form: hours a week as written ("22,5"), against the version read (empty: none set yet).</summary>
public sealed record SettKapasitetCommand(Guid BrukerId, Guid Versjon, string? Timer);

public sealed class SettKapasitetCommandValidator : AbstractValidator<SettKapasitetCommand>
{
    public SettKapasitetCommandValidator() =>
        RuleFor(c => c.Timer).Must(t => Timeinput.Kvarter(t) is not null).WithMessage(KapasitetFeil.Utenfor.Melding);
}

/// <summary>"Bo-oppfølgere": the team shown (<see cref="OppfolgingsteamService"/>) and its bo-oppfølgere with their load.</summary>
public sealed record Kapasitetsoversikt(Teamutvalg Team, IReadOnlyList<Oppfolgervalg> Oppfolgere);

/// <summary>One bo-oppfølger's capacity form: who, the hours set, and the version read.</summary>
public sealed record Kapasitetsskjema(Guid BrukerId, string Navn, int? MinutterPerUke, Guid Versjon, Oppfolgervalg Belastning);

/// <summary>
/// Each bo-oppfølger's load against their capacity, so the team leader sees who has room before assigning: their cases in
/// follow-up as primær- and sekundærkontakt, the weekly hours granted on the cases where they are primærkontakt (KPR's weekly
/// equivalent of the vedtak in force today, read without the vedtak's content), and the hours a week they have
/// (<see cref="Oppfolgerkapasitet"/>, set here by the team leader: <see cref="Handling.SettKapasitet"/>).
/// </summary>
public sealed class KapasitetService(
    IAppDbContext db, TilgangService tilgang, IBrukerOppslag brukere, ICurrentUser currentUser, TimeProvider tid, OppfolgingsteamService oppfolgingsteam)
{
    /// <summary>
    /// The active bo-oppfølgere of a follow-up team (<paramref name="team"/>: a team's id, <see cref="Teamutvalg.HeleEnheten"/>, or
    /// null for the team leader's own) with their load, for the team leader; not found for anyone else.
    /// </summary>
    public async Task<Result<Kapasitetsoversikt>> ListAsync(string? team, CancellationToken ct)
    {
        if (!tilgang.KanUtenSak(Handling.SettKapasitet)) return Result<Kapasitetsoversikt>.NotFound();
        var utvalg = await oppfolgingsteam.VelgAsync(team, ct);
        return new Kapasitetsoversikt(utvalg, await BelastningAsync(utvalg.Av(await brukere.MedRolleAsync(Roller.BoOppfolger, ct)), ct));
    }

    public async Task<Result<Kapasitetsskjema>> HentAsync(Guid brukerId, CancellationToken ct)
    {
        if (!tilgang.KanUtenSak(Handling.SettKapasitet)) return Result<Kapasitetsskjema>.NotFound();
        var oppfolger = (await brukere.MedRolleAsync(Roller.BoOppfolger, ct)).Where(o => o.Id == brukerId).ToList();
        if (oppfolger.Count == 0) return Result<Kapasitetsskjema>.NotFound();
        var rad = await db.Set<Oppfolgerkapasitet>().AsNoTracking().SingleOrDefaultAsync(k => k.BrukerId == brukerId, ct);
        return new Kapasitetsskjema(brukerId, oppfolger[0].Navn, rad?.MinutterPerUke, rad?.Versjon ?? Guid.Empty, (await BelastningAsync(oppfolger, ct))[0]);
    }

    /// <summary>Sets the hours a week, checked against the version read; two first saves at once give the conflict, not an error page.</summary>
    public async Task<Result> LagreAsync(SettKapasitetCommand c, CancellationToken ct)
    {
        if (!tilgang.KanUtenSak(Handling.SettKapasitet) || currentUser.Id is not { } meg) return Result.NotFound();
        if (!(await brukere.MedRolleAsync(Roller.BoOppfolger, ct)).Any(o => o.Id == c.BrukerId)) return Result.NotFound();
        if (Timeinput.Kvarter(c.Timer) is not { } kvarter) return Result.Fail(KapasitetFeil.Utenfor);
        var rad = await db.Set<Oppfolgerkapasitet>().SingleOrDefaultAsync(k => k.BrukerId == c.BrukerId, ct);
        if ((rad?.Versjon ?? Guid.Empty) != c.Versjon) return Result.Fail(Feil.Konflikt);
        if (rad is null)
        {
            rad = new Oppfolgerkapasitet(c.BrukerId);
            db.Set<Oppfolgerkapasitet>().Add(rad);
        }

        var satt = rad.Sett(kvarter, meg, tid.GetUtcNow());
        if (!satt.IsSuccess)
        {
            db.ForkastUlagredeEndringer();
            return satt;
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
        catch (DbUpdateException)
        {
            db.ForkastUlagredeEndringer();
            return Result.Fail(Feil.Konflikt);
        }
    }

    /// <summary>The load of each bo-oppfølger given: cases in follow-up as primary and secondary, weekly hours granted as primary, capacity.</summary>
    public async Task<IReadOnlyList<Oppfolgervalg>> BelastningAsync(IReadOnlyList<(Guid Id, string Navn)> oppfolgere, CancellationToken ct)
    {
        var idag = Norsktid.Dato(tid.GetUtcNow());
        // The lists go as one JSON parameter each (EF.Parameter): a county has ~2 000 bo-oppfølgere and ~40 000 cases in follow-up,
        // over SQL Server's 2 100 and SQLite's 32 766 parameters if each id were its own (EF 10's default).
        var ider = oppfolgere.Select(o => (Guid?)o.Id).ToList();
        // By each contact's own index, the state checked here: with the state or an OR in the query SQLite reads every case in
        // follow-up in the unit by the state's index (0.3 s at 100 000 for a team of twelve).
        var medKontakt = db.Saker.AsNoTracking().Where(s => EF.Parameter(ider).Contains(s.PrimaerkontaktId))
            .Concat(db.Saker.AsNoTracking().Where(s => EF.Parameter(ider).Contains(s.SekundaerkontaktId)))
            .Select(s => new { s.Id, s.Status, s.PrimaerkontaktId, s.SekundaerkontaktId });
        var saker = (await medKontakt.ToListAsync(ct)).Where(s => s.Status == Saksstatus.IOppfolging).DistinctBy(s => s.Id).ToList();
        var valgte = ider.ToHashSet();
        var primaer = saker.Where(s => valgte.Contains(s.PrimaerkontaktId)).ToLookup(s => s.PrimaerkontaktId!.Value, s => s.Id);
        var sekundaer = saker.Where(s => s.SekundaerkontaktId is not null).ToLookup(s => s.SekundaerkontaktId!.Value);
        var rammer = await InnvilgetPerUkeAsync([.. primaer.SelectMany(g => g)], idag, ct);
        var brukerIder = oppfolgere.Select(o => o.Id).ToList();
        var kapasitet = await db.Set<Oppfolgerkapasitet>().AsNoTracking().Where(k => EF.Parameter(brukerIder).Contains(k.BrukerId))
            .ToDictionaryAsync(k => k.BrukerId, k => k.MinutterPerUke, ct);
        return [.. oppfolgere.Select(o => new Oppfolgervalg(
            o.Id, o.Navn, primaer[o.Id].Count(), sekundaer[o.Id].Count(),
            primaer[o.Id].Sum(id => rammer.GetValueOrDefault(id)),
            kapasitet.TryGetValue(o.Id, out var k) ? k : null))];
    }

    /// <summary>
    /// The weekly hours granted on each case (KPR's weekly equivalent of the vedtak in force on <paramref name="idag"/>, read without
    /// the vedtak's content); a case without a vedtak in force is left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, decimal>> InnvilgetPerUkeAsync(IReadOnlyList<Guid> sakIder, DateOnly idag, CancellationToken ct) =>
        (await db.Set<Domain.Vedtak>().AsNoTracking()
            .Where(v => v.Status == Vedtaksstatus.Vedtatt && EF.Parameter(sakIder).Contains(v.SakId))
            .Select(Vedtaksramme.Av)
            .ToListAsync(ct))
        .GroupBy(v => v.SakId)
        .Select(g => (g.Key, Vedtakskjede.IKraft(g, idag)?.MinutterPerUke))
        .Where(v => v.MinutterPerUke is not null)
        .ToDictionary(v => v.Key, v => v.MinutterPerUke!.Value);
}
