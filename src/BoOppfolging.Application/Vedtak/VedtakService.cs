using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Brevtekster;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Vedtak;

/// <summary>
/// Phase 2: the vedtak on a case, from the draft made from the innstilling through totrinnskontroll to the
/// approved vedtak, and the chain of endrings- and opphørsvedtak. Every change goes through
/// <see cref="Saksendringer"/> against the vedtak's own version (a new one against the case's), with the
/// permission table's <see cref="Handling.UtarbeidVedtak"/>, <see cref="Handling.TaVedtakTilbake"/> and
/// <see cref="Handling.GodkjennVedtak"/>; the aggregate keeps its own rules (a draft or waiting, the approver
/// never the drafter or sender), and the database checks the last one again.
/// </summary>
public sealed class VedtakService(
    IAppDbContext db,
    TilgangService tilgang,
    Saksendringer endringer,
    IIploskatalog iploskatalog,
    IBrukerOppslag brukere,
    IAuditLogg audit,
    ICurrentUser currentUser,
    Vedtaksbrev vedtaksbrev,
    Brev.BrevService brevService,
    TimeProvider tid)
{
    private DateOnly Idag => Norsktid.Dato(tid.GetUtcNow());

    /// <summary>The legal bases that may be chosen on <paramref name="dato"/>.</summary>
    public async Task<IReadOnlyList<HjemmelValg>> HjemlerAsync(DateOnly dato, CancellationToken ct) =>
        (await db.Set<Hjemmel>().AsNoTracking().ToListAsync(ct))
            .Where(h => h.ErGyldig(dato))
            .OrderBy(h => h.Navn, StringComparer.Create(new System.Globalization.CultureInfo("nb-NO"), false))
            .Select(Valg)
            .ToList();

    /// <summary>The case page's panel: the chain, the one in force on <paramref name="dato"/> (today when null), and what the user may start.</summary>
    public async Task<Result<VedtakPanelVisning>> HentPanelAsync(Guid sakId, DateOnly? dato, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSaksopplysninger)) return Result<VedtakPanelVisning>.NotFound();
        var sak = await tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId).Select(s => new { s.Versjon, s.PersonId, s.Status }).SingleAsync(ct);
        var alle = await tilgang.Synlige<Domain.Vedtak>().AsNoTracking().Where(v => v.SakId == sakId).OrderBy(v => v.Nummer).ToListAsync(ct);
        if (alle.Count > 0) await audit.SkrivAsync(AuditHandling.Les, "Vedtak", sakId, sak.PersonId, ct);
        var paDato = dato ?? Idag;
        var iKraft = Vedtakskjede.IKraft(alle, paDato);
        var underArbeid = alle.Any(v => v.Status != Vedtaksstatus.Vedtatt);
        // Back in the innstilling with vedtak already made: only after Statsforvalteren set the refusal aside (UtarbeidAsync checks the complaint).
        var kanUtarbeide = evner.Kan(Handling.UtarbeidVedtak) && sak.Status == Saksstatus.Innstilling && !underArbeid;
        var kanEndre = evner.Kan(Handling.UtarbeidVedtak) && sak.Status is Saksstatus.Vedtatt or Saksstatus.IOppfolging
            && !underArbeid && Vedtakskjede.Siste(alle) is not null;
        var siste = Vedtakskjede.Siste(alle);
        return new VedtakPanelVisning(
            sakId, sak.Versjon, [.. alle.Select(Sammendrag)], paDato, iKraft is null ? null : Sammendrag(iKraft), siste is null ? null : Sammendrag(siste),
            kanUtarbeide, kanEndre);
    }

    /// <summary>One vedtak: the draft form's content, what is missing before it can be sent, every sending, and the user's flags.</summary>
    public async Task<Result<VedtakVisning>> HentAsync(Guid sakId, Guid vedtakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSaksopplysninger)) return Result<VedtakVisning>.NotFound();
        var vedtak = await tilgang.Synlige<Domain.Vedtak>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == vedtakId && v.SakId == sakId, ct);
        if (vedtak is null) return Result<VedtakVisning>.NotFound();
        var sak = await tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId)
            .Select(s => new { s.Referanse, s.PersonId, s.Frist, s.Status, s.Person!.Fornavn, s.Person.Etternavn })
            .SingleAsync(ct);
        var erstatter = vedtak.ErstatterId is { } eid
            ? await tilgang.Synlige<Domain.Vedtak>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == eid, ct)
            : null;
        var hjemler = await HjemlerAsync(Idag, ct);
        var hjemmel = vedtak.HjemmelId is { } hid
            ? hjemler.FirstOrDefault(h => h.Id == hid) ?? (await db.Set<Hjemmel>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == hid, ct) is { } h ? Valg(h) : null)
            : null;
        var (harIplos, iplosBehov) = await IplosAsync(sakId, ct);
        var navn = await brukere.NavnAsync(
            new[] { vedtak.OpprettetAv }.Concat(vedtak.SaksbehandlerId is { } s ? [s] : []).Concat(vedtak.GodkjentAv is { } g ? [g] : [])
                .Concat(vedtak.Beslutninger.SelectMany(b => b.BesluttetAv is { } a ? new[] { b.SendtAv, a } : [b.SendtAv])),
            ct);
        await audit.SkrivAsync(AuditHandling.Les, "Vedtak", sakId, sak.PersonId, ct);

        var brev = vedtak.BrevId is { } brevId && (await brevService.HentAsync(sakId, brevId, ct)) is { IsSuccess: true } hentet ? hentet.Value : null;
        var beslutninger = vedtak.Beslutninger.OrderBy(b => b.Sendt).Select(b => Beslutning(b, navn)).ToList();
        var meg = currentUser.Id;
        var utkast = vedtak.Status == Vedtaksstatus.Utkast;
        var erEget = meg is { } m && (m == vedtak.OpprettetAv || m == vedtak.SaksbehandlerId);
        return new VedtakVisning(
            sakId, sak.Referanse, $"{sak.Fornavn} {sak.Etternavn}", sak.Status.ErUnderBehandling() ? sak.Frist : null, vedtak.Id, vedtak.Versjon,
            vedtak.Nummer, vedtak.Type, vedtak.Status, vedtak.Innhold, vedtak.Endringsgrunn, erstatter is null ? null : Sammendrag(erstatter),
            hjemmel, hjemler, navn.GetValueOrDefault(vedtak.OpprettetAv), vedtak.SaksbehandlerId is { } sb ? navn.GetValueOrDefault(sb) : null,
            vedtak.GodkjentAv is { } ga ? navn.GetValueOrDefault(ga) : null, vedtak.Vedtatt, vedtak.Klagefrist, beslutninger,
            vedtak.SisteUnderkjenning is { } u ? Beslutning(u, navn) : null,
            utkast ? vedtak.Mangler(iplosBehov) : [], iplosBehov, harIplos,
            KanEndre: utkast && evner.Kan(Handling.UtarbeidVedtak),
            KanSende: utkast && evner.Kan(Handling.UtarbeidVedtak),
            KanTaTilbake: vedtak.Status == Vedtaksstatus.TilGodkjenning && evner.Kan(Handling.TaVedtakTilbake) && meg == vedtak.SaksbehandlerId,
            KanBeslutte: evner.Kan(Handling.GodkjennVedtak) && meg is { } b && vedtak.KanBesluttesAv(b),
            ErEgetVedtak: erEget, Brev: brev);
    }

    /// <summary>Starts the first vedtak from the innstilling: the outcome, areas, hours, period and goals filled in from it and the mapping.</summary>
    public async Task<Result<Guid>> UtarbeidAsync(UtarbeidVedtakCommand c, CancellationToken ct)
    {
        Domain.Vedtak? nytt = null;
        try
        {
            return await endringer.EndreAsync<object, Guid>(Handling.UtarbeidVedtak, c.SakId, c.Versjon, null, async e =>
            {
                // A case has one first vedtak, unless Statsforvalteren set its refusal aside: then the new one answers that complaint.
                var tidligere = await db.Set<Domain.Vedtak>().Where(v => v.SakId == e.Sak.Id).Select(v => new { v.Nummer, v.Status }).ToListAsync(ct);
                var opphevet = tidligere.Count == 0 ? null
                    : (await db.Set<Domain.Klage>().Where(k => k.SakId == e.Sak.Id && k.Status == Klagestatus.OpphevetOgSendtTilbake && k.NyttVedtakId == null)
                        .ToListAsync(ct)).FirstOrDefault(k => k.VenterPaaNyttVedtak);
                if (tidligere.Count > 0 && (opphevet is null || tidligere.Any(v => v.Status != Vedtaksstatus.Vedtatt))) return Result<Guid>.Fail(VedtakFeil.EtUtkastFinnes);
                var kartlegging = await db.Set<Domain.Kartlegging>().SingleOrDefaultAsync(k => k.SakId == e.Sak.Id, ct);
                // The legal basis is left for the saksbehandler to choose: the two differ in complaint rules.
                nytt = Domain.Vedtak.Nytt(
                    e.Sak.Id, Vedtaksinnhold.FraInnstilling(kartlegging?.Innstilling, kartlegging?.Maal ?? []), e.BrukerId, e.Tidspunkt,
                    tidligere.Count == 0 ? 1 : tidligere.Max(v => v.Nummer) + 1);
                if (opphevet is not null) nytt.KnyttTilKlage(opphevet.Id);
                var startet = e.Sak.UtarbeidVedtak(nytt, kartlegging, e.BrukerId, e.Tidspunkt);
                if (!startet.IsSuccess) return Saksendringer.Videre<Guid>(startet);
                db.Set<Domain.Vedtak>().Add(nytt);
                var brev = await vedtaksbrev.OppdaterAsync(e.Sak, nytt, e.BrukerId, ct);
                return brev.IsSuccess ? nytt.Id : Result<Guid>.Invalid(brev.Errors);
            }, ct);
        }
        catch (DbUpdateException) when (nytt is not null && db.Set<Domain.Vedtak>().Local.Contains(nytt))
        {
            // Another request started the case's vedtak between the check and the save (the unique indexes).
            db.Set<Domain.Vedtak>().Remove(nytt);
            return Result<Guid>.Fail(VedtakFeil.EtUtkastFinnes);
        }
    }

    /// <summary>Starts an endringsvedtak or opphørsvedtak on the end of the chain (<see cref="Vedtakskjede.Siste"/>), filled in from it.</summary>
    public async Task<Result<Guid>> EndreAsync(NyttEndringsvedtakCommand c, CancellationToken ct)
    {
        Domain.Vedtak? nytt = null;
        try
        {
            return await endringer.EndreAsync<NyttEndringsvedtakCommand, Guid>(Handling.UtarbeidVedtak, c.SakId, c.Versjon, c, async e =>
            {
                var startet = await StartEndringAsync(e, c.Type, c.Endringsgrunn ?? "", null, ct);
                if (!startet.IsSuccess) return Saksendringer.Videre<Guid>(startet);
                nytt = startet.Value;
                return nytt.Id;
            }, ct);
        }
        catch (DbUpdateException) when (nytt is not null && db.Set<Domain.Vedtak>().Local.Contains(nytt))
        {
            db.Set<Domain.Vedtak>().Remove(nytt);
            return Result<Guid>.Fail(VedtakFeil.EtUtkastFinnes);
        }
    }

    /// <summary>
    /// The start of an endringsvedtak or opphørsvedtak on the end of the chain, filled in from it, with its letter, inside a change
    /// already under way on the case (<paramref name="e"/>): the endring page's, or a complaint's reversal (<paramref name="klageId"/>,
    /// which approving it then completes). None is started while another vedtak on the case is a draft or awaits approval.
    /// </summary>
    internal async Task<Result<Domain.Vedtak>> StartEndringAsync(Saksendring e, Vedtakstype type, string endringsgrunn, Guid? klageId, CancellationToken ct)
    {
        var alle = await db.Set<Domain.Vedtak>().Where(v => v.SakId == e.Sak.Id).ToListAsync(ct);
        if (alle.Any(v => v.Status != Vedtaksstatus.Vedtatt)) return Result<Domain.Vedtak>.Fail(VedtakFeil.EtUtkastFinnes);
        var gjeldende = Vedtakskjede.Siste(alle);
        if (gjeldende is null) return Result<Domain.Vedtak>.Fail(VedtakFeil.IngenGjeldende);
        var innhold = type == Vedtakstype.Opphorsvedtak
            ? Vedtaksinnhold.Tomt with { HjemmelId = gjeldende.Innhold.HjemmelId, BegrunnelseRegler = gjeldende.Innhold.BegrunnelseRegler }
            : gjeldende.Innhold with { Fra = null };
        var laget = Domain.Vedtak.Endre(gjeldende, alle.Max(v => v.Nummer) + 1, type, endringsgrunn, innhold, e.BrukerId, e.Tidspunkt);
        if (!laget.IsSuccess) return laget;
        var nytt = laget.Value;
        if (klageId is { } k) nytt.KnyttTilKlage(k);
        var startet = e.Sak.EndreVedtak(nytt, gjeldende, e.BrukerId, e.Tidspunkt);
        if (!startet.IsSuccess) return Saksendringer.Videre<Domain.Vedtak>(startet);
        db.Set<Domain.Vedtak>().Add(nytt);
        var brev = await vedtaksbrev.OppdaterAsync(e.Sak, nytt, e.BrukerId, ct);
        return brev.IsSuccess ? nytt : Result<Domain.Vedtak>.Invalid(brev.Errors);
    }

    /// <summary>
    /// Saves the draft, and with <see cref="LagreVedtakCommand.SendTilGodkjenning"/> sends it in the same save: then every
    /// part missing is named at its field and nothing is saved. The legal basis must be one valid today.
    /// </summary>
    public Task<Result> LagreAsync(LagreVedtakCommand c, CancellationToken ct) =>
        EndreVedtakAsync(Handling.UtarbeidVedtak, c.SakId, c.VedtakId, c.Versjon, c, async (e, vedtak) =>
        {
            if (c.HjemmelId is { } hid && !(await HjemlerAsync(Norsktid.Dato(e.Tidspunkt), ct)).Any(h => h.Id == hid))
                return Result.Fail(VedtakFeil.UkjentHjemmel);
            var endret = vedtak.EndreUtkast(c.TilInnhold(), c.Endringsgrunn);
            if (!endret.IsSuccess) return endret;
            if (c.SendTilGodkjenning)
            {
                var erstattes = vedtak.ErstatterId is { } eid ? await db.Set<Domain.Vedtak>().SingleOrDefaultAsync(v => v.Id == eid, ct) : null;
                var (_, behov) = await IplosAsync(e.Sak.Id, ct);
                // An end for lack of participation rests on a warning sent to the citizen (seed 000), not followed up as improved.
                var varslet = vedtak.Innhold.Opphorsgrunn == Opphorsgrunn.ManglendeMedvirkning
                    && await db.Set<Medvirkningsvarsel>().Where(v => v.SakId == e.Sak.Id).AnyAsync(Medvirkningsvarsel.GrunnlagForOpphor, ct);
                var sendt = e.Sak.SendVedtakTilGodkjenning(vedtak, erstattes, behov, e.BrukerId, e.Tidspunkt, varslet);
                if (!sendt.IsSuccess) return sendt;
            }

            // The letter follows the draft; one that would go out with a gap cannot be sent for approval (nothing is saved then).
            var brev = await vedtaksbrev.OppdaterAsync(e.Sak, vedtak, e.BrukerId, ct);
            if (!brev.IsSuccess) return Result.Invalid(brev.Errors);
            var mangler = BrevtekstService.Mangler(brev.Value.Resultat);
            return c.SendTilGodkjenning && mangler.Count > 0 ? Result.Fail(VedtakFeil.BrevetMangler(mangler)) : Result.Ok();
        }, ct);

    public Task<Result> TaTilbakeAsync(TaVedtakTilbakeCommand c, CancellationToken ct) =>
        EndreVedtakAsync<object>(Handling.TaVedtakTilbake, c.SakId, c.VedtakId, c.Versjon, null,
            (e, vedtak) => Task.FromResult(e.Sak.TaVedtakTilbake(vedtak, e.BrukerId, e.Tidspunkt)), ct);

    /// <summary>The team leader approves or returns it. Never their own: the aggregate refuses, and the database would too.</summary>
    public Task<Result> BeslutteAsync(VedtakBeslutningCommand c, CancellationToken ct) =>
        EndreVedtakAsync(Handling.GodkjennVedtak, c.SakId, c.VedtakId, c.Versjon, c, async (e, vedtak) =>
        {
            if (!c.Godkjenn) return e.Sak.UnderkjennVedtak(vedtak, c.Arsaker, c.Begrunnelse ?? "", e.BrukerId, e.Tidspunkt);
            var godkjent = e.Sak.GodkjennVedtak(vedtak, e.BrukerId, e.Tidspunkt);
            if (!godkjent.IsSuccess) return godkjent;
            if (vedtak.KlageId is { } klageId)
            {
                // The vedtak answers a complaint: a reversal is complete, or Statsforvalteren's medhold (or opphevelse) is followed up.
                var klage = await db.Set<Domain.Klage>().SingleAsync(k => k.Id == klageId, ct);
                var besvart = klage.Status == Klagestatus.UnderBehandling
                    ? e.Sak.FullforOmgjoringEtterKlage(klage, vedtak, e.BrukerId, e.Tidspunkt)
                    : e.Sak.KnyttNyttVedtakTilKlage(klage, vedtak, e.BrukerId, e.Tidspunkt);
                if (!besvart.IsSuccess) return besvart;
            }

            // The letter is approved with the decision, with the approver's name in it, in the same save.
            var brev = await vedtaksbrev.OppdaterAsync(e.Sak, vedtak, e.BrukerId, ct);
            return brev.IsSuccess ? Result.Ok() : Result.Invalid(brev.Errors);
        }, ct);

    /// <summary>"Til godkjenning" shows this many a page, the oldest first, and says how many wait in all.</summary>
    public const int PerSide = 25;

    /// <summary>
    /// "Til godkjenning": every vedtak waiting for approval on a case the user may see, the oldest first, with the
    /// case's deadline, <see cref="PerSide"/> a page (a page past the last shows the last). The user's own are listed
    /// and marked: they cannot decide on them. The index <c>(Status, SendtTilGodkjenning)</c> holds the list's order.
    /// </summary>
    public async Task<TilGodkjenningSide> TilGodkjenningAsync(int side, CancellationToken ct)
    {
        var venter =
            from v in tilgang.Synlige<Domain.Vedtak>().AsNoTracking()
            where v.Status == Vedtaksstatus.TilGodkjenning
            join s in db.Saker.AsNoTracking() on v.SakId equals s.Id
            select new { v, s };
        var sider = await Sideinndeling.TellAsync(venter, side, PerSide, ct);
        var rader = await venter
            .OrderBy(x => x.v.SendtTilGodkjenning).ThenBy(x => x.v.Id)
            .Skip(sider.Hopp).Take(PerSide)
            .Select(x => new
            {
                x.v.SakId, x.v.Id, x.s.Referanse, x.s.Person!.Fornavn, x.s.Person.Etternavn, x.v.Type, x.v.Utfall, x.v.SendtTilGodkjenning,
                x.v.SaksbehandlerId, x.v.OpprettetAv, x.s.Frist,
            })
            .ToListAsync(ct);
        await audit.SkrivAsync(AuditHandling.Les, "Vedtak til godkjenning", null, null, ct);
        var navn = await brukere.NavnAsync(rader.Where(r => r.SaksbehandlerId is not null).Select(r => r.SaksbehandlerId!.Value), ct);
        var meg = currentUser.Id;
        var idag = Idag;
        return new TilGodkjenningSide(
            [.. rader.Select(r => new TilGodkjenningRad(
                r.SakId, r.Id, r.Referanse, $"{r.Fornavn} {r.Etternavn}", r.Type, r.Utfall, r.SendtTilGodkjenning!.Value,
                r.SaksbehandlerId is { } sb ? navn.GetValueOrDefault(sb) : null, r.Frist, r.Frist < idag && r.Type == Vedtakstype.Vedtak,
                meg is { } m && (m == r.SaksbehandlerId || m == r.OpprettetAv)))],
            sider.Totalt, sider.Side, sider.AntallSider);
    }

    /// <summary>"Klar til utsending" shows this many a page.</summary>
    public const int PerSideUtsending = 50;

    /// <summary>
    /// "Klar til utsending": the letters of approved vedtak not yet registered as sent, on cases the user may see, the longest
    /// approved first, <see cref="PerSideUtsending"/> a page, with whether each can go by post (it has an address).
    /// </summary>
    public async Task<KlarTilUtsendingSide> KlarTilUtsendingAsync(int side, CancellationToken ct)
    {
        var klare =
            from v in tilgang.Synlige<Domain.Vedtak>().AsNoTracking()
            // The complaint deadline is set in the same save as the letter is registered sent (Vedtaksbrevsending): none means not sent,
            // and the index (Status, Klagefrist, Vedtatt) finds those without reading every approved vedtak. The letter's state is checked too.
            where v.Status == Vedtaksstatus.Vedtatt && v.Klagefrist == null && v.BrevId != null
            join b in db.Brev.AsNoTracking() on v.BrevId equals b.Id
            where b.Status == Brevstatus.Utkast
            join s in db.Saker.AsNoTracking() on v.SakId equals s.Id
            select new { v, b, s };
        var sider = await Sideinndeling.TellAsync(klare, side, PerSideUtsending, ct);
        var rader = await klare
            .OrderBy(x => x.v.Vedtatt).ThenBy(x => x.v.Id)
            .Skip(sider.Hopp).Take(PerSideUtsending)
            .Select(x => new
            {
                x.v.SakId, BrevId = x.b.Id, x.s.Referanse, x.s.Person!.Fornavn, x.s.Person.Etternavn, x.b.Tittel, x.v.Vedtatt, x.v.GodkjentAv, x.b.InnholdJson,
            })
            .ToListAsync(ct);
        await audit.SkrivAsync(AuditHandling.Les, "Vedtaksbrev klar til utsending", null, null, ct);
        var navn = await brukere.NavnAsync(rader.Where(r => r.GodkjentAv is not null).Select(r => r.GodkjentAv!.Value), ct);
        return new KlarTilUtsendingSide(
            [.. rader.Select(r =>
            {
                var mottaker = Brev.Brevlagring.FraJson(r.InnholdJson).Mottaker;
                return new KlarTilUtsendingRad(
                    r.SakId, r.BrevId, r.Referanse, $"{r.Fornavn} {r.Etternavn}", r.Tittel, r.Vedtatt!.Value,
                    r.GodkjentAv is { } g ? navn.GetValueOrDefault(g) : null, mottaker.Navn, mottaker.Adresselinjer.Count > 0);
            })],
            sider.Totalt, sider.Side, sider.AntallSider);
    }

    /// <summary>The letters of a batch just registered as sent (the receipt), with each vedtak's complaint deadline; only those the user may see.</summary>
    public async Task<IReadOnlyList<SendtVedtaksbrevRad>> SendteBrevAsync(IReadOnlyList<Guid> brevIder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(brevIder);
        var ider = brevIder.Distinct().Take(Brev.BrevService.MaksIUtsending).ToList();
        var rader = await (
            from b in tilgang.Synlige<Domain.Brev>().AsNoTracking()
            where ider.Contains(b.Id) && b.Status == Brevstatus.Sendt
            join s in db.Saker.AsNoTracking() on b.SakId equals s.Id
            join v in db.Set<Domain.Vedtak>().AsNoTracking() on b.Id equals v.BrevId into vs
            from v in vs.DefaultIfEmpty()
            select new SendtVedtaksbrevRad(
                b.SakId, b.Id, s.Referanse, s.Person!.Fornavn + " " + s.Person.Etternavn, b.Tittel, b.SendtDato!.Value, b.Forsendelse!.Value,
                v == null ? null : v.Klagefrist))
            .ToListAsync(ct);
        if (rader.Count > 0) await audit.SkrivAsync(AuditHandling.Les, "Vedtaksbrev sendt", null, null, ct);
        return [.. rader.OrderBy(r => ider.IndexOf(r.BrevId))];
    }

    private Task<Result> EndreVedtakAsync<TCommand>(
        Handling handling, Guid sakId, Guid vedtakId, Guid versjon, TCommand? command, Func<Saksendring, Domain.Vedtak, Task<Result>> endre, CancellationToken ct)
        where TCommand : class =>
        endringer.EndreAsync(
            handling, sakId, command, (sak, t) => db.Set<Domain.Vedtak>().SingleOrDefaultAsync(v => v.Id == vedtakId && v.SakId == sak.Id, t), versjon, endre, ct);

    /// <summary>Whether the case has a finished, current IPLOS assessment, and whether it shows a need for personal assistance.</summary>
    private async Task<(bool HarIplos, bool ViserBehov)> IplosAsync(Guid sakId, CancellationToken ct)
    {
        var siste = await db.Set<IplosVurdering>().AsNoTracking()
            .Where(v => v.SakId == sakId && v.Ferdig != null && v.Erstattet == null)
            .OrderByDescending(v => v.Dato).ThenByDescending(v => v.Ferdig)
            .FirstOrDefaultAsync(ct);
        if (siste is null) return (false, false);
        var liste = await iploskatalog.VersjonAsync(siste.Variabelversjon, ct)
            ?? throw new InvalidOperationException($"IPLOS-variabelliste versjon {siste.Variabelversjon} finnes ikke i databasen.");
        return (true, siste.ViserBehovForPersonbistand(liste));
    }

    private static HjemmelValg Valg(Hjemmel h) => new(h.Id, h.Navn, h.Sitat, h.KlagefristUker, h.Klageinstans, h.KprTjenestekode);

    private static VedtakSammendrag Sammendrag(Domain.Vedtak v) => new(
        v.Id, v.Nummer, v.Type, v.Status, v.Utfall,
        v.Innhold.GirTimer && v.Innhold.Kvarter is { } k && v.Innhold.Enhet is { } en ? Timeberegning.Tekst(k, en) : null,
        v.Fra, v.Til, v.Vedtatt, v.Klagefrist);

    private static BeslutningVisning Beslutning(Vedtaksbeslutning b, IReadOnlyDictionary<Guid, string> navn) => new(
        b.Sendt, navn.GetValueOrDefault(b.SendtAv), b.Utfall, b.Besluttet, b.BesluttetAv is { } a ? navn.GetValueOrDefault(a) : null, b.Arsaker, b.Begrunnelse);
}
