using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>
/// The stand-in form: the case by its reference or the citizen's fødselsnummer (exact only: a stand-in cannot browse), the
/// kind of reason and a reason in words, and the colleague covered for (optional).
/// </summary>
public sealed record GiVikartilgangCommand(string? Sok, Vikargrunn? Grunn, string? Begrunnelse, Guid? DekkerFor);

public sealed class GiVikartilgangCommandValidator : AbstractValidator<GiVikartilgangCommand>
{
    public GiVikartilgangCommandValidator()
    {
        RuleFor(c => c.Sok).Must(s => VikarService.Oppslag(s) is not null)
            .WithMessage("Skriv saksnummeret (for eksempel BO-2026-000123) eller brukerens fødselsnummer (11 siffer).");
        RuleFor(c => c.Grunn).NotNull().WithMessage(VikarFeil.Grunn.Melding).IsInEnum().WithMessage(VikarFeil.Grunn.Melding);
        RuleFor(c => c.Begrunnelse).Must(b => (b?.Trim().Length ?? 0) is >= Vikartilgang.MinBegrunnelse and <= Vikartilgang.MaksBegrunnelse)
            .WithMessage(VikarFeil.Begrunnelse.Melding);
    }
}

/// <summary>A stand-in access in a list: the bo-oppfølger's own today, or the team leader's review list.</summary>
public sealed record Vikartilgangsrad(
    Guid Id, Guid SakId, string Referanse, string Bruker, string Vikar, string? DekkerFor, Vikargrunn Grunn, string Begrunnelse,
    DateTimeOffset Gitt, DateOnly Dato, bool Gjelder, string? GjennomgattAv, DateTimeOffset? Gjennomgatt);

/// <summary>The bo-oppfølger's stand-in page: the colleagues they may cover for and the access they hold today.</summary>
public sealed record Vikarskjema(IReadOnlyList<(Guid Id, string Navn)> Kolleger, IReadOnlyList<Vikartilgangsrad> Idag);

/// <summary>The team leader's review list: not reviewed first, then the rest of the period.</summary>
public sealed record Vikaroversikt(int Dager, IReadOnlyList<Vikartilgangsrad> Rader);

