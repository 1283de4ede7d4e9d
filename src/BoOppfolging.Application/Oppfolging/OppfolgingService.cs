using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>
/// Phase 3 on one case: who follows it up (the contacts, with their history), the visits planned, registered and corrected,
/// and the hours delivered against the vedtak in force on each day. Every change goes through <see cref="Saksendringer"/>
/// with the permission table's <see cref="Handling.TildelKontakter"/>, <see cref="Handling.PlanleggBesok"/>,
/// <see cref="Handling.LoggBesok"/> and <see cref="Handling.KorrigerBesok"/>; reads start from <see cref="TilgangService"/>
/// (a bo-oppfølger sees only the cases they are contact on) and are written to the audit log.
/// </summary>
public sealed class OppfolgingService(
    IAppDbContext db,
    TilgangService tilgang,
    Saksendringer endringer,
    IBrukerOppslag brukere,
    IAuditLogg audit,
    ICurrentUser currentUser,
    KapasitetService kapasitet,
    IOptions<OppfolgingOptions> innstillinger,
    TimeProvider tid,
    OppfolgingsteamService oppfolgingsteam)
{
    /// <summary>How far back the follow-up page shows the log and the hours by month; weeks go back <see cref="Ukehistorikk"/>.</summary>
    public const int Maanedshistorikk = 6;
    public const int Ukehistorikk = 8;

    private OppfolgingOptions Regler => innstillinger.Value;

    private DateOnly Idag => Norsktid.Dato(tid.GetUtcNow());

    /// <summary>The follow-up page of a case: contacts, hours with warnings, flags, planned, undocumented and logged visits.</summary>
    public async Task<Result<OppfolgingVisning>> HentAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSaksopplysninger)) return Result<OppfolgingVisning>.NotFound();
        var sak = await Sakshode(sakId).SingleAsync(ct);
        var idag = Idag;
        var fra = Timeregnskap.MaanedStart(idag).AddMonths(-(Maanedshistorikk - 1));
        var ukeFra = Timeregnskap.UkeStart(idag).AddDays(-7 * (Ukehistorikk - 1));
        var lesFra = fra < ukeFra ? fra : ukeFra;

        var perioder = await tilgang.Synlige<Kontaktperiode>().AsNoTracking().Where(k => k.SakId == sakId).OrderByDescending(k => k.Fra).ToListAsync(ct);
        var vedtak = await tilgang.Synlige<Domain.Vedtak>().AsNoTracking().Where(v => v.SakId == sakId && v.Status == Vedtaksstatus.Vedtatt).ToListAsync(ct);
        var besok = await tilgang.Synlige<Besok>().AsNoTracking()
            .Where(b => b.SakId == sakId && (b.Dato >= lesFra || b.Status == Besoksstatus.Planlagt))
            .OrderByDescending(b => b.Dato).ThenByDescending(b => b.Start).ToListAsync(ct);
        var sisteKontakt = await SisteKontaktAsync(sakId, ct);
        var medvirkning = await tilgang.Synlige<Besok>().AsNoTracking()
            .Where(b => b.SakId == sakId && b.Dato > idag.AddDays(-Regler.IkkeMedvirkningDager) && b.Dato <= idag && b.Status == Besoksstatus.Registrert)
            .Select(b => new { b.Dato, b.Utfall }).ToListAsync(ct);
        var varsel = await tilgang.Synlige<Medvirkningsvarsel>().AsNoTracking().Where(v => v.SakId == sakId)
            .OrderByDescending(v => v.Opprettet).FirstOrDefaultAsync(ct);

        var navn = await brukere.NavnAsync(perioder.Select(p => p.BrukerId).Concat(besok.Select(b => b.UtfortAv)).Distinct(), ct);
        await audit.SkrivAsync(AuditHandling.Les, "Oppfølging", sakId, sak.PersonId, ct);

        var foringer = besok.Select(b => new Timeforing(b.Dato, b.Minutter, b.Status, b.Utfall)).ToList();
        var uker = Timeregnskap.Uker(vedtak, foringer, ukeFra, idag, idag);
        var maaneder = Timeregnskap.Maaneder(vedtak, foringer, fra, idag, idag);
        var start = OppfolgingStart(perioder, sak.Mottatt);
        var rader = besok.Select(b => Rad(b, navn, idag)).ToList();
        var iKraft = Vedtakskjede.IKraft(vedtak, idag);
        return new OppfolgingVisning(
            sakId, sak.Referanse, sak.Navn, sak.Status,
            [.. perioder.Where(p => p.ErApen).OrderBy(p => p.Rolle).Select(p => Kontakt(p, navn))],
            [.. perioder.Where(p => !p.ErApen).Select(p => Kontakt(p, navn))],
            iKraft?.Innhold is { Kvarter: { } k, Enhet: { } e } ? Timeberegning.Tekst(k, e) : null,
            uker[^1], maaneder[^1], [.. uker.Reverse()], [.. maaneder.Reverse()],
            [.. Timeregnskap.Varsler(uker, Regler.UnderforbrukProsent), .. Timeregnskap.Varsler(maaneder, Regler.UnderforbrukProsent)],
            sisteKontakt, Oppfolgingsregler.DagerSidenKontakt(sisteKontakt, start, idag),
            sak.Status == Saksstatus.IOppfolging && Oppfolgingsregler.UtenKontakt(sisteKontakt, start, idag, Regler.DagerUtenKontakt), Regler.DagerUtenKontakt,
            Oppfolgingsregler.ManglendeMedvirkning(medvirkning.Select(m => (m.Dato, m.Utfall)), idag, Regler.IkkeMedvirkningAntall, Regler.IkkeMedvirkningDager),
            Regler.SenRegistreringDager,
            [.. rader.Where(r => r.Status == Besoksstatus.Planlagt && r.Dato >= idag).OrderBy(r => r.Dato).ThenBy(r => r.Start)],
            [.. rader.Where(r => r.Udokumentert).OrderBy(r => r.Dato)],
            [.. rader.Where(r => r.Status == Besoksstatus.Registrert && r.Dato >= fra)], fra,
            new Oppfolgingshandlinger(
                evner.Kan(Handling.TildelKontakter), evner.Kan(Handling.PlanleggBesok), evner.Kan(Handling.LoggBesok), evner.Kan(Handling.KorrigerBesok)),
            varsel is null ? null : new Medvirkningsstatus(varsel.Sendt, varsel.Frist, varsel.SkalFolgesOpp(idag), varsel.Utfall),
            evner.Kan(Handling.VarsleManglendeMedvirkning));
    }

    /// <summary>The case page's panel: the follow-up once a vedtak is made (and after the end, when there was one); null before.</summary>
    /// <remarks>
    /// Read on every view of the case page, so it reads only what the panel shows: the contact periods, the approved vedtak and
    /// this week's visits, and the last contact. The case page's own read is the audit entry.
    /// </remarks>
    public async Task<Oppfolgingspanel?> HentPanelAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSaksopplysninger)) return null;
        if (evner.Status is not (Saksstatus.Vedtatt or Saksstatus.IOppfolging or Saksstatus.Avsluttet)) return null;
        var perioder = await tilgang.Synlige<Kontaktperiode>().AsNoTracking().Where(k => k.SakId == sakId).ToListAsync(ct);
        if (evner.Status == Saksstatus.Avsluttet && perioder.Count == 0) return null;

        var idag = Idag;
        var mandag = Timeregnskap.UkeStart(idag);
        var sondag = mandag.AddDays(6);
        var vedtak = await tilgang.Synlige<Domain.Vedtak>().AsNoTracking().Where(v => v.SakId == sakId && v.Status == Vedtaksstatus.Vedtatt).ToListAsync(ct);
        var uka = await tilgang.Synlige<Besok>().AsNoTracking().Where(b => b.SakId == sakId && b.Dato >= mandag && b.Dato <= sondag)
            .Select(b => new Timeforing(b.Dato, b.Minutter, b.Status, b.Utfall)).ToListAsync(ct);
        var sisteKontakt = await SisteKontaktAsync(sakId, ct);
        var mottatt = await tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId).Select(s => s.Mottatt).SingleAsync(ct);
        var apne = perioder.Where(p => p.ErApen).OrderBy(p => p.Rolle).ToList();
        var navn = await brukere.NavnAsync(apne.Select(p => p.BrukerId), ct);
        var start = OppfolgingStart(perioder, mottatt);
        return new Oppfolgingspanel(
            sakId, [.. apne.Select(p => Kontakt(p, navn))],
            Timeregnskap.Periode(vedtak, uka, mandag, sondag, Timeregnskap.Ukenavn(mandag), idag),
            sisteKontakt, Oppfolgingsregler.DagerSidenKontakt(sisteKontakt, start, idag),
            evner.Status == Saksstatus.IOppfolging && Oppfolgingsregler.UtenKontakt(sisteKontakt, start, idag, Regler.DagerUtenKontakt),
            new Oppfolgingshandlinger(
                evner.Kan(Handling.TildelKontakter), evner.Kan(Handling.PlanleggBesok), evner.Kan(Handling.LoggBesok), evner.Kan(Handling.KorrigerBesok)));
    }

    /// <summary>
    /// The case's bo-oppfølgere now, for anyone who may see the case (the citizen in "Mine saker" too): who to call, from when.
    /// Empty before the follow-up starts.
    /// </summary>
    public async Task<IReadOnlyList<Kontaktvisning>> KontakterAsync(Guid sakId, CancellationToken ct)
    {
        var perioder = await tilgang.Synlige<Kontaktperiode>().AsNoTracking().Where(k => k.SakId == sakId && k.Til == null).OrderBy(k => k.Rolle).ToListAsync(ct);
        if (perioder.Count == 0) return [];
        var navn = await brukere.NavnAsync(perioder.Select(p => p.BrukerId), ct);
        return [.. perioder.Select(p => Kontakt(p, navn))];
    }

    /// <summary>The day of the last contact (a visit or contact registered as gjennomført), by the one definition in <see cref="Oppfolgingsregler.ErKontakt"/>.</summary>
    private Task<DateOnly?> SisteKontaktAsync(Guid sakId, CancellationToken ct) =>
        tilgang.Synlige<Besok>().AsNoTracking()
            .Where(b => b.SakId == sakId).Where(Kontaktuttrykk.ErKontakt)
            .MaxAsync(b => (DateOnly?)b.Dato, ct);

    /// <summary>The follow-up starts with the first contact period; before any (an old case), with the case.</summary>
    private static DateOnly OppfolgingStart(IEnumerable<Kontaktperiode> perioder, DateTimeOffset mottatt) =>
        perioder.Select(p => (DateOnly?)p.Fra).Min() ?? Norsktid.Dato(mottatt);

    /// <summary>The form to plan or register a visit (and, with <paramref name="besokId"/>, to document or correct that visit).</summary>
    public async Task<Result<Besoksskjema>> HentSkjemaAsync(Guid sakId, Guid? besokId, Handling handling, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(handling)) return Result<Besoksskjema>.NotFound();
        var sak = await Sakshode(sakId).SingleAsync(ct);
        Besoksvisning? besok = null;
        if (besokId is { } id)
        {
            var visning = await HentBesokAsync(sakId, id, ct);
            if (!visning.IsSuccess) return Result<Besoksskjema>.NotFound();
            besok = visning.Value;
        }

        var oppfolgere = await OppfolgereAsync(sakId, ct);
        var maal = await MaalAsync(sakId, ct);
        var vedtak = await tilgang.Synlige<Domain.Vedtak>().AsNoTracking().Where(v => v.SakId == sakId && v.Status == Vedtaksstatus.Vedtatt).ToListAsync(ct);
        var omrader = Vedtakskjede.IKraft(vedtak, Idag)?.Innhold.Omrader ?? [];
        return new Besoksskjema(sakId, sak.Referanse, sak.Navn, oppfolgere, currentUser.Id, maal, omrader, besok);
    }

    /// <summary>One visit with its corrections; not found for a visit of another case or a case the user may not see.</summary>
    public async Task<Result<Besoksvisning>> HentBesokAsync(Guid sakId, Guid besokId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSaksopplysninger)) return Result<Besoksvisning>.NotFound();
        var besok = await tilgang.Synlige<Besok>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == besokId && b.SakId == sakId, ct);
        if (besok is null) return Result<Besoksvisning>.NotFound();
        var sak = await Sakshode(sakId).SingleAsync(ct);
        var navn = await brukere.NavnAsync(
            new[] { besok.UtfortAv, besok.PlanlagtAv, besok.RegistrertAv }.OfType<Guid>().Concat(besok.Korreksjoner.Select(k => k.Av)).Distinct(), ct);
        var maal = (await MaalAsync(sakId, ct)).ToDictionary(m => m.Id, m => m.Tekst);
        await audit.SkrivAsync(AuditHandling.Les, "Besøk", sakId, sak.PersonId, ct);
        return new Besoksvisning(
            besok.Id, sakId, sak.Referanse, sak.Navn, besok.Versjon, Rad(besok, navn, Idag), besok.Innhold,
            [.. besok.Maal.Select(m => new Maalnotatvisning(m.MaalId, maal.GetValueOrDefault(m.MaalId, "Mål som er fjernet fra kartleggingen"), m.Tekst))],
            besok.PlanlagtAv is { } p ? navn.GetValueOrDefault(p) : null, besok.Planlagt,
            besok.RegistrertAv is { } r ? navn.GetValueOrDefault(r) : null,
            [.. besok.Korreksjoner.Select(k => new Korreksjonsvisning(k.Tidspunkt, navn.GetValueOrDefault(k.Av, "Ukjent"), k.Arsak, k.Forrige)).Reverse()],
            evner.Kan(Handling.KorrigerBesok) && besok.Status == Besoksstatus.Registrert,
            evner.Kan(Handling.LoggBesok) && besok.Status == Besoksstatus.Planlagt);
    }

    public Task<Result> PlanleggAsync(PlanleggBesokCommand c, CancellationToken ct) =>
        endringer.LeggTilAsync(
            Handling.PlanleggBesok, c.SakId, c, t => db.Set<Besok>().AnyAsync(b => b.Id == c.BesokId, t),
            e =>
            {
                if (!ErOppfolger(e.Sak, c.UtfortAv!.Value)) return Task.FromResult(Result.Fail(OppfolgingFeil.IkkeOppfolger));
                var besok = Besok.Planlegg(
                    e.Sak.Id, c.UtfortAv.Value, c.Dato!.Value, c.Start, c.Minutter!.Value, c.Type!.Value, Norsktid.Dato(e.Tidspunkt), e.BrukerId, e.Tidspunkt, c.BesokId);
                if (!besok.IsSuccess) return Task.FromResult<Result>(besok);
                db.Set<Besok>().Add(besok.Value);
                return Task.FromResult(Result.Ok());
            },
            ct);

    /// <summary>A new visit logged by the user (who did it), or a planned one documented (against the version read).</summary>
    public async Task<Result> RegistrerAsync(RegistrerBesokCommand c, CancellationToken ct)
    {
        if (c.Versjon != Guid.Empty)
        {
            return await endringer.EndreAsync(
                Handling.LoggBesok, c.SakId, c, (sak, t) => db.Set<Besok>().SingleOrDefaultAsync(b => b.Id == c.BesokId && b.SakId == sak.Id, t), c.Versjon,
                async (e, besok) => await MaalFinnesAsync(e.Sak.Id, c.Maal, ct) is { } feil
                    ? Result.Fail(feil)
                    : besok.Dokumenter(c.Innhold(), Norsktid.Dato(e.Tidspunkt), e.BrukerId, e.Tidspunkt),
                ct);
        }

        return await endringer.LeggTilAsync(
            Handling.LoggBesok, c.SakId, c, t => db.Set<Besok>().AnyAsync(b => b.Id == c.BesokId, t),
            async e =>
            {
                if (await MaalFinnesAsync(e.Sak.Id, c.Maal, ct) is { } feil) return Result.Fail(feil);
                var besok = Besok.Registrer(e.Sak.Id, e.BrukerId, c.Innhold(), Norsktid.Dato(e.Tidspunkt), e.BrukerId, e.Tidspunkt, c.BesokId);
                if (!besok.IsSuccess) return besok;
                db.Set<Besok>().Add(besok.Value);
                return Result.Ok();
            },
            ct);
    }

    /// <summary>A dated correction of a registered visit, keeping what it said (helsepersonelloven § 42).</summary>
    public Task<Result> KorrigerAsync(RegistrerBesokCommand c, CancellationToken ct) =>
        endringer.EndreAsync(
            Handling.KorrigerBesok, c.SakId, c, (sak, t) => db.Set<Besok>().SingleOrDefaultAsync(b => b.Id == c.BesokId && b.SakId == sak.Id, t), c.Versjon,
            async (e, besok) => await MaalFinnesAsync(e.Sak.Id, c.Maal, ct) is { } feil
                ? Result.Fail(feil)
                : besok.Korriger(c.Innhold(), c.Korreksjonsarsak ?? "", Norsktid.Dato(e.Tidspunkt), e.BrukerId, e.Tidspunkt),
            ct);

    /// <summary>
    /// The assignment form: the contacts now, the history, and the bo-oppfølgere of the team leader's follow-up team (every one in
    /// a unit without teams) with their current load; the case's contacts now are among them whatever their team.
    /// </summary>
    public async Task<Result<Tildelingsskjema>> HentTildelingAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.TildelKontakter)) return Result<Tildelingsskjema>.NotFound();
        var sak = await tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId)
            .Select(s => new { s.Referanse, s.Versjon, s.PersonId, s.Person!.Fornavn, s.Person.Etternavn, s.PrimaerkontaktId, s.SekundaerkontaktId })
            .SingleAsync(ct);
        var vedtak = await tilgang.Synlige<Domain.Vedtak>().AsNoTracking().Where(v => v.SakId == sakId && v.Status == Vedtaksstatus.Vedtatt).ToListAsync(ct);
        var iKraft = Vedtakskjede.IKraft(vedtak, Idag) ?? Vedtakskjede.Siste(vedtak);
        var perioder = await tilgang.Synlige<Kontaktperiode>().AsNoTracking().Where(k => k.SakId == sakId).OrderByDescending(k => k.Fra).ToListAsync(ct);
        var teamet = await oppfolgingsteam.VelgAsync(null, ct, medSaker: false);
        var oppfolgere = teamet.Av(await brukere.MedRolleAsync(Roller.BoOppfolger, ct), sak.PrimaerkontaktId, sak.SekundaerkontaktId);
        var navn = await brukere.NavnAsync(perioder.Select(p => p.BrukerId).Distinct(), ct);
        await audit.SkrivAsync(AuditHandling.Les, "Kontaktansvar", sakId, sak.PersonId, ct);
        return new Tildelingsskjema(
            sakId, sak.Referanse, $"{sak.Fornavn} {sak.Etternavn}", sak.Versjon, sak.PrimaerkontaktId, sak.SekundaerkontaktId,
            iKraft?.Innhold is { Kvarter: { } k, Enhet: { } e } ? Timeberegning.Tekst(k, e) : null,
            await kapasitet.BelastningAsync(oppfolgere, ct), [.. perioder.Select(p => Kontakt(p, navn))]);
    }

    /// <summary>Assigns the contacts from a date: earlier periods ended, new ones begun; a case with a vedtak goes into follow-up.</summary>
    public Task<Result> TildelKontakterAsync(TildelKontakterCommand c, CancellationToken ct) =>
        endringer.EndreAsync(Handling.TildelKontakter, c.SakId, c.Versjon, c, async e =>
        {
            var oppfolgere = (await brukere.MedRolleAsync(Roller.BoOppfolger, ct)).Select(o => o.Id).ToHashSet();
            if (!oppfolgere.Contains(c.PrimaerkontaktId!.Value)) return Result.Fail(OppfolgingFeil.UkjentPrimaerkontakt);
            if (c.SekundaerkontaktId is { } s && !oppfolgere.Contains(s)) return Result.Fail(OppfolgingFeil.UkjentSekundaerkontakt);
            var vedtak = await db.Set<Domain.Vedtak>().Where(v => v.SakId == e.Sak.Id && v.Status == Vedtaksstatus.Vedtatt).ToListAsync(ct);
            if (Vedtakskjede.Siste(vedtak) is null) return Result.Fail(OppfolgingFeil.IngenVedtak);
            var perioder = await db.Set<Kontaktperiode>().Where(k => k.SakId == e.Sak.Id && k.Til == null).ToListAsync(ct);
            var result = e.Sak.TildelKontakter(
                c.PrimaerkontaktId.Value, c.SekundaerkontaktId, c.Fra!.Value, string.IsNullOrWhiteSpace(c.Begrunnelse) ? null : c.Begrunnelse.Trim(),
                perioder, Norsktid.Dato(e.Tidspunkt), e.BrukerId, e.Tidspunkt);
            if (!result.IsSuccess) return result;
            db.Set<Kontaktperiode>().AddRange(result.Value);
            return Result.Ok();
        }, ct);

    /// <summary>Who may be chosen to visit: the case's contacts now (a stand-in plans for themselves).</summary>
    private async Task<IReadOnlyList<(Guid Id, string Navn)>> OppfolgereAsync(Guid sakId, CancellationToken ct)
    {
        var kontakter = await tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId)
            .Select(s => new { s.PrimaerkontaktId, s.SekundaerkontaktId }).SingleAsync(ct);
        var ider = new[] { kontakter.PrimaerkontaktId, kontakter.SekundaerkontaktId, currentUser.HarRolle(Roller.BoOppfolger) ? currentUser.Id : null }
            .OfType<Guid>().Distinct().ToList();
        var navn = await brukere.NavnAsync(ider, ct);
        return [.. ider.Where(navn.ContainsKey).Select(id => (id, navn[id]))];
    }

    /// <summary>A visit is planned for one of the case's contacts, or for the bo-oppfølger planning it (a stand-in).</summary>
    private bool ErOppfolger(Sak sak, Guid brukerId) =>
        brukerId == sak.PrimaerkontaktId || brukerId == sak.SekundaerkontaktId || (brukerId == currentUser.Id && currentUser.HarRolle(Roller.BoOppfolger));

    /// <summary>The goals of the mapping, for the visit form.</summary>
    private async Task<IReadOnlyList<Maalvalg>> MaalAsync(Guid sakId, CancellationToken ct)
    {
        var kartlegging = await tilgang.Synlige<Domain.Kartlegging>().AsNoTracking().SingleOrDefaultAsync(k => k.SakId == sakId, ct);
        return kartlegging is null ? [] : [.. kartlegging.Maal.Select(m => new Maalvalg(m.Id, m.Tekst, m.Omrade))];
    }

    private async Task<Feil?> MaalFinnesAsync(Guid sakId, IReadOnlyList<Maalnotat> maal, CancellationToken ct)
    {
        if (maal.Count == 0) return null;
        var finnes = (await MaalAsync(sakId, ct)).Select(m => m.Id).ToHashSet();
        return maal.All(m => finnes.Contains(m.MaalId)) ? null : OppfolgingFeil.UkjentMaal;
    }

    private IQueryable<Sakshodet> Sakshode(Guid sakId) =>
        tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId)
            .Select(s => new Sakshodet(s.Referanse, s.PersonId, s.Person!.Fornavn + " " + s.Person.Etternavn, s.Status, s.Mottatt));

    private sealed record Sakshodet(string Referanse, Guid PersonId, string Navn, Saksstatus Status, DateTimeOffset Mottatt);

    private static Kontaktvisning Kontakt(Kontaktperiode p, IReadOnlyDictionary<Guid, string> navn) =>
        new(p.BrukerId, navn.GetValueOrDefault(p.BrukerId, "Ukjent bruker"), p.Rolle, p.Fra, p.Til, p.Begrunnelse);

    private Besoksrad Rad(Besok b, IReadOnlyDictionary<Guid, string> navn, DateOnly idag) => new(
        b.Id, b.Status, b.Dato, b.Start, b.Slutt, b.Minutter, b.Type, b.Utfall, b.Arsak, b.Omrader, b.Notat,
        navn.GetValueOrDefault(b.UtfortAv, "Ukjent bruker"), b.Registrert,
        b.Registrert is { } r && Oppfolgingsregler.ErSenRegistrert(b.Dato, r, Regler.SenRegistreringDager),
        Oppfolgingsregler.ErUdokumentert(b.Status, b.Dato, idag), b.Korreksjoner.Count);
}

