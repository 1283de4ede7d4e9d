using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>
/// Evaluation of the service with the citizen (<see cref="Evaluering"/>): on the vedtak's evaluation date (the follow-up
/// overview lists it from 30 days before), the goals are assessed together and the service goes on to a next date, or is
/// to change or end by a new vedtak. The goals' statuses set here are written to their <see cref="Maalstatus"/> rows with
/// the same history as on the goals page. The case's saksbehandler, its bo-oppfølgere and the team leader may record one
/// (<see cref="Handling.EvaluerTjenesten"/>); everyone on the case reads them.
/// </summary>
public sealed class EvalueringService(
    IAppDbContext db, TilgangService tilgang, IBrukerOppslag brukere, IAuditLogg audit, Saksendringer endringer)
{
    public async Task<Result<Evalueringsside>> HentAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSaksopplysninger)) return Result<Evalueringsside>.NotFound();
        var sak = await tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId)
            .Select(s => new { s.Referanse, s.PersonId, s.Person!.Fornavn, s.Person.Etternavn }).SingleAsync(ct);
        var alle = await tilgang.Synlige<Domain.Vedtak>().AsNoTracking().Where(v => v.SakId == sakId).ToListAsync(ct);
        var vedtak = GjeldendeVedtak(alle);
        var evalueringer = await tilgang.Synlige<Evaluering>().AsNoTracking().Where(e => e.SakId == sakId)
            .OrderByDescending(e => e.Dato).ThenByDescending(e => e.Registrert).ToListAsync(ct);
        var maal = await MaalAsync(sakId, ct);
        var statuser = await tilgang.Synlige<Maalstatus>().AsNoTracking().Where(m => m.SakId == sakId).ToDictionaryAsync(m => m.MaalId, m => m.Status, ct);
        var navn = await brukere.NavnAsync(evalueringer.Select(e => e.RegistrertAv).Distinct(), ct);
        var maaltekst = maal.ToDictionary(m => m.Id, m => m.Tekst);
        var nummer = alle.ToDictionary(v => v.Id, v => v.Nummer);
        await audit.SkrivAsync(AuditHandling.Les, "Evaluering", sakId, sak.PersonId, ct);
        var siste = vedtak is null ? null : evalueringer.FirstOrDefault(e => e.VedtakId == vedtak.Id);
        return new Evalueringsside(
            sakId, sak.Referanse, $"{sak.Fornavn} {sak.Etternavn}", vedtak?.Nummer,
            vedtak is { Kvarter: { } k, Enhet: { } en } ? Timeberegning.Tekst(k, en) : null, vedtak?.Fra, vedtak?.Til,
            vedtak is null ? null : Evaluering.Forfall(vedtak.Evalueringsdato, siste),
            [.. maal.Select(m => new Evalueringsmaal(m.Id, m.Tekst, m.Omrade, m.HvordanVite, statuser.GetValueOrDefault(m.Id, Maalstatusverdi.IkkeStartet)))],
            [.. evalueringer.Select(e => new Evalueringsvisning(
                e.Id, e.Dato, e.BrukerDeltok, e.Vurdering, e.Konklusjon, e.NesteEvaluering,
                [.. e.Maal.Select(m => (maaltekst.GetValueOrDefault(m.MaalId, "(målet finnes ikke lenger i kartleggingen)"), m.Status, m.Kommentar))],
                navn.GetValueOrDefault(e.RegistrertAv), e.Registrert, nummer.GetValueOrDefault(e.VedtakId)))],
            vedtak is not null && evner.Kan(Handling.EvaluerTjenesten), evner.Kan(Handling.UtarbeidVedtak),
            alle.Any(v => v.Status != Vedtaksstatus.Vedtatt));
    }

    /// <summary>Records the evaluation of the vedtak in force, the goals' new statuses and the case's timeline event, in one save.</summary>
    public Task<Result> RegistrerAsync(RegistrerEvalueringCommand c, CancellationToken ct) =>
        endringer.LeggTilAsync(
            Handling.EvaluerTjenesten, c.SakId, c, t => db.Set<Evaluering>().AnyAsync(e => e.Id == c.Id, t),
            async e =>
            {
                var alle = await db.Set<Domain.Vedtak>().Where(v => v.SakId == e.Sak.Id).ToListAsync(ct);
                if (GjeldendeVedtak(alle) is not { } vedtak) return Result.Fail(EvalueringFeil.IngenVedtak);
                var maal = await MaalAsync(e.Sak.Id, ct);
                if (c.Maal.Any(m => maal.All(x => x.Id != m.MaalId))) return Result.Fail(MaalstatusFeil.UkjentMaal);
                var idag = Norsktid.Dato(e.Tidspunkt);
                var laget = Evaluering.Registrer(
                    c.Id, e.Sak.Id, vedtak, c.Dato!.Value, c.BrukerDeltok!.Value, c.Vurdering,
                    [.. c.Maal.Select(m => new Maalvurdering(m.MaalId, m.Status!.Value, m.Kommentar))], c.Konklusjon, c.NesteEvaluering,
                    idag, e.BrukerId, e.Tidspunkt);
                if (!laget.IsSuccess) return laget;
                var statuser = await db.Set<Maalstatus>().Where(m => m.SakId == e.Sak.Id).ToDictionaryAsync(m => m.MaalId, ct);
                foreach (var m in laget.Value.Maal)
                {
                    var rad = statuser.GetValueOrDefault(m.MaalId);
                    if ((rad?.Status ?? Maalstatusverdi.IkkeStartet) == m.Status) continue;
                    if (rad is null)
                    {
                        rad = new Maalstatus(e.Sak.Id, m.MaalId);
                        db.Set<Maalstatus>().Add(rad);
                    }

                    var satt = rad.Sett(m.Status, m.Kommentar, e.BrukerId, e.Tidspunkt);
                    if (!satt.IsSuccess) return satt;
                }

                var registrert = e.Sak.RegistrerEvaluering(laget.Value, e.BrukerId, e.Tidspunkt);
                if (!registrert.IsSuccess) return registrert;
                db.Set<Evaluering>().Add(laget.Value);
                return Result.Ok();
            },
            ct);

    /// <summary>The vedtak evaluated: the end of the chain (none once the service has ended).</summary>
    private static Domain.Vedtak? GjeldendeVedtak(IEnumerable<Domain.Vedtak> alle) => Vedtakskjede.Siste(alle);

    private async Task<IReadOnlyList<Maal>> MaalAsync(Guid sakId, CancellationToken ct)
    {
        var kartlegging = await tilgang.Synlige<Domain.Kartlegging>().AsNoTracking().SingleOrDefaultAsync(k => k.SakId == sakId, ct);
        return kartlegging?.Maal ?? [];
    }
}
