using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BoOppfolging.Application.Common;

/// <summary>What a change on a case works with: the case (tracked), who does it, and when.</summary>
public sealed record Saksendring(Sak Sak, Guid BrukerId, DateTimeOffset Tidspunkt);

/// <summary>
/// The one change pipeline for every change on a case and its rows: access (the case is visible and
/// <see cref="Tillatelser"/> gives the user's role and relation the <see cref="Handling"/>) → validation
/// (the command's FluentValidation validator) → the version the user saw (of the case, or of the phase
/// aggregate or letter being changed) → the case's state allows the action now → the change (a domain method returning <see cref="Result"/>) →
/// one save → a conflict message if someone else saved first. Audit entries for the change are written by
/// the save itself (<c>EndringsAuditInterceptor</c>). A case the user may not see, or an action their
/// relation never allows, is "not found"; an action their relation allows in another state gets a message.
/// Every changing form carries the version it was read at; the controller shows a conflict with the
/// user's input kept (<c>MottakController.EtterAsync</c>).
/// </summary>
public sealed class Saksendringer(
    IAppDbContext db, TilgangService tilgang, ICurrentUser currentUser, IServiceProvider tjenester, TimeProvider tid, ILogger<Saksendringer> logger)
{
    /// <summary>A change on the case itself, checked against the case's version.</summary>
    public Task<Result> EndreAsync<TCommand>(
        Handling handling, Guid sakId, Guid versjon, TCommand? command, Func<Saksendring, Task<Result>> endre, CancellationToken ct)
        where TCommand : class =>
        UtforAsync<TCommand, Sak>(handling, sakId, command, (sak, _) => Task.FromResult<Sak?>(sak), versjon, (e, _) => endre(e), ct);

    /// <summary>A change on the case that gives a value back (the id of a letter it made, say).</summary>
    public async Task<Result<TVerdi>> EndreAsync<TCommand, TVerdi>(
        Handling handling, Guid sakId, Guid versjon, TCommand? command, Func<Saksendring, Task<Result<TVerdi>>> endre, CancellationToken ct)
        where TCommand : class
    {
        TVerdi verdi = default!;
        var result = await UtforAsync<TCommand, Sak>(handling, sakId, command, (sak, _) => Task.FromResult<Sak?>(sak), versjon, async (e, _) =>
        {
            var r = await endre(e);
            if (r.IsSuccess) verdi = r.Value;
            return r;
        }, ct);
        return result.IsSuccess ? Result<TVerdi>.Ok(verdi) : Videre<TVerdi>(result);
    }

    /// <summary>
    /// A change on a row of the case with a version of its own (a phase aggregate, a letter), checked
    /// against that version, so work on one phase never conflicts with another's. <paramref name="hent"/>
    /// loads the row (tracked) of this case, or null: "not found".
    /// </summary>
    public Task<Result> EndreAsync<TCommand, TMaal>(
        Handling handling, Guid sakId, TCommand? command, Func<Sak, CancellationToken, Task<TMaal?>> hent, Guid versjon,
        Func<Saksendring, TMaal, Task<Result>> endre, CancellationToken ct)
        where TCommand : class
        where TMaal : class, IHarVersjon =>
        UtforAsync(handling, sakId, command, hent, versjon, endre, ct);

    /// <summary>
    /// A change on a one-per-case row that the first save makes (the citizen's preparation, the case's flags).
    /// The form carries the row's version, or <see cref="Guid.Empty"/> when there was none: a new row made by
    /// <paramref name="ny"/> then stands for "none", so a row someone else made meanwhile is a conflict. The new
    /// row joins the unit of work only when the change succeeds, and two first saves at once (the row's unique
    /// index on the case) give the conflict too, not an error page.
    /// </summary>
    public async Task<Result> EndreEllerOpprettAsync<TCommand, TMaal>(
        Handling handling, Guid sakId, TCommand? command, Func<Sak, CancellationToken, Task<TMaal?>> hent, Func<Guid, TMaal> ny, Guid versjon,
        Func<Saksendring, TMaal, Task<Result>> endre, CancellationToken ct)
        where TCommand : class
        where TMaal : class, IHarVersjon
    {
        var nyRad = ny(sakId);
        var forste = versjon == Guid.Empty;
        try
        {
            return await UtforAsync(
                handling, sakId, command, async (sak, t) => await hent(sak, t) ?? (forste ? nyRad : null), forste ? nyRad.Versjon : versjon,
                async (e, rad) =>
                {
                    var result = await endre(e, rad);
                    if (result.IsSuccess && ReferenceEquals(rad, nyRad)) db.Set<TMaal>().Add(nyRad);
                    return result;
                },
                ct);
        }
        catch (DbUpdateException) when (forste && db.Set<TMaal>().Local.Contains(nyRad))
        {
            logger.LogInformation("Sak {SakId}: {Handling} lagret to ganger samtidig", sakId, handling);
            return Result.Fail(Feil.Konflikt);
        }
    }

    /// <summary>
    /// A new row on the case (a visit, say) that changes nothing another user may be editing, so there is no version to check.
    /// The form carries the new row's id from the moment it was opened: <paramref name="finnes"/> says whether a row with that id
    /// is saved already (a double submit, or the browser's back and submit), and then nothing more is added and the answer is
    /// the same success. Two submits at once meet the primary key, and the second is answered the same way.
    /// </summary>
    public async Task<Result> LeggTilAsync<TCommand>(
        Handling handling, Guid sakId, TCommand? command, Func<CancellationToken, Task<bool>> finnes, Func<Saksendring, Task<Result>> leggTil,
        CancellationToken ct)
        where TCommand : class
    {
        try
        {
            return await UtforAsync<TCommand, Sak>(
                handling, sakId, command, (sak, _) => Task.FromResult<Sak?>(sak), null,
                async (e, _) => await finnes(ct) ? Result.Ok() : await leggTil(e), ct);
        }
        catch (DbUpdateException)
        {
            db.ForkastUlagredeEndringer();
            if (!await finnes(ct)) throw;
            logger.LogInformation("Sak {SakId}: {Handling} sendt to ganger samtidig", sakId, handling);
            return Result.Ok();
        }
    }

    /// <summary>
    /// One change on each of several cases, all or nothing (a team leader's handover of a leaver's cases). The caller has
    /// checked the action as a whole and validated the form, which spans the cases. Then, as for one case: every case must be
    /// visible and the action one the user's relation allows (else "not found", before anything is changed); per case the
    /// version the user saw, the state, and the change. Every case is tried, so the answer names each one that failed
    /// (<paramref name="plasser"/> puts an error by that case's field); on any failure nothing is saved and the unit of work is
    /// emptied. Only when every case succeeds is there one save, and each case's rows are audited by it as for one case.
    /// </summary>
    public async Task<Result> EndreFlereAsync(
        Handling handling, IReadOnlyList<(Guid SakId, Guid Versjon)> saker, Func<Saksendring, Task<Result>> endre, Func<Guid, Feil, Feil> plasser,
        CancellationToken ct)
    {
        if (currentUser.Id is not { } brukerId) return Result.NotFound();
        var ider = saker.Select(s => s.SakId).Distinct().ToList();
        var lastet = await tilgang.SynligeSaker().Where(s => ider.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var evner = new Dictionary<Guid, Saksevner>();
        foreach (var id in ider)
        {
            if (!lastet.TryGetValue(id, out var sak)) return Result.NotFound();
            var kan = await tilgang.EvnerAsync(Saksfakta.Av(sak), ct);
            if (!kan.Kan(handling) && !kan.IkkeNaa.Contains(handling)) return Result.NotFound();
            evner[id] = kan;
        }

        var tidspunkt = tid.GetUtcNow();
        var feil = new List<Feil>();
        foreach (var id in ider)
        {
            var sak = lastet[id];
            var versjon = saker.First(s => s.SakId == id).Versjon;
            // The version before the state, as for one case: a case someone else moved on is a conflict to look at first.
            var result = sak.Versjon != versjon ? Result.Fail(Feil.Konflikt) : evner[id].Sjekk(handling);
            if (result.IsSuccess) result = await endre(new Saksendring(sak, brukerId, tidspunkt));
            feil.AddRange(result.Errors.Select(f => plasser(id, f)));
        }

        if (feil.Count > 0)
        {
            db.ForkastUlagredeEndringer();
            return Result.Invalid(feil);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
        {
            // Someone else saved one of the cases (its version, or the one open period per role) after it was read here.
            logger.LogInformation("{Antall} saker: {Handling} ikke lagret ({Feiltype})", ider.Count, handling, e.GetType().Name);
            db.ForkastUlagredeEndringer();
            return Result.Fail(Feil.Konflikt);
        }

        logger.LogInformation("{Antall} saker: {Handling} utført", ider.Count, handling);
        return Result.Ok();
    }

    private async Task<Result> UtforAsync<TCommand, TMaal>(
        Handling handling, Guid sakId, TCommand? command, Func<Sak, CancellationToken, Task<TMaal?>> hent, Guid? versjon,
        Func<Saksendring, TMaal, Task<Result>> endre, CancellationToken ct)
        where TCommand : class
        where TMaal : class, IHarVersjon
    {
        if (currentUser.Id is not { } brukerId) return Result.NotFound();
        var sak = await tilgang.SynligeSaker().SingleOrDefaultAsync(s => s.Id == sakId, ct);
        if (sak is null) return Result.NotFound();
        var evner = await tilgang.EvnerAsync(Saksfakta.Av(sak), ct);
        if (!evner.Kan(handling) && !evner.IkkeNaa.Contains(handling)) return Result.NotFound();

        if (command is not null)
        {
            var validator = tjenester.GetRequiredService<IValidator<TCommand>>();
            var validering = await validator.ValidateAsync(command, ct);
            if (!validering.IsValid) return Result.Invalid(validering.TilFeil());
        }

        var maal = await hent(sak, ct);
        if (maal is null) return Result.NotFound();
        if (versjon is { } lest && maal.Versjon != lest) return Result.Fail(Feil.Konflikt);

        // After the version: a case someone else moved on since the user read it is a conflict to look at first.
        var tillatt = evner.Sjekk(handling);
        if (!tillatt.IsSuccess) return tillatt;

        var result = await endre(new Saksendring(sak, brukerId, tid.GetUtcNow()), maal);
        if (!result.IsSuccess) return result;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Fail(Feil.Konflikt);
        }

        logger.LogInformation("Sak {SakId}: {Handling} utført", sak.Id, handling);
        return Result.Ok();
    }

    public static Result<TVerdi> Videre<TVerdi>(Result result) =>
        result.IsNotFound ? Result<TVerdi>.NotFound() : Result<TVerdi>.Invalid(result.Errors);
}
