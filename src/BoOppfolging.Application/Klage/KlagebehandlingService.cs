using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Dokumenter;
using BoOppfolging.Application.Soknad;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BoOppfolging.Application.Klage;

/// <summary>One complaint on the unit's work list: how old, whether it came in time, where it stands, and the foreløpig svar rule.</summary>
/// <param name="Alder">Days since it was received.</param>
/// <param name="TrengerForelopigSvar">It has waited past <see cref="SvarFrist"/> with the unit (forvaltningsloven § 11 a).</param>
/// <param name="AntallForelopigeSvar">How many times the date was moved by a foreløpig svar.</param>
public sealed record Klagelinje(
    Guid Id, Guid SakId, string Referanse, string PersonNavn, DateOnly Mottatt, int Alder, Klagekanal Kanal, Fristvurdering Fristvurdering,
    Klagestatus Status, DateOnly SvarFrist, bool TrengerForelopigSvar, int AntallForelopigeSvar, string? Saksbehandler)
{
    /// <summary>What must happen next, and by whom (<see cref="Klagesteg.Neste"/>): the case page's panel says it.</summary>
    public string? NesteSteg { get; init; }

    /// <summary>A new vedtak is to answer it now: a reversal under way, or Statsforvalteren's medhold or opphevelse (<see cref="Domain.Klage.VenterPaaNyttVedtak"/>).</summary>
    public bool VenterPaaNyttVedtak { get; init; }
}

public sealed record Klageliste(IReadOnlyList<Klagelinje> Klager, Sideinndeling Side, int Apne, int TrengerForelopigSvar);

/// <summary>The case page's complaints panel: the case's complaints, and whether the user may register one.</summary>
public sealed record Klagepanel(Guid SakId, IReadOnlyList<Klagelinje> Klager, bool KanRegistrere);

/// <summary>A vedtak on the case a complaint can be registered on: approved, with its name and deadline.</summary>
public sealed record KlagbartVedtak(Guid Id, string Navn, DateOnly? Klagefrist);

/// <summary>What the registration form needs: the case, its person, and the vedtak a complaint can be about.</summary>
public sealed record KlageRegistreringsgrunnlag(Guid SakId, string Saksreferanse, string PersonNavn, string? FullmektigNavn, IReadOnlyList<KlagbartVedtak> Vedtak);

/// <summary>A letter of the complaint, sent or a draft still to send.</summary>
public sealed record KlagebrevLinje(Guid Id, Brevtype Type, string Tittel, Brevstatus Status, DateOnly? Sendt);

/// <summary>The complaint as the unit works on it: everything recorded, its files and letters, the vedtak, and what the user may do.</summary>
public sealed record Klagevisning(
    Domain.Klage Klage, string PersonNavn, string Saksreferanse, string Vedtaksnavn, string? Registrator, string? FormkravVurdertAv,
    IReadOnlyList<VedleggVisning> Vedlegg, IReadOnlyList<KlagebrevLinje> Brev, bool KanBehandle, bool KanTrekke, string NesteSteg, string? VurdertAv,
    Guid? NyttVedtakUnderArbeid, Saksstatus SakStatus)
{
    /// <summary>A new vedtak is asked for and can be started from the complaint: not while the case is back with the vurderingsteam (opphevet).</summary>
    public bool KanLageNyttVedtak =>
        Klage.VenterPaaNyttVedtak && NyttVedtakUnderArbeid is null && Klage.Status != Klagestatus.UnderBehandling
        && SakStatus is not (Saksstatus.TilVurdering or Saksstatus.Kartlegging or Saksstatus.Innstilling or Saksstatus.VedtakUnderArbeid or Saksstatus.TilGodkjenning);
}