/// <summary>
/// Stand-in access ("break the glass", <see cref="Vikartilgang"/>): a bo-oppfølger covering for an absent colleague opens a
/// case in follow-up that is not theirs by stating why. <see cref="TilgangService"/> lets them see and work on it as a contact
/// (<see cref="Relasjon.Vikar"/>) to the end of the day. The grant is a case row, so the audit log has it with the reason's
/// kind; every read after it is audited as any other. The team leader reviews the grants (<see cref="Handling.GjennomgaVikartilgang"/>).
/// </summary>
public sealed class VikarService(
    IAppDbContext db, TilgangService tilgang, IBrukerOppslag brukere, ICurrentUser currentUser, Audit.IAuditLogg audit,
    IValidator<GiVikartilgangCommand> validator, TimeProvider tid)
{
    /// <summary>How far back the team leader's list goes.</summary>
    public const int OversiktDager = 30;

    public async Task<Result<Vikarskjema>> HentAsync(CancellationToken ct)
    {
        if (!tilgang.KanUtenSak(Handling.GiVikartilgang) || currentUser.Id is not { } meg) return Result<Vikarskjema>.NotFound();
        var kolleger = (await brukere.MedRolleAsync(Roller.BoOppfolger, ct)).Where(k => k.Id != meg).ToList();
        var idag = Norsktid.Dato(tid.GetUtcNow());
        var rader = await RaderAsync(db.Set<Vikartilgang>().Where(v => v.BrukerId == meg && v.Dato == idag), idag, ct);
        return new Vikarskjema(kolleger, rader);
    }

    /// <summary>
    /// Gives the access and returns the case. A case the user already follows up (or holds access to today) needs none and is
    /// returned as it is. Only a case in follow-up (or with a vedtak awaiting its contacts) can be opened this way; any other
    /// answer is the same "not found", so the form tells nothing about cases it may not open.
    /// </summary>
    public async Task<Result<Guid>> GiAsync(GiVikartilgangCommand c, CancellationToken ct)
    {
        if (!tilgang.KanUtenSak(Handling.GiVikartilgang) || currentUser.Id is not { } meg) return Result<Guid>.NotFound();
        var validering = await validator.ValidateAsync(c, ct);
        if (!validering.IsValid) return Result<Guid>.Invalid(validering.TilFeil());
        if (Oppslag(c.Sok) is not { } sok || c.Grunn is not { } grunn) return Result<Guid>.Fail(VikarFeil.FantIkkeSak);
        if (c.DekkerFor is { } kollega && kollega != meg
            && !(await brukere.MedRolleAsync(Roller.BoOppfolger, ct)).Any(k => k.Id == kollega))
        {
            return Result<Guid>.Fail(new Feil("vikar_kollega", "Velg en bo-oppfølger fra listen.", "DekkerFor"));
        }

        var saker = db.Saker.AsNoTracking().Where(s => s.Status == Saksstatus.IOppfolging || s.Status == Saksstatus.Vedtatt);
        saker = sok.ErReferanse ? saker.Where(s => s.Referanse == sok.Verdi) : saker.Where(s => s.Person!.Fodselsnummer == sok.Verdi);
        var treff = await saker.Select(s => new { s.Id, s.PersonId }).Take(2).ToListAsync(ct);
        if (treff.Count != 1) return Result<Guid>.Fail(VikarFeil.FantIkkeSak);
        var sak = treff[0];

        if (await tilgang.EvnerAsync(sak.Id, ct) is { } evner && evner.Kan(Handling.LoggBesok)) return sak.Id;

        var gitt = Vikartilgang.Gi(sak.Id, meg, grunn, c.Begrunnelse, c.DekkerFor, tid.GetUtcNow());
        if (!gitt.IsSuccess) return Result<Guid>.Fail(gitt.Error!);
        db.Set<Vikartilgang>().Add(gitt.Value);
        await db.SaveChangesAsync(ct);
        tilgang.GlemVikarsaker();
        return sak.Id;
    }

    /// <summary>The team leader's list: every stand-in access the last <see cref="OversiktDager"/> days, those not reviewed first.</summary>
    public async Task<Result<Vikaroversikt>> OversiktAsync(CancellationToken ct)
    {
        if (!tilgang.KanUtenSak(Handling.GjennomgaVikartilgang)) return Result<Vikaroversikt>.NotFound();
        var idag = Norsktid.Dato(tid.GetUtcNow());
        var fra = idag.AddDays(-OversiktDager);
        var rader = await RaderAsync(db.Set<Vikartilgang>().Where(v => v.Dato >= fra), idag, ct);
        await audit.SkrivAsync(AuditHandling.Les, "Vikartilganger", null, null, ct);
        return new Vikaroversikt(OversiktDager, [.. rader.OrderBy(r => r.Gjennomgatt is not null).ThenByDescending(r => r.Gitt)]);
    }

    public async Task<Result> GjennomgaAsync(Guid id, CancellationToken ct)
    {
        if (!tilgang.KanUtenSak(Handling.GjennomgaVikartilgang) || currentUser.Id is not { } meg) return Result.NotFound();
        var rad = await db.Set<Vikartilgang>().SingleOrDefaultAsync(v => v.Id == id, ct);
        if (rad is null) return Result.NotFound();
        var result = rad.Gjennomga(meg, tid.GetUtcNow());
        if (!result.IsSuccess) return result;
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    private async Task<IReadOnlyList<Vikartilgangsrad>> RaderAsync(IQueryable<Vikartilgang> query, DateOnly idag, CancellationToken ct)
    {
        var rader = await (from v in query.AsNoTracking()
                           join s in db.Saker on v.SakId equals s.Id
                           orderby v.Gitt descending
                           select new { v, s.Referanse, s.Person!.Fornavn, s.Person.Etternavn })
            .Take(500).ToListAsync(ct);
        var navn = await brukere.NavnAsync(
            rader.SelectMany(r => new[] { r.v.BrukerId, r.v.DekkerFor ?? Guid.Empty, r.v.GjennomgattAv ?? Guid.Empty }).Where(g => g != Guid.Empty).Distinct(), ct);
        string Navn(Guid? id) => id is { } g && navn.TryGetValue(g, out var n) ? n : "Ukjent";
        return [.. rader.Select(r => new Vikartilgangsrad(
            r.v.Id, r.v.SakId, r.Referanse, $"{r.Fornavn} {r.Etternavn}", Navn(r.v.BrukerId), r.v.DekkerFor is null ? null : Navn(r.v.DekkerFor),
            r.v.Grunn, r.v.Begrunnelse, r.v.Gitt, r.v.Dato, r.v.GjelderPaa(idag), r.v.GjennomgattAv is null ? null : Navn(r.v.GjennomgattAv), r.v.Gjennomgatt))];
    }

    /// <summary>What was typed, as a case reference or a fødselsnummer; null when it is neither.</summary>
    public static (bool ErReferanse, string Verdi)? Oppslag(string? sok)
    {
        var tekst = sok?.Trim().Replace(" ", "", StringComparison.Ordinal) ?? "";
        if (Saksreferanse.ErGyldig(tekst)) return (true, tekst.ToUpperInvariant());
        return tekst.Length == 11 && tekst.All(char.IsAsciiDigit) ? (false, tekst) : null;
    }
}
