using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>
/// Samarbeidsmøter on a case in follow-up (<see cref="Samarbeidsmote"/>): the list with the agreed actions still open and
/// the three-month flag (<see cref="Oppfolgingsregler.ManglerMote"/>), one meeting, recording a meeting, marking an action
/// done and correcting the minutes. Every staff user who sees the case reads them; the case's bo-oppfølgere and the team
/// leader change them (<see cref="Tillatelser"/>). Never shown to the citizen.
/// </summary>
public sealed class MoteService(IAppDbContext db, TilgangService tilgang, IBrukerOppslag brukere, IAuditLogg audit, Saksendringer endringer, TimeProvider tid)
{
    private DateOnly Idag => Norsktid.Dato(tid.GetUtcNow());

    /// <summary>The case's meetings (newest first), the open actions (earliest due first) and whether the case is flagged.</summary>
    public async Task<Result<MoteOversikt>> HentOversiktAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSaksopplysninger)) return Result<MoteOversikt>.NotFound();
        var sak = await Sakshode(sakId, ct);
        var moter = await tilgang.Synlige<Samarbeidsmote>().AsNoTracking()
            .Where(m => m.SakId == sakId).OrderByDescending(m => m.Dato).ThenByDescending(m => m.Registrert).ToListAsync(ct);
        var start = await tilgang.Synlige<Kontaktperiode>().Where(k => k.SakId == sakId).MinAsync(k => (DateOnly?)k.Fra, ct);
        await audit.SkrivAsync(AuditHandling.Les, "Samarbeidsmøter", sakId, sak.PersonId, ct);

        var idag = Idag;
        var siste = moter.Count > 0 ? moter[0].Dato : (DateOnly?)null;
        var apne = moter.SelectMany(m => m.Tiltak.Where(t => t.ErApent).Select(t => new ApentTiltak(
                m.Id, t.Id, t.Beskrivelse, t.Ansvarlig, t.Frist, t.ErForfalt(idag), m.Dato, m.Type)))
            .OrderBy(t => t.Frist).ThenBy(t => t.MoteDato).ToList();
        return new MoteOversikt(
            sakId, sak.Referanse, sak.Navn, evner.Status,
            [.. moter.Select(m => new MoteSammendrag(m.Id, m.Dato, m.Type, m.Deltakere.Count, m.InnbyggerDeltok, m.Tiltak.Count, m.Tiltak.Count(t => t.ErApent)))],
            apne, siste,
            ManglerMote: evner.Status == Saksstatus.IOppfolging && start is { } fra && Oppfolgingsregler.ManglerMote(siste, fra, idag),
            KanRegistrere: evner.Kan(Handling.RegistrerMote));
    }

    /// <summary>One meeting with its participants, minutes (and their corrections) and actions, with names for who did what.</summary>
    public async Task<Result<MoteVisning>> HentAsync(Guid sakId, Guid moteId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSaksopplysninger)) return Result<MoteVisning>.NotFound();
        var mote = await tilgang.Synlige<Samarbeidsmote>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == moteId && m.SakId == sakId, ct);
        if (mote is null) return Result<MoteVisning>.NotFound();
        var sak = await Sakshode(sakId, ct);
        var ider = mote.Tiltak.Select(t => t.FullfortAv).Concat(mote.Korreksjoner.Select(k => (Guid?)k.Av)).Append(mote.RegistrertAv)
            .OfType<Guid>().Distinct().ToList();
        var navn = await brukere.NavnAsync(ider, ct);
        string? Navn(Guid? id) => id is { } i ? navn.GetValueOrDefault(i) : null;
        await audit.SkrivAsync(AuditHandling.Les, "Samarbeidsmøte", sakId, sak.PersonId, ct);

        var idag = Idag;
        return new MoteVisning(
            sakId, sak.Referanse, sak.Navn, mote.Id, mote.Versjon, mote.Dato, mote.Type, mote.Deltakere, mote.InnbyggerDeltok, mote.Referat,
            [.. mote.Korreksjoner.Select(k => new ReferatkorreksjonVisning(k.Tidspunkt, Navn(k.Av), k.Arsak, k.Forrige))],
            [.. mote.Tiltak.Select(t => new TiltakVisning(t.Id, t.Beskrivelse, t.Ansvarlig, t.Frist, t.ErForfalt(idag), t.Fullfort, Navn(t.FullfortAv), t.Merknad))],
            mote.Registrert, Navn(mote.RegistrertAv),
            KanFullfore: evner.Kan(Handling.FullforTiltak), KanKorrigere: evner.Kan(Handling.KorrigerMotereferat));
    }

    /// <summary>
    /// Records a meeting that was held. The form carries the new meeting's id (<see cref="RegistrerMoteCommand.MoteId"/>), so a
    /// second post of the same form is a conflict, never a second meeting. Blank participant and action rows are left out.
    /// </summary>
    public Task<Result> RegistrerAsync(RegistrerMoteCommand c, CancellationToken ct) =>
        endringer.EndreEllerOpprettAsync(
            Handling.RegistrerMote, c.SakId, c,
            (sak, t) => db.Set<Samarbeidsmote>().SingleOrDefaultAsync(m => m.Id == c.MoteId, t), sakId => Samarbeidsmote.Ny(c.MoteId, sakId), Guid.Empty,
            async (e, mote) =>
            {
                var kontakter = await KontakterAsync(e.Sak.Id, ct);
                var valgte = (c.Ansatte ?? []).Distinct().ToList();
                if (valgte.Any(id => kontakter.All(k => k.Id != id))) return Result.Fail(MoteFeil.AnsattIkkeKontakt);
                var ansatte = kontakter.Where(k => valgte.Contains(k.Id)).Select(k => new Samarbeidsdeltaker(k.Navn, k.Rolle.Visningsnavn(), k.Id));
                var andre = c.Deltakere.Where(d => !d.ErTom).Select(d => new Samarbeidsdeltaker(d.Navn!, d.Rolle!));
                return mote.Registrer(
                    c.Dato!.Value, c.Type!.Value, [.. ansatte, .. andre], c.InnbyggerDeltok, c.Referat!,
                    [.. c.Tiltak.Where(t => !t.ErTom).Select(t => new NyttTiltak(t.Beskrivelse!, t.Ansvarlig!, t.Frist!.Value))],
                    Norsktid.Dato(e.Tidspunkt), e.BrukerId, e.Tidspunkt);
            },
            ct);

    /// <summary>The case's primær- and sekundærkontakt now, with their names: the staff a meeting form offers as participants.</summary>
    public async Task<IReadOnlyList<Motekontakt>> KontakterAsync(Guid sakId, CancellationToken ct)
    {
        var apne = await tilgang.Synlige<Kontaktperiode>().AsNoTracking().Where(k => k.SakId == sakId && k.Til == null)
            .OrderBy(k => k.Rolle).Select(k => new { k.BrukerId, k.Rolle }).ToListAsync(ct);
        var navn = await brukere.NavnAsync(apne.Select(k => k.BrukerId), ct);
        return [.. apne.Select(k => new Motekontakt(k.BrukerId, navn.GetValueOrDefault(k.BrukerId) ?? "Ukjent", k.Rolle))];
    }

    /// <summary>Marks an agreed action done, against the meeting's version.</summary>
    public Task<Result> FullforTiltakAsync(FullforTiltakCommand c, CancellationToken ct) =>
        endringer.EndreAsync(
            Handling.FullforTiltak, c.SakId, c, (sak, t) => db.Set<Samarbeidsmote>().SingleOrDefaultAsync(m => m.Id == c.MoteId && m.SakId == sak.Id, t), c.Versjon,
            (e, mote) => Task.FromResult(mote.FullforTiltak(c.TiltakId, c.Merknad, e.BrukerId, e.Tidspunkt)), ct);

    /// <summary>Corrects the minutes by a dated addition that keeps what they said before, with who and why.</summary>
    public Task<Result> KorrigerReferatAsync(KorrigerReferatCommand c, CancellationToken ct) =>
        endringer.EndreAsync(
            Handling.KorrigerMotereferat, c.SakId, c, (sak, t) => db.Set<Samarbeidsmote>().SingleOrDefaultAsync(m => m.Id == c.MoteId && m.SakId == sak.Id, t), c.Versjon,
            (e, mote) => Task.FromResult(mote.KorrigerReferat(c.Referat!, c.Arsak!, e.BrukerId, e.Tidspunkt)), ct);

    private async Task<(string Referanse, Guid PersonId, string Navn)> Sakshode(Guid sakId, CancellationToken ct)
    {
        var sak = await tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId)
            .Select(s => new { s.Referanse, s.PersonId, s.Person!.Fornavn, s.Person.Etternavn }).SingleAsync(ct);
        return (sak.Referanse, sak.PersonId, $"{sak.Fornavn} {sak.Etternavn}");
    }
}