/// <summary>The columns of a vedtak that "in force on a date" and the hours need, for lists over many cases (no JSON read).</summary>
public sealed record Vedtaksramme(
    Guid SakId, Vedtaksstatus Status, Vedtakstype Type, Vedtaksutfall? Utfall, DateOnly? Fra, DateOnly? Til, DateTimeOffset? Vedtatt, decimal? MinutterPerUke,
    int? Kvarter, Timeenhet? Enhet)
    : IVedtaksledd
{
    public static readonly System.Linq.Expressions.Expression<Func<Domain.Vedtak, Vedtaksramme>> Av = v =>
        new Vedtaksramme(v.SakId, v.Status, v.Type, v.Utfall, v.Fra, v.Til, v.Vedtatt, v.MinutterPerUke, v.Kvarter, v.Enhet);
}

public static class OppfolgingFeil
{
    public static readonly Feil IngenVedtak = new("oppfolging_ingen_vedtak", "Saken har ikke et vedtak med timer. Kontakter tildeles når tjenesten er innvilget.");
    public static readonly Feil UkjentPrimaerkontakt = new("oppfolging_ukjent_primaer", "Velg en bo-oppfølger fra listen.", "PrimaerkontaktId");
    public static readonly Feil UkjentSekundaerkontakt = new("oppfolging_ukjent_sekundaer", "Velg en bo-oppfølger fra listen.", "SekundaerkontaktId");
    public static readonly Feil IkkeOppfolger = new("oppfolging_ikke_oppfolger", "Velg en av sakens kontakter.", "UtfortAv");
    public static readonly Feil UkjentMaal = new("oppfolging_ukjent_maal", "Et av målene finnes ikke lenger i kartleggingen. Last siden på nytt.", "Maal");
}