/// <summary>
/// The unit's side of complaints (issue 13): registering one that came by post, e-mail or in person, the work list across cases,
/// and the complaint's page. Every change goes through <see cref="Saksendringer"/> with <see cref="Handling.RegistrerKlage"/> or
/// <see cref="Handling.BehandleKlage"/>; reads are of visible cases only, and audited.
/// </summary>
public sealed class KlagebehandlingService(
    IAppDbContext db,
    TilgangService tilgang,
    Saksendringer endringer,
    Filmottak filmottak,
    KlageService klager,
    BrevService brevService,
    IBrukerOppslag brukere,
    IAuditLogg audit,
    IValidator<RegistrerKlageCommand> registreringsvalidator,
    Vedtak.VedtakService vedtakService,
    Vedtak.Vedtaksbrev vedtaksbrev,
    TimeProvider tid,
    ILogger<KlagebehandlingService> logger)
{
    public const int PerSide = 50;

    /// <summary>The case and its vedtak for the registration form; null when the user may not register a complaint on it.</summary>
    public async Task<KlageRegistreringsgrunnlag?> HentRegistreringAsync(Guid sakId, CancellationToken ct)
    {
        var sak = await tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId)
            .Select(s => new { s.Id, s.Referanse, s.PersonId, s.FullmektigPersonId, Fakta = new Saksfakta(s.Id, s.PersonId, s.FullmektigPersonId, s.SaksbehandlerId, s.TeamId, s.PrimaerkontaktId, s.SekundaerkontaktId, s.Status) })
            .SingleOrDefaultAsync(ct);
        if (sak is null || !(await tilgang.EvnerAsync(sak.Fakta, ct)).Kan(Handling.RegistrerKlage)) return null;
        var personer = await db.Personer.AsNoTracking().Where(p => p.Id == sak.PersonId || p.Id == sak.FullmektigPersonId)
            .Select(p => new { p.Id, Navn = p.Fornavn + " " + p.Etternavn }).ToListAsync(ct);
        var vedtak = await db.Set<Domain.Vedtak>().AsNoTracking().IgnoreAutoIncludes()
            .Where(v => v.SakId == sakId && v.Status == Vedtaksstatus.Vedtatt)
            .OrderByDescending(v => v.Vedtatt)
            .ToListAsync(ct);
        await audit.SkrivAsync(AuditHandling.Les, "Klageregistrering", sakId, sak.PersonId, ct);
        return new KlageRegistreringsgrunnlag(
            sakId, sak.Referanse, personer.Single(p => p.Id == sak.PersonId).Navn, personer.FirstOrDefault(p => p.Id == sak.FullmektigPersonId)?.Navn,
            [.. vedtak.Select(v => new KlagbartVedtak(v.Id, KlageService.Vedtaksnavn(v), v.Klagefrist))]);
    }

    /// <summary>
    /// Registers a complaint that came by post, e-mail or in person, with its scanned pages: the complaint and its deadline status,
    /// the timeline's line, the files, and the acknowledgement letter as a draft to send (by post, through the letters), in one save.
    /// The form's id makes a second submit of the same form answer with the complaint already registered.
    /// </summary>
    public async Task<Result<Guid>> RegistrerAsync(RegistrerKlageCommand command, IReadOnlyList<Filopplasting> filer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(filer);
        if (await klager.AlleredeSendtAsync(command.SkjemaId, ct) is { } finnes) return finnes;
        var validering = await registreringsvalidator.ValidateAsync(command, ct);
        if (!validering.IsValid) return Result<Guid>.Invalid(validering.TilFeil());
        if (filer.Count > KlageService.MaksVedlegg)
            return Result<Guid>.Fail(new Feil("for_mange_vedlegg", $"Du kan legge ved høyst {KlageService.MaksVedlegg} filer.", "Filer"));

        Guid klageId = default;
        var result = await endringer.LeggTilAsync<object>(
            Handling.RegistrerKlage, command.SakId, null,
            async t => await db.Set<Domain.Klage>().AnyAsync(k => k.UtkastId == command.SkjemaId, t),
            async e =>
            {
                var vedtak = await db.Set<Domain.Vedtak>().IgnoreAutoIncludes()
                    .SingleOrDefaultAsync(v => v.Id == command.VedtakId && v.SakId == e.Sak.Id && v.Status == Vedtaksstatus.Vedtatt, ct);
                if (vedtak is null) return Result.Fail(new Feil("klage_vedtak", "Velg vedtaket klagen gjelder.", nameof(command.VedtakId)));

                var innhold = new Klageinnhold(command.Uenighet!, command.Onsket, command.NyeOpplysninger, command.ForsinkelseGrunn);
                var klage = Domain.Klage.Motta(
                    e.Sak, vedtak, await klager.NesteNummerAsync(e.Sak.Id, ct), command.Kanal!.Value, command.Klagerrolle!.Value, command.KlagerNavn!,
                    innhold, command.Mottatt!.Value, command.Postlagt, command.Signert, null, e.BrukerId, command.SkjemaId, e.Tidspunkt);
                if (!klage.IsSuccess) return klage;
                var mottatt = e.Sak.MottaKlage(klage.Value, e.BrukerId);
                if (!mottatt.IsSuccess) return mottatt;
                db.Set<Domain.Klage>().Add(klage.Value);

                foreach (var fil in filer)
                {
                    var lagret = await filmottak.TaImotAsync(fil.Filnavn, fil.Innhold, fil.Lengde, "Filer", ct);
                    if (!lagret.IsSuccess) return lagret;
                    db.Vedlegg.Add(Domain.Vedlegg.PaaKlage(
                        e.Sak.Id, klage.Value.Id, VedleggType.Dokumentasjon, lagret.Value.Filnavn, lagret.Value.Innholdstype, lagret.Value.Storrelse,
                        lagret.Value.Nokkel, e.Tidspunkt));
                }

                var kvittering = await klager.KvitteringsbrevAsync(e.Sak, klage.Value, vedtak, automatisk: false, ct);
                var brev = await brevService.LagUtkastAsync(e.Sak, kvittering, ct);
                brev.KnyttTilKlage(klage.Value.Id);
                klageId = klage.Value.Id;
                return Result.Ok();
            },
            ct);
        if (!result.IsSuccess) return Saksendringer.Videre<Guid>(result);
        if (klageId == default)
            return await klager.AlleredeSendtAsync(command.SkjemaId, ct) is { } vinner ? vinner : Result<Guid>.NotFound();
        logger.LogInformation("Klage {KlageId} registrert på sak {SakId}", klageId, command.SakId);
        return klageId;
    }

    /// <summary>
    /// The work list: the complaints of the cases the user may see that are open (with the unit, partly reversed, with
    /// Statsforvalteren, or decided by Statsforvalteren and waiting for the new vedtak), oldest first, those past their foreløpig
    /// svar date counted; or, with <paramref name="alle"/>, every one.
    /// </summary>
    public async Task<Klageliste?> ListAsync(bool alle, int side, CancellationToken ct)
    {
        if (!tilgang.KanUtenSak(Handling.SeKlager)) return null;
        var idag = Norsktid.Dato(tid.GetUtcNow());
        var synlige = tilgang.Synlige<Domain.Klage>().AsNoTracking();
        var apne = synlige.Where(Klagestatuser.TilOppfolging);
        var antallApne = await apne.CountAsync(ct);
        var trenger = await synlige.CountAsync(k => Klagestatuser.HosEnheten.Contains(k.Status) && k.SvarFrist < idag, ct);
        var utvalg = alle ? synlige : apne;
        // The open list is the one just counted: counted once (each count reads every open complaint and its case).
        var sideinndeling = alle ? await Sideinndeling.TellAsync(utvalg, side, PerSide, ct) : Sideinndeling.For(antallApne, side, PerSide);
        var rader = await (
                from k in utvalg
                join s in db.Saker.AsNoTracking() on k.SakId equals s.Id
                orderby k.Mottatt, k.Nummer
                select new { Klage = k, s.Person!.Fornavn, s.Person.Etternavn, s.SaksbehandlerId })
            .Skip(sideinndeling.Hopp).Take(PerSide)
            .ToListAsync(ct);
        var navn = await brukere.NavnAsync(rader.Where(r => r.SaksbehandlerId is not null).Select(r => r.SaksbehandlerId!.Value).Distinct(), ct);
        if (rader.Count > 0) await audit.SkrivAsync(AuditHandling.Les, "Klageliste", null, null, ct);
        return new Klageliste(
            [
                .. rader.Select(r => new Klagelinje(
                    r.Klage.Id, r.Klage.SakId, r.Klage.Referanse, $"{r.Fornavn} {r.Etternavn}", r.Klage.Mottatt, idag.DayNumber - r.Klage.Mottatt.DayNumber,
                    r.Klage.Kanal, r.Klage.Fristvurdering, r.Klage.Status, r.Klage.SvarFrist, r.Klage.TrengerForelopigSvar(idag), r.Klage.AntallForelopigeSvar,
                    r.SaksbehandlerId is { } sb ? navn.GetValueOrDefault(sb) : null) { VenterPaaNyttVedtak = r.Klage.VenterPaaNyttVedtak }),
            ],
            sideinndeling, antallApne, trenger);
    }

    /// <summary>The case's complaints for its page (staff who may see them), newest first; null when there is nothing to show.</summary>
    public async Task<Klagepanel?> PanelAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeKlage) || !tilgang.ErAnsatt) return null;
        var idag = Norsktid.Dato(tid.GetUtcNow());
        var klager = await tilgang.Synlige<Domain.Klage>().AsNoTracking().Where(k => k.SakId == sakId).OrderByDescending(k => k.Nummer).ToListAsync(ct);
        if (klager.Count == 0 && !evner.Kan(Handling.RegistrerKlage)) return null;
        return new Klagepanel(
            sakId,
            [
                .. klager.Select(k => new Klagelinje(
                    k.Id, k.SakId, k.Referanse, k.KlagerNavn, k.Mottatt, idag.DayNumber - k.Mottatt.DayNumber, k.Kanal, k.Fristvurdering, k.Status,
                    k.SvarFrist, k.TrengerForelopigSvar(idag), k.AntallForelopigeSvar, null)
                {
                    NesteSteg = k.Status.ErAvsluttet() && !k.VenterPaaNyttVedtak ? null : Klagesteg.Neste(k, idag),
                    VenterPaaNyttVedtak = k.VenterPaaNyttVedtak,
                }),
            ],
            evner.Kan(Handling.RegistrerKlage));
    }

    /// <summary>The complaint's page for staff who may see the case's complaints; null for anyone else.</summary>
    public async Task<Klagevisning?> HentAsync(Guid sakId, Guid klageId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeKlage) || !tilgang.ErAnsatt) return null;
        var rad = await (
                from kl in tilgang.Synlige<Domain.Klage>().AsNoTracking()
                where kl.Id == klageId && kl.SakId == sakId
                join v in db.Set<Domain.Vedtak>().AsNoTracking().IgnoreAutoIncludes() on kl.VedtakId equals v.Id
                join s in db.Saker.AsNoTracking() on kl.SakId equals s.Id
                select new { Klage = kl, Vedtak = v, s.Referanse, s.PersonId, s.Person!.Fornavn, s.Person.Etternavn, s.Status })
            .SingleOrDefaultAsync(ct);
        if (rad is null) return null;
        var vedlegg = await db.Vedlegg.AsNoTracking().Where(v => v.KlageId == klageId).OrderBy(v => v.LastetOpp)
            .Select(v => new VedleggVisning(v.Id, v.Type, v.Filnavn, v.Storrelse)).ToListAsync(ct);
        var brev = await db.Brev.AsNoTracking().Where(b => b.KlageId == klageId).OrderBy(b => b.Opprettet)
            .Select(b => new KlagebrevLinje(b.Id, b.Type, b.Tittel, b.Status, b.SendtDato)).ToListAsync(ct);
        var k = rad.Klage;
        var utkast = await db.Set<Domain.Vedtak>().AsNoTracking().IgnoreAutoIncludes()
            .Where(v => v.KlageId == klageId && v.Status != Vedtaksstatus.Vedtatt).Select(v => (Guid?)v.Id).FirstOrDefaultAsync(ct);
        var navn = await brukere.NavnAsync(new[] { k.RegistrertAv, k.FormkravVurdertAv, k.VurdertAv }.OfType<Guid>(), ct);
        await audit.SkrivAsync(AuditHandling.Les, "Klage", sakId, rad.PersonId, ct);
        return new Klagevisning(
            k, $"{rad.Fornavn} {rad.Etternavn}", rad.Referanse, KlageService.Vedtaksnavn(rad.Vedtak),
            k.RegistrertAv is { } r ? navn.GetValueOrDefault(r) : null, k.FormkravVurdertAv is { } f ? navn.GetValueOrDefault(f) : null,
            vedlegg, brev, evner.Kan(Handling.BehandleKlage), evner.Kan(Handling.TrekkKlage) && k.Status.KanGaaTil(Klagestatus.Trukket),
            Klagesteg.Neste(k, Norsktid.Dato(tid.GetUtcNow())), k.VurdertAv is { } va ? navn.GetValueOrDefault(va) : null, utkast, rad.Status);
    }

    /// <summary>Records the formal check; all met sends the complaint on to reconsideration.</summary>
    public Task<Result> VurderFormkravAsync(FormkravCommand c, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(c);
        return EndreKlageAsync(Handling.BehandleKlage, c.SakId, c.KlageId, c.Versjon, c, (e, k) =>
        {
            var overholdt = c.FristOverholdt!.Value;
            var formkrav = new Formkrav(c.ErPartEllerFullmektig!.Value, overholdt, overholdt ? null : c.Unntak, c.Konkret!.Value, c.Signert!.Value, c.Merknad);
            return Task.FromResult(e.Sak.VurderKlagensFormkrav(k, formkrav, e.BrukerId, e.Tidspunkt));
        }, ct);
    }

    /// <summary>Asks the complainant to put the failed items right by a date: the letter (a draft to send) lists them.</summary>
    public Task<Result> BeOmRettingAsync(KlageRettingCommand c, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(c);
        return EndreKlageAsync(Handling.BehandleKlage, c.SakId, c.KlageId, c.Versjon, c, async (e, k) =>
        {
            var bedt = e.Sak.BeOmRettingAvKlage(k, c.Frist!.Value, e.BrukerId, e.Tidspunkt);
            if (!bedt.IsSuccess) return bedt;
            var vedtak = await VedtakAsync(k, ct);
            var (hode, personNavn) = await klager.KlagerHodeAsync(e.Sak, k, automatisk: false, ct);
            var brev = await brevService.LagUtkastAsync(
                e.Sak, Brevmaler.KlageRetting(hode, await klager.FaktaAsync(k, vedtak, ct), k.Formkrav!.Mangler, c.Frist.Value, c.Merknad, personNavn), ct);
            brev.KnyttTilKlage(k.Id);
            return Result.Ok();
        }, ct);
    }

    /// <summary>Avviser a complaint that failed the formal check: the letter (a draft to send) is built from the failed items.</summary>
    public Task<Result> AvvisAsync(AvvisKlageCommand c, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(c);
        return EndreKlageAsync(Handling.BehandleKlage, c.SakId, c.KlageId, c.Versjon, c, async (e, k) =>
        {
            var avvist = e.Sak.AvvisKlage(k, c.Begrunnelse, e.BrukerId, e.Tidspunkt);
            if (!avvist.IsSuccess) return avvist;
            var vedtak = await VedtakAsync(k, ct);
            var (hode, personNavn) = await klager.KlagerHodeAsync(e.Sak, k, automatisk: false, ct);
            var brev = await brevService.LagUtkastAsync(
                e.Sak, Brevmaler.KlageAvvist(hode, await klager.FaktaAsync(k, vedtak, ct), k.Formkrav!.Mangler, k.AvvisningBegrunnelse, personNavn), ct);
            brev.KnyttTilKlage(k.Id);
            return Result.Ok();
        }, ct);
    }

    /// <summary>
    /// Upholds the vedtak on reconsideration: the assessment is recorded, and the oversendelsesbrev to Statsforvalteren and the
    /// citizen's copy are made (again, while they are drafts) with the documents chosen. The complaint is with Statsforvalteren when
    /// the oversendelsesbrev is registered as sent (<see cref="KlageOversendtVedBrev"/>).
    /// </summary>
    public async Task<Result> OpprettholdAsync(OpprettholdKlageCommand c, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(c);
        return await EndreKlageAsync(Handling.BehandleKlage, c.SakId, c.KlageId, c.Versjon, c, async (e, k) =>
        {
            var mulige = await DokumenterAsync(k, ct);
            if (c.Dokumenter.Any(d => mulige.All(m => m.Nokkel != d)))
                return Result.Fail(new Feil("klage_dokument", "Velg blant dokumentene i listen.", nameof(c.Dokumenter)));
            var opprettholdt = e.Sak.OpprettholdVedtakEtterKlage(k, c.Vurdering!, e.BrukerId, e.Tidspunkt);
            if (!opprettholdt.IsSuccess) return opprettholdt;

            var vedtak = await VedtakAsync(k, ct);
            var hjemmel = await klager.HjemmelAsync(vedtak, ct);
            var fakta = Brevmaler.Klagefakta.Av(k, vedtak, hjemmel);
            var dokumenter = mulige.Where(m => c.Dokumenter.Contains(m.Nokkel)).Select(m => m.Tekst).ToList();
            var (klagerHode, personNavn) = await klager.KlagerHodeAsync(e.Sak, k, automatisk: false, ct);
            var (tilInstans, kopi) = Brevmaler.KlageOversendelser(klagerHode, personNavn, fakta, k, hjemmel, dokumenter, c.Saksforhold!);
            foreach (var (type, bestilling) in new[] { (Brevtype.KlageOversendelse, tilInstans), (Brevtype.KlageOversendelseKopi, kopi) })
            {
                var finnes = await db.Brev.Where(b => b.KlageId == k.Id && b.Type == type && b.Status == Brevstatus.Utkast).Select(b => (Guid?)b.Id).FirstOrDefaultAsync(ct);
                var laget = await brevService.LagEllerOppdaterUtkastAsync(e.Sak, finnes, bestilling, ct);
                if (!laget.IsSuccess) return laget;
                laget.Value.Brev.KnyttTilKlage(k.Id);
            }

            return Result.Ok();
        }, ct);
    }

    /// <summary>
    /// Reverses the vedtak on reconsideration, in full or in part: the reasons are recorded and the new vedtak is drafted (an
    /// endringsvedtak on the one in force, or, for a refusal, a new vedtak that reopens the case), linked to the complaint. The id of
    /// the draft is returned: the saksbehandler completes it, and a second person's approval completes the reversal.
    /// </summary>
    public async Task<Result<Guid>> OmgjorAsync(OmgjorKlageCommand c, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(c);
        Guid vedtakId = default;
        var result = await EndreKlageAsync(Handling.BehandleKlage, c.SakId, c.KlageId, c.Versjon, c, async (e, k) =>
        {
            var omgjort = e.Sak.OmgjorEtterKlage(k, c.Delvis!.Value, c.Begrunnelse!, e.BrukerId, e.Tidspunkt);
            if (!omgjort.IsSuccess) return omgjort;
            var grunn = $"Vedtaket {(c.Delvis.Value ? "omgjøres delvis" : "omgjøres")} etter klage {k.Referanse}. {k.Vurdering}";
            var nytt = await NyttVedtakAsync(e, k, grunn, ct);
            if (nytt.IsSuccess) vedtakId = nytt.Value;
            return nytt;
        }, ct);
        return result.IsSuccess ? vedtakId : Saksendringer.Videre<Guid>(result);
    }

    /// <summary>The new vedtak after Statsforvalteren's medhold, delvis medhold or opphevelse, drafted and linked to the complaint.</summary>
    public async Task<Result<Guid>> NyttVedtakEtterAvgjorelseAsync(NyttVedtakEtterKlageCommand c, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(c);
        Guid vedtakId = default;
        var result = await EndreKlageAsync(Handling.BehandleKlage, c.SakId, c.KlageId, c.Versjon, c, async (e, k) =>
        {
            if (k.Status is not (Klagestatus.Medhold or Klagestatus.DelvisMedhold or Klagestatus.OpphevetOgSendtTilbake) || !k.VenterPaaNyttVedtak)
                return Result.Fail(KlageFeil.TrengerIkkeNyttVedtak);
            var grunn = $"Nytt vedtak etter Statsforvalterens avgjørelse {k.ResultatDato:dd.MM.yyyy} i klage {k.Referanse} ({k.Resultat!.Value.Visningsnavn().ToLowerInvariant()})."
                + (k.ResultatMerknad is { } m ? $" {m}" : "");
            var nytt = await NyttVedtakAsync(e, k, grunn, ct);
            if (nytt.IsSuccess) vedtakId = nytt.Value;
            return nytt;
        }, ct);
        return result.IsSuccess ? vedtakId : Saksendringer.Videre<Guid>(result);
    }

    /// <summary>
    /// The vedtak that answers a complaint: an endringsvedtak on the one in force (a grant, or a change of it, complained about); for a
    /// refusal, a new vedtak with the next number that takes the case back to work on a vedtak, starting from the refused one's legal
    /// basis and rules, as a grant to fill in; for an opphørsvedtak, the endringsvedtak that restores the service (<see cref="GjenopptaAsync"/>).
    /// </summary>
    private async Task<Result<Guid>> NyttVedtakAsync(Saksendring e, Domain.Klage k, string grunn, CancellationToken ct)
    {
        var alle = await db.Set<Domain.Vedtak>().Where(v => v.SakId == e.Sak.Id).ToListAsync(ct);
        var paaklaget = alle.Single(v => v.Id == k.VedtakId);
        if (paaklaget.Type != Vedtakstype.Opphorsvedtak && e.Sak.Status != Saksstatus.Avslag)
        {
            var endring = await vedtakService.StartEndringAsync(e, Vedtakstype.Endringsvedtak, grunn, k.Id, ct);
            return endring.IsSuccess ? endring.Value.Id : Saksendringer.Videre<Guid>(endring);
        }

        if (alle.Any(v => v.Status != Vedtaksstatus.Vedtatt)) return Result<Guid>.Fail(VedtakFeil.EtUtkastFinnes);
        if (paaklaget.Type == Vedtakstype.Opphorsvedtak) return await GjenopptaAsync(e, k, paaklaget, alle, grunn, ct);
        var kartlegging = await db.Set<Domain.Kartlegging>().AsNoTracking().SingleOrDefaultAsync(x => x.SakId == e.Sak.Id, ct);
        var innhold = Vedtaksinnhold.Tomt with
        {
            Utfall = Vedtaksutfall.Innvilget, HjemmelId = paaklaget.Innhold.HjemmelId, BegrunnelseRegler = paaklaget.Innhold.BegrunnelseRegler,
            BegrunnelseVurdering = grunn, Mal = [.. (kartlegging?.Maal ?? []).Select(m => m.Tekst)], Vilkar = Domain.Vedtak.Standardvilkar,
        };
        var nytt = Domain.Vedtak.Nytt(e.Sak.Id, innhold, e.BrukerId, e.Tidspunkt, alle.Max(v => v.Nummer) + 1);
        nytt.KnyttTilKlage(k.Id);
        return await LeggTilAsync(e, nytt, e.Sak.UtarbeidVedtakEtterKlage(nytt, k, e.BrukerId, e.Tidspunkt), ct);
    }

    /// <summary>
    /// A complaint on an opphørsvedtak reversed (or Statsforvalteren's medhold): the endringsvedtak that restores the service from the
    /// opphør's date, starting from the grant it ended; its approval reopens an ended case (<see cref="Sak.GodkjennVedtak"/>).
    /// </summary>
    private async Task<Result<Guid>> GjenopptaAsync(
        Saksendring e, Domain.Klage k, Domain.Vedtak opphor, IReadOnlyList<Domain.Vedtak> alle, string grunn, CancellationToken ct)
    {
        var grunnlag = opphor.ErstatterId is { } id ? alle.SingleOrDefault(v => v.Id == id) : null;
        if (grunnlag is null) return Result<Guid>.Fail(VedtakFeil.IngenGjeldende);
        var laget = Domain.Vedtak.Gjenoppta(opphor, grunnlag, alle.Max(v => v.Nummer) + 1, grunn, e.BrukerId, e.Tidspunkt);
        if (!laget.IsSuccess) return Saksendringer.Videre<Guid>(laget);
        var nytt = laget.Value;
        nytt.KnyttTilKlage(k.Id);
        return await LeggTilAsync(e, nytt, e.Sak.GjenopptaTjenestenEtterKlage(nytt, opphor, k, e.BrukerId, e.Tidspunkt), ct);
    }

    /// <summary>The new vedtak, once the case has taken it (<paramref name="startet"/>), saved with its letter; its id for the saksbehandler to complete.</summary>
    private async Task<Result<Guid>> LeggTilAsync(Saksendring e, Domain.Vedtak nytt, Result startet, CancellationToken ct)
    {
        if (!startet.IsSuccess) return Saksendringer.Videre<Guid>(startet);
        db.Set<Domain.Vedtak>().Add(nytt);
        var brev = await vedtaksbrev.OppdaterAsync(e.Sak, nytt, e.BrukerId, ct);
        return brev.IsSuccess ? nytt.Id : Result<Guid>.Invalid(brev.Errors);
    }

    /// <summary>Registers Statsforvalteren's decision, with the scanned decision when given.</summary>
    public Task<Result> RegistrerResultatAsync(KlageresultatCommand c, Filopplasting? fil, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(c);
        return EndreKlageAsync(Handling.BehandleKlage, c.SakId, c.KlageId, c.Versjon, c, async (e, k) =>
        {
            var registrert = e.Sak.RegistrerKlageresultat(k, c.Utfall!.Value, c.Dato!.Value, c.Merknad, e.BrukerId, e.Tidspunkt);
            if (!registrert.IsSuccess) return registrert;
            // A refusal set aside goes back to the innstilling: the vurderingsteam assesses it again, then a new vedtak.
            if (k.Status == Klagestatus.OpphevetOgSendtTilbake && e.Sak.Status == Saksstatus.Avslag)
            {
                var paaNytt = e.Sak.VurderPaaNyttEtterOpphevelse(k, e.BrukerId, e.Tidspunkt);
                if (!paaNytt.IsSuccess) return paaNytt;
            }

            if (fil is null) return Result.Ok();
            var lagret = await filmottak.TaImotAsync(fil.Filnavn, fil.Innhold, fil.Lengde, "Fil", ct);
            if (!lagret.IsSuccess) return lagret;
            db.Vedlegg.Add(Domain.Vedlegg.PaaKlage(
                e.Sak.Id, k.Id, VedleggType.Klageavgjorelse, lagret.Value.Filnavn, lagret.Value.Innholdstype, lagret.Value.Storrelse, lagret.Value.Nokkel, e.Tidspunkt));
            return Result.Ok();
        }, ct);
    }

    /// <summary>A foreløpig svar (a draft to send); when it is registered as sent, the complaint's answer date moves (<see cref="KlageForelopigSvarVedBrev"/>).</summary>
    public Task<Result> ForelopigSvarAsync(KlageForelopigSvarCommand c, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(c);
        return EndreKlageAsync(Handling.BehandleKlage, c.SakId, c.KlageId, c.Versjon, c, async (e, k) =>
        {
            if (!k.ErHosEnheten) return Result.Fail(KlageFeil.IkkeHosEnheten);
            if (c.Forventet!.Value <= k.SvarFrist) return Result.Fail(KlageFeil.ForventetForTidlig);
            var vedtak = await VedtakAsync(k, ct);
            var (hode, personNavn) = await klager.KlagerHodeAsync(e.Sak, k, automatisk: false, ct);
            var brev = await brevService.LagUtkastAsync(
                e.Sak, Brevmaler.KlageForelopigSvar(hode, await klager.FaktaAsync(k, vedtak, ct), c.Begrunnelse!, c.Forventet.Value, personNavn), ct, c.Forventet);
            brev.KnyttTilKlage(k.Id);
            return Result.Ok();
        }, ct);
    }

    /// <summary>
    /// The case's documents that can go with the complaint to Statsforvalteren: the application, the mapping, the vedtak complained
    /// about, the complaint and its files, and the letters sent on the case.
    /// </summary>
    public async Task<IReadOnlyList<Klagedokument>> DokumenterAsync(Domain.Klage klage, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(klage);
        var liste = new List<Klagedokument>();
        if (await db.Soknader.AsNoTracking().Where(s => s.SakId == klage.SakId).Select(s => (DateTimeOffset?)s.Sendt).FirstOrDefaultAsync(ct) is { } sendt)
            liste.Add(new("soknad", Klagedokument.Soknaden(Norsktid.Dato(sendt))));
        if (await db.Set<Domain.Kartlegging>().AsNoTracking().AnyAsync(k => k.SakId == klage.SakId, ct))
            liste.Add(new("kartlegging", Klagedokument.Kartleggingen));
        var vedtak = await VedtakAsync(klage, ct);
        liste.Add(new("vedtak", Klagedokument.Vedtaket(vedtak)));
        liste.Add(new("klage", Klagedokument.Klagen(klage.Mottatt)));
        foreach (var v in await db.Vedlegg.AsNoTracking().Where(v => v.KlageId == klage.Id && v.Type != VedleggType.Klageavgjorelse).OrderBy(v => v.LastetOpp).ToListAsync(ct))
            liste.Add(new($"vedlegg:{v.Id}", $"Vedlegg til klagen: {v.Filnavn}"));
        var brev = await db.Brev.AsNoTracking()
            .Where(b => b.SakId == klage.SakId && b.Status == Brevstatus.Sendt && b.Type != Brevtype.KlageOversendelse && b.Type != Brevtype.KlageOversendelseKopi)
            .OrderBy(b => b.SendtDato).Select(b => new { b.Id, b.Tittel, b.SendtDato }).ToListAsync(ct);
        liste.AddRange(brev.Select(b => new Klagedokument($"brev:{b.Id}", $"Brev: {b.Tittel}, sendt {Vedtak.MineVedtakService.Dato(b.SendtDato!.Value)}")));
        return liste;
    }


    private async Task<Domain.Vedtak> VedtakAsync(Domain.Klage klage, CancellationToken ct) =>
        await db.Set<Domain.Vedtak>().AsNoTracking().IgnoreAutoIncludes().SingleAsync(v => v.Id == klage.VedtakId, ct);

    /// <summary>A change on one complaint of the case through the change pipeline, checked against the complaint's version.</summary>
    private Task<Result> EndreKlageAsync<TCommand>(
        Handling handling, Guid sakId, Guid klageId, Guid versjon, TCommand command, Func<Saksendring, Domain.Klage, Task<Result>> endre, CancellationToken ct)
        where TCommand : class =>
        endringer.EndreAsync<TCommand, Domain.Klage>(
            handling, sakId, command, (sak, t) => db.Set<Domain.Klage>().SingleOrDefaultAsync(k => k.Id == klageId && k.SakId == sak.Id, t), versjon, endre, ct);
}

