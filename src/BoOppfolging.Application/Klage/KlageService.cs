using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Dokumenter;
using BoOppfolging.Application.Soknad;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Application.Vedtak;
using BoOppfolging.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BoOppfolging.Application.Klage;

/// <summary>
/// The citizen's complaint on a vedtak, from "Mine saker" (issue 13): the form with the deadline, a draft kept as for the
/// application, files with the application's limits and checks, sending it once however often the button is pressed (the
/// complaint, its files, the timeline and the acknowledgement letter in one save), the receipt, following it, and withdrawing
/// it. Only a vedtak whose letter the citizen has been sent can be complained about (they learn of it by the letter).
/// </summary>
public sealed class KlageService(
    IAppDbContext db,
    ICurrentUser currentUser,
    TilgangService tilgang,
    Filmottak filmottak,
    IDokumentlager dokumentlager,
    IAuditLogg audit,
    BrevService brevService,
    Saksendringer endringer,
    IValidator<KlageInput> validator,
    TimeProvider tid,
    ILogger<KlageService> logger)
{
    public const int MaksVedlegg = SoknadService.MaksVedlegg;

    /// <summary>The form on a vedtak the citizen may complain about; null for anyone else, or a vedtak they have not been sent.</summary>
    public async Task<KlageSkjema?> HentSkjemaAsync(Guid sakId, Guid vedtakId, CancellationToken ct)
    {
        if (currentUser.Id is not { } brukerId || currentUser.PersonId is not { } personId) return null;
        var grunnlag = await GrunnlagAsync(sakId, vedtakId, ct);
        if (grunnlag is null) return null;
        var (sak, vedtak) = grunnlag.Value;
        var utkast = await db.Set<Klageutkast>().AsNoTracking().SingleOrDefaultAsync(u => u.BrukerId == brukerId && u.VedtakId == vedtakId, ct);
        var vedlegg = utkast is null ? [] : await VedleggAsync(v => v.UtkastId == utkast.Id, ct);
        var apen = await db.Set<Domain.Klage>().AsNoTracking()
            .Where(k => k.VedtakId == vedtakId && Klagestatuser.Apne.Contains(k.Status))
            .Select(k => (Guid?)k.Id).FirstOrDefaultAsync(ct);
        var person = await db.Personer.AsNoTracking().Where(p => p.Id == sak.PersonId).Select(p => p.Fornavn + " " + p.Etternavn).SingleAsync(ct);
        await audit.SkrivAsync(AuditHandling.Les, "Klageskjema", sakId, sak.PersonId, ct);
        var vedtatt = Norsktid.Dato(vedtak.Vedtatt!.Value);
        return new KlageSkjema(
            sakId, vedtakId, Vedtaksnavn(vedtak), MineVedtakService.Avgjort(vedtak), vedtak.Klagefrist,
            Klagefristregler.Vurder(vedtak.Klagefrist, vedtatt, Norsktid.Dato(tid.GetUtcNow())), Klagefristregler.SisteDagEttAar(vedtatt),
            ErFullmektig(sak, personId), person, utkast?.Id,
            utkast is null ? new KlageInput(null, null, null, null) : new KlageInput(utkast.Uenighet, utkast.Onsket, utkast.NyeOpplysninger, utkast.ForsinkelseGrunn),
            vedlegg, utkast?.SlettesEtter, utkast?.Versjon ?? Guid.Empty, apen);
    }

    /// <summary>Saves what is written as the draft (made now if there is none), after the length checks; nothing is required yet (sending checks it).</summary>
    public async Task<Result> LagreUtkastAsync(Guid sakId, Guid vedtakId, Guid utkastId, KlageInput input, CancellationToken ct) =>
        await LagreAsync(sakId, vedtakId, utkastId, input, ct);

    /// <summary>The draft saved with what is written (made with <paramref name="utkastId"/> if there is none), and given back tracked.</summary>
    private async Task<Result<Klageutkast>> LagreAsync(Guid sakId, Guid vedtakId, Guid utkastId, KlageInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var feil = (await validator.ValidateAsync(input, ct)).TilFeil().ToList();
        if (feil.Count > 0) return Result<Klageutkast>.Invalid(feil);
        var utkast = await MittUtkastAsync(sakId, vedtakId, utkastId, ct);
        if (utkast is null) return Result<Klageutkast>.NotFound();
        utkast.Lagre(input.Uenighet, input.Onsket, input.NyeOpplysninger, input.ForsinkelseGrunn, tid.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return utkast;
    }

    /// <summary>Checks and stores a file on the draft (made now if there is none), with what is written so far.</summary>
    public async Task<Result<Guid>> LastOppVedleggAsync(
        Guid sakId, Guid vedtakId, Guid utkastId, KlageInput input, VedleggType type, string? filnavn, Stream innhold, long lengde, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var felt = type == VedleggType.Fullmakt ? "Fullmakt" : "Vedlegg";
        var lengdefeil = (await validator.ValidateAsync(input, ct)).TilFeil().ToList();
        if (lengdefeil.Count > 0) return Result<Guid>.Invalid(lengdefeil);
        var utkast = await MittUtkastAsync(sakId, vedtakId, utkastId, ct);
        if (utkast is null) return Result<Guid>.NotFound();
        if (await db.Vedlegg.CountAsync(v => v.UtkastId == utkast.Id, ct) >= MaksVedlegg)
            return Result<Guid>.Fail(new Feil("for_mange_vedlegg", $"Du kan legge ved høyst {MaksVedlegg} filer.", felt));

        var fil = await filmottak.TaImotAsync(filnavn, innhold, lengde, felt, ct);
        if (!fil.IsSuccess) return Saksendringer.Videre<Guid>(fil);
        var naa = tid.GetUtcNow();
        var vedlegg = new Domain.Vedlegg(utkast.Id, type, fil.Value.Filnavn, fil.Value.Innholdstype, fil.Value.Storrelse, fil.Value.Nokkel, naa);
        db.Vedlegg.Add(vedlegg);
        utkast.Lagre(input.Uenighet, input.Onsket, input.NyeOpplysninger, input.ForsinkelseGrunn, naa);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Vedlegg {VedleggId} lastet opp til klageutkast {UtkastId}", vedlegg.Id, utkast.Id);
        return vedlegg.Id;
    }

    public async Task<Result> SlettVedleggAsync(Guid sakId, Guid vedtakId, Guid vedleggId, CancellationToken ct)
    {
        var utkast = await MittUtkastAsync(sakId, vedtakId, null, ct);
        var vedlegg = utkast is null ? null : await db.Vedlegg.SingleOrDefaultAsync(v => v.Id == vedleggId && v.UtkastId == utkast.Id, ct);
        if (vedlegg is null) return Result.NotFound();
        db.Vedlegg.Remove(vedlegg);
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    /// <summary>A file on the citizen's own draft.</summary>
    public async Task<VedleggInnhold?> AapneUtkastVedleggAsync(Guid sakId, Guid vedtakId, Guid vedleggId, CancellationToken ct)
    {
        var utkast = await MittUtkastAsync(sakId, vedtakId, null, ct);
        var vedlegg = utkast is null ? null : await db.Vedlegg.AsNoTracking().SingleOrDefaultAsync(v => v.Id == vedleggId && v.UtkastId == utkast.Id, ct);
        if (vedlegg is null) return null;
        var innhold = await dokumentlager.AapneAsync(vedlegg.DokumentNokkel, ct);
        if (innhold is null) return null;
        await audit.SkrivAsync(AuditHandling.Les, "Vedlegg", sakId, currentUser.PersonId, ct);
        return new VedleggInnhold(innhold, vedlegg.Innholdstype, vedlegg.Filnavn);
    }

    /// <summary>
    /// Sends the complaint: what is written (saved to the draft first, so nothing is lost if it is refused) is checked; the complaint,
    /// its files, the timeline's line and the acknowledgement letter (stored as sent digitally) are saved in one transaction, and the
    /// draft is gone. Sending the same draft again (a double click, a refresh, the back button) finds the complaint made and answers
    /// with it.
    /// </summary>
    public async Task<Result<Guid>> SendAsync(Guid sakId, Guid vedtakId, Guid utkastId, KlageInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (currentUser.Id is not { } brukerId || currentUser.PersonId is not { } personId) return Result<Guid>.NotFound();
        if (await AlleredeSendtAsync(utkastId, ct) is { } sendt) return sendt;

        var lagret = await LagreAsync(sakId, vedtakId, utkastId, input, ct);
        if (!lagret.IsSuccess) return Saksendringer.Videre<Guid>(lagret);
        var utkast = lagret.Value;
        if (utkast.Id != utkastId) return Result<Guid>.Fail(Feil.Konflikt); // another tab made a new draft: look again

        Guid klageId = default;
        var result = await endringer.LeggTilAsync<object>(
            Handling.Klag, sakId, null,
            async t => await db.Set<Domain.Klage>().AnyAsync(k => k.UtkastId == utkastId, t),
            async e =>
            {
                var vedtak = await SendtVedtak(e.Sak.Id, vedtakId).SingleOrDefaultAsync(ct);
                if (vedtak is null) return Result.NotFound();
                if (await db.Set<Domain.Klage>().AnyAsync(k => k.VedtakId == vedtakId && Klagestatuser.Apne.Contains(k.Status), ct))
                    return Result.Fail(KlageFeil.AlleredeKlaget);
                var fullmektig = ErFullmektig(e.Sak, personId);
                var filer = await db.Vedlegg.Where(v => v.UtkastId == utkast.Id).ToListAsync(ct);
                if (fullmektig && !filer.Any(f => f.Type == VedleggType.Fullmakt)) return Result.Fail(KlageFeil.FullmaktMangler);
                var idag = Norsktid.Dato(e.Tidspunkt);

                var klager = await db.Personer.AsNoTracking().Where(p => p.Id == personId).Select(p => p.Fornavn + " " + p.Etternavn).SingleAsync(ct);
                var klage = Domain.Klage.Motta(
                    e.Sak, vedtak, await NesteNummerAsync(e.Sak.Id, ct), Klagekanal.Digital, fullmektig ? Klagerrolle.Fullmektig : Klagerrolle.Part,
                    klager, utkast.Innhold, idag, null, signert: true, brukerId, null, utkast.Id, e.Tidspunkt);
                if (!klage.IsSuccess) return klage;
                var mottatt = e.Sak.MottaKlage(klage.Value, brukerId);
                if (!mottatt.IsSuccess) return mottatt;
                db.Set<Domain.Klage>().Add(klage.Value);
                foreach (var fil in filer) fil.FlyttTilKlage(e.Sak.Id, klage.Value.Id);

                var kvittering = await KvitteringsbrevAsync(e.Sak, klage.Value, vedtak, automatisk: true, ct);
                var arkivert = await brevService.LagOgArkiverAsync(e.Sak, kvittering, Forsendelse.Digital, ct);
                if (!arkivert.IsSuccess) return arkivert;
                arkivert.Value.KnyttTilKlage(klage.Value.Id);
                db.Set<Klageutkast>().Remove(utkast);
                klageId = klage.Value.Id;
                return Result.Ok();
            },
            ct);
        if (!result.IsSuccess) return Saksendringer.Videre<Guid>(result);
        if (klageId == default) return await AlleredeSendtAsync(utkastId, ct) is { } vinner ? vinner : Result<Guid>.NotFound();
        logger.LogInformation("Klage {KlageId} sendt på sak {SakId}", klageId, sakId);
        return klageId;
    }

    /// <summary>The receipt for a complaint the user may see (the citizen's own).</summary>
    public async Task<KlageKvittering?> HentKvitteringAsync(Guid sakId, Guid klageId, CancellationToken ct)
    {
        var rad = await (
                from k in tilgang.Synlige<Domain.Klage>().AsNoTracking()
                where k.Id == klageId && k.SakId == sakId
                join v in db.Set<Domain.Vedtak>().AsNoTracking().IgnoreAutoIncludes() on k.VedtakId equals v.Id
                join s in db.Saker.AsNoTracking() on k.SakId equals s.Id
                select new { k.Id, k.Referanse, k.Registrert, k.Fristvurdering, v.Type, v.Vedtatt, s.PersonId })
            .SingleOrDefaultAsync(ct);
        if (rad is null) return null;
        var brevId = await db.Brev.AsNoTracking()
            .Where(b => b.KlageId == klageId && b.Type == Brevtype.Klagekvittering && b.Status == Brevstatus.Sendt)
            .Select(b => (Guid?)b.Id).FirstOrDefaultAsync(ct);
        await audit.SkrivAsync(AuditHandling.Les, "Klagekvittering", sakId, rad.PersonId, ct);
        return new KlageKvittering(sakId, rad.Id, rad.Referanse, rad.Registrert, MineVedtakService.Navn(rad.Type, Norsktid.Dato(rad.Vedtatt!.Value)),
            !rad.Fristvurdering.ErInnenFristen(), brevId);
    }

    /// <summary>The case's complaints as the citizen follows them in "Mine saker", newest first, with their sent letters and files.</summary>
    public async Task<IReadOnlyList<MinKlage>> MineAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeKlage)) return [];
        var klager = await (
                from k in tilgang.Synlige<Domain.Klage>().AsNoTracking()
                where k.SakId == sakId
                join v in db.Set<Domain.Vedtak>().AsNoTracking().IgnoreAutoIncludes() on k.VedtakId equals v.Id
                orderby k.Registrert descending
                select new { Klage = k, v.Type, v.Vedtatt })
            .ToListAsync(ct);
        if (klager.Count == 0) return [];
        var ider = klager.Select(k => (Guid?)k.Klage.Id).ToList();
        var brev = await db.Brev.AsNoTracking()
            .Where(b => b.SakId == sakId && ider.Contains(b.KlageId) && b.Status == Brevstatus.Sendt)
            .OrderBy(b => b.SendtDato)
            .Select(b => new { b.KlageId, b.Id, b.Tittel, b.SendtDato })
            .ToListAsync(ct);
        var vedlegg = await db.Vedlegg.AsNoTracking()
            .Where(v => v.SakId == sakId && ider.Contains(v.KlageId))
            .OrderBy(v => v.LastetOpp)
            .Select(v => new { v.KlageId, Visning = new VedleggVisning(v.Id, v.Type, v.Filnavn, v.Storrelse) })
            .ToListAsync(ct);
        var personId = await db.Saker.AsNoTracking().Where(s => s.Id == sakId).Select(s => s.PersonId).SingleAsync(ct);
        await audit.SkrivAsync(AuditHandling.Les, "Klage", sakId, personId, ct);
        var kanTrekke = evner.Kan(Handling.TrekkKlage);
        return
        [
            .. klager.Select(r => new MinKlage(
                r.Klage.Id, r.Klage.Referanse, MineVedtakService.Navn(r.Type, Norsktid.Dato(r.Vedtatt!.Value)), r.Klage.Mottatt,
                r.Klage.Status, r.Klage.Status.TilInnbygger(), kanTrekke && r.Klage.Status.KanGaaTil(Klagestatus.Trukket), r.Klage.Versjon,
                [.. brev.Where(b => b.KlageId == r.Klage.Id).Select(b => new KlagensBrev(b.Id, b.Tittel, b.SendtDato!.Value))],
                [.. vedlegg.Where(v => v.KlageId == r.Klage.Id).Select(v => v.Visning)])),
        ];
    }

    /// <summary>The complainant withdraws the complaint (or staff record that they did).</summary>
    public Task<Result> TrekkAsync(Guid sakId, Guid klageId, Guid versjon, CancellationToken ct) =>
        endringer.EndreAsync<object, Domain.Klage>(
            Handling.TrekkKlage, sakId, null,
            (sak, t) => db.Set<Domain.Klage>().SingleOrDefaultAsync(k => k.Id == klageId && k.SakId == sak.Id, t), versjon,
            (e, klage) => Task.FromResult(e.Sak.TrekkKlage(klage, e.BrukerId, e.Tidspunkt)), ct);

    /// <summary>Deletes complaint drafts not changed for <see cref="Klageutkast.Levetid"/>, with their files.</summary>
    public async Task<int> SlettGamleUtkastAsync(CancellationToken ct)
    {
        var grense = tid.GetUtcNow() - Klageutkast.Levetid;
        var gamle = await db.Set<Klageutkast>().Where(u => u.SistEndret < grense).ToListAsync(ct);
        if (gamle.Count == 0) return 0;
        var ider = gamle.Select(u => (Guid?)u.Id).ToList();
        db.Vedlegg.RemoveRange(await db.Vedlegg.Where(v => ider.Contains(v.UtkastId)).ToListAsync(ct));
        db.Set<Klageutkast>().RemoveRange(gamle);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{Antall} klageutkast eldre enn {Dager} dager slettet", gamle.Count, Klageutkast.Levetid.Days);
        return gamle.Count;
    }

    /// <summary>
    /// The acknowledgement letter: to the fullmektig when they complained (naming the person it concerns), else to the person; the
    /// body that decides the complaint from the vedtak's legal basis. <paramref name="automatisk"/>: made by the service at once
    /// (sent in "Mine saker"), else signed by the staff member who registered the complaint, as a draft to send.
    /// </summary>
    internal async Task<Brevtekster.Brevbestilling> KvitteringsbrevAsync(Sak sak, Domain.Klage klage, Domain.Vedtak vedtak, bool automatisk, CancellationToken ct)
    {
        var (hode, personNavn) = await KlagerHodeAsync(sak, klage, automatisk, ct);
        return Brevmaler.Klagekvittering(hode, await FaktaAsync(klage, vedtak, ct), klage, personNavn, automatisk);
    }

    /// <summary>
    /// The header of a letter to the complainant: to the case's fullmektig when they complained (<c>PersonNavn</c> then names the
    /// person it concerns), else to the person. Signed by the unit when the service makes it itself, else by the user.
    /// </summary>
    internal async Task<(Brevhode Hode, string? PersonNavn)> KlagerHodeAsync(Sak sak, Domain.Klage klage, bool automatisk, CancellationToken ct)
    {
        var hode = automatisk ? await brevService.LagAutomatiskHodeAsync(sak, ct) : await brevService.LagHodeAsync(sak, ct);
        if (klage.Klagerrolle != Klagerrolle.Fullmektig || sak.FullmektigPersonId is null) return (hode, null);
        var parts = await brevService.LagPartshodeAsync(sak, currentUser.Id ?? Guid.Empty, ct);
        return (hode with { Mottaker = parts.Hode.Mottaker }, parts.PersonNavn);
    }

    /// <summary>What every complaint letter names, with the legal basis of the vedtak it is about (who decides, the deadline in weeks).</summary>
    internal async Task<Brevmaler.Klagefakta> FaktaAsync(Domain.Klage klage, Domain.Vedtak vedtak, CancellationToken ct) =>
        Brevmaler.Klagefakta.Av(klage, vedtak, await HjemmelAsync(vedtak, ct));

    internal async Task<Hjemmel?> HjemmelAsync(Domain.Vedtak vedtak, CancellationToken ct) =>
        vedtak.HjemmelId is { } hid ? await db.Set<Hjemmel>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == hid, ct) : null;

    internal async Task<int> NesteNummerAsync(Guid sakId, CancellationToken ct) =>
        (await db.Set<Domain.Klage>().Where(k => k.SakId == sakId).MaxAsync(k => (int?)k.Nummer, ct) ?? 0) + 1;

    internal static string Vedtaksnavn(Domain.Vedtak vedtak) => MineVedtakService.Navn(vedtak.Type, Norsktid.Dato(vedtak.Vedtatt!.Value));

    /// <summary>The account holder complains for someone else: they are the case's fullmektig, not its person.</summary>
    private static bool ErFullmektig(Sak sak, Guid personId) => sak.PersonId != personId && sak.FullmektigPersonId == personId;

    /// <summary>The case (visible, the user may complain on it now) and the vedtak: approved, its letter sent.</summary>
    private async Task<(Sak Sak, Domain.Vedtak Vedtak)?> GrunnlagAsync(Guid sakId, Guid vedtakId, CancellationToken ct)
    {
        var sak = await tilgang.SynligeSaker().AsNoTracking().SingleOrDefaultAsync(s => s.Id == sakId, ct);
        if (sak is null) return null;
        var evner = await tilgang.EvnerAsync(Saksfakta.Av(sak), ct);
        if (!evner.Kan(Handling.Klag)) return null;
        var vedtak = await SendtVedtak(sakId, vedtakId).AsNoTracking().SingleOrDefaultAsync(ct);
        return vedtak is null ? null : (sak, vedtak);
    }

    /// <summary>An approved vedtak on the case whose letter is registered as sent.</summary>
    private IQueryable<Domain.Vedtak> SendtVedtak(Guid sakId, Guid vedtakId) =>
        from v in db.Set<Domain.Vedtak>().IgnoreAutoIncludes()
        where v.Id == vedtakId && v.SakId == sakId && v.Status == Vedtaksstatus.Vedtatt
        join b in db.Brev on v.BrevId equals b.Id
        where b.Status == Brevstatus.Sendt
        select v;

    /// <summary>
    /// The user's draft on the vedtak, if the user may complain on it; made with <paramref name="nyId"/> (the form's) if there is none and
    /// an id is given; null otherwise.
    /// </summary>
    private async Task<Klageutkast?> MittUtkastAsync(Guid sakId, Guid vedtakId, Guid? nyId, CancellationToken ct)
    {
        if (currentUser.Id is not { } brukerId) return null;
        var grunnlag = await GrunnlagAsync(sakId, vedtakId, ct);
        if (grunnlag is null) return null;
        var utkast = await db.Set<Klageutkast>().SingleOrDefaultAsync(u => u.BrukerId == brukerId && u.VedtakId == vedtakId, ct);
        if (utkast is not null || nyId is not { } id || id == Guid.Empty) return utkast;
        utkast = new Klageutkast(brukerId, sakId, vedtakId, tid.GetUtcNow(), id);
        db.Set<Klageutkast>().Add(utkast);
        return utkast;
    }

    private async Task<IReadOnlyList<VedleggVisning>> VedleggAsync(System.Linq.Expressions.Expression<Func<Domain.Vedlegg, bool>> hvilke, CancellationToken ct) =>
        await db.Vedlegg.AsNoTracking().Where(hvilke).OrderBy(v => v.LastetOpp)
            .Select(v => new VedleggVisning(v.Id, v.Type, v.Filnavn, v.Storrelse)).ToListAsync(ct);

    /// <summary>The complaint a draft or a registration form (<see cref="Domain.Klage.UtkastId"/>) already made, among those the user may see.</summary>
    internal async Task<Guid?> AlleredeSendtAsync(Guid utkastId, CancellationToken ct) =>
        await tilgang.Synlige<Domain.Klage>().Where(k => k.UtkastId == utkastId).Select(k => (Guid?)k.Id).SingleOrDefaultAsync(ct);
}