/// <summary>The oversendelsesbrev registered as sent: the complaint is with Statsforvalteren from that day.</summary>
public sealed class KlageOversendtVedBrev(IAppDbContext db) : IBrevSendtHandler
{
    public Brevtype Type => Brevtype.KlageOversendelse;

    public async Task<Result> BrevSendtAsync(SendtBrev sendt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sendt);
        if (sendt.Brev.KlageId is not { } id) return Result.Ok();
        var klage = await db.Set<Domain.Klage>().SingleAsync(k => k.Id == id, ct);
        return sendt.Sak.OversendKlage(klage, sendt.Brev.SendtDato!.Value, sendt.UtfortAv, sendt.Tidspunkt);
    }
}

/// <summary>A foreløpig svar on a complaint takes effect when it is sent: the date it promised is the complaint's new answer date.</summary>
public sealed class KlageForelopigSvarVedBrev(IAppDbContext db) : IBrevSendtHandler
{
    public Brevtype Type => Brevtype.KlageForelopigSvar;

    public async Task<Result> BrevSendtAsync(SendtBrev sendt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sendt);
        if (sendt.Brev.KlageId is not { } id || sendt.Brev.LovetDato is not { } forventet) return Result.Ok();
        var klage = await db.Set<Domain.Klage>().SingleAsync(k => k.Id == id, ct);
        return klage.RegistrerForelopigSvar(forventet);
    }
}
