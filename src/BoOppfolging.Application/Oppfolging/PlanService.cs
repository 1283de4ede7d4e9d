using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>
/// The plans of the follow-up, each one per case and made by its first save: the individuell plan (revised, never
/// overwritten: the earlier version is kept), the kriseplan (shown to every staff user at the top of the case page) and
/// the samarbeidsavtale. Staff on the case read them; the case's bo-oppfølgere and the team leader write them while the
/// case is in follow-up (<see cref="Handling.RedigerPlaner"/>). The citizen reads the individuell plan and the
/// samarbeidsavtale in "Mine saker" (<see cref="MineAsync"/>), never the kriseplan.
/// Whether the citizen has a plan, and its koordinator, are kept once, on <see cref="Saksvarsler"/>: saving a plan sets
/// them there in the same save.
/// </summary>
public sealed class PlanService(
    IAppDbContext db, TilgangService tilgang, IBrukerOppslag brukere, IAuditLogg audit, Saksendringer endringer, TimeProvider tid)
{
    private DateOnly Idag => Norsktid.Dato(tid.GetUtcNow());

    /// <summary>What the case has, for the panel on the staff case page: the kriseplan in full, the others in short.</summary>
    public async Task<Result<PlanOversikt>> OversiktAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSaksopplysninger)) return Result<PlanOversikt>.NotFound();
        var varsler = await Varsler(sakId, ct);
        var plan = await tilgang.Synlige<IndividuellPlan>().AsNoTracking().Where(p => p.SakId == sakId)
            .Select(p => new { p.PeriodeFra, p.PeriodeTil, p.Revisjonsdato, p.SistEndret }).SingleOrDefaultAsync(ct);
        var krise = await tilgang.Synlige<Kriseplan>().AsNoTracking().SingleOrDefaultAsync(k => k.SakId == sakId, ct);
        var avtale = await tilgang.Synlige<Samarbeidsavtale>().AsNoTracking().Where(a => a.SakId == sakId)
            .Select(a => new { a.AvtaltDato, a.SignertDato }).SingleOrDefaultAsync(ct);
        if (plan is not null || krise is not null || avtale is not null)
        {
            var personId = await tilgang.SynligeSaker().Where(s => s.Id == sakId).Select(s => s.PersonId).SingleAsync(ct);
            await audit.SkrivAsync(AuditHandling.Les, "Planer", sakId, personId, ct);
        }

        return new PlanOversikt(
            sakId, varsler.Status, varsler.Koordinator,
            plan is null ? null : new PlanKort(plan.PeriodeFra, plan.PeriodeTil, plan.Revisjonsdato, plan.Revisjonsdato < Idag),
            krise is null ? null : await KriseAsync(krise, ct),
            avtale is null ? null : new AvtaleKort(avtale.AvtaltDato, avtale.SignertDato),
            KanEndre: evner.Kan(Handling.RedigerPlaner));
    }

    /// <summary>The individuell plan with its earlier versions, for staff on the case.</summary>
    public async Task<Result<IndividuellPlanVisning>> HentIndividuellPlanAsync(Guid sakId, CancellationToken ct)
    {
        var (evner, sak) = await SakAsync(sakId, ct);
        if (evner is null || sak is null) return Result<IndividuellPlanVisning>.NotFound();
        var plan = await tilgang.Synlige<IndividuellPlan>().AsNoTracking().SingleOrDefaultAsync(p => p.SakId == sakId, ct);
        var varsler = await Varsler(sakId, ct);
        var navn = await brukere.NavnAsync(
            new[] { plan?.OpprettetAv, plan?.SistEndretAv }.OfType<Guid>().Concat(plan?.Revisjoner.Select(r => r.Av) ?? []).Distinct(), ct);
        await audit.SkrivAsync(AuditHandling.Les, "Individuell plan", sakId, sak.PersonId, ct);
        return new IndividuellPlanVisning(
            sak.Hode, plan?.Versjon ?? Guid.Empty, plan?.Innhold, varsler.Status, varsler.Koordinator,
            plan?.Opprettet, Navn(navn, plan?.OpprettetAv), plan?.SistEndret, Navn(navn, plan?.SistEndretAv),
            [.. (plan?.Revisjoner ?? []).Reverse().Select(r => new PlanrevisjonVisning(r.Tidspunkt, Navn(navn, r.Av), r.Koordinator, r.Innhold))],
            plan?.RevisjonForfalt(Idag) ?? false, evner.Kan(Handling.RedigerPlaner));
    }

    /// <summary>The kriseplan, for staff on the case.</summary>
    public async Task<Result<KriseplanVisning>> HentKriseplanAsync(Guid sakId, CancellationToken ct)
    {
        var (evner, sak) = await SakAsync(sakId, ct);
        if (evner is null || sak is null) return Result<KriseplanVisning>.NotFound();
        var krise = await tilgang.Synlige<Kriseplan>().AsNoTracking().SingleOrDefaultAsync(k => k.SakId == sakId, ct);
        await audit.SkrivAsync(AuditHandling.Les, "Kriseplan", sakId, sak.PersonId, ct);
        return new KriseplanVisning(sak.Hode, krise?.Versjon ?? Guid.Empty, krise is null ? null : await KriseAsync(krise, ct), evner.Kan(Handling.RedigerPlaner));
    }

    /// <summary>The samarbeidsavtale, for staff on the case.</summary>
    public async Task<Result<SamarbeidsavtaleVisning>> HentSamarbeidsavtaleAsync(Guid sakId, CancellationToken ct)
    {
        var (evner, sak) = await SakAsync(sakId, ct);
        if (evner is null || sak is null) return Result<SamarbeidsavtaleVisning>.NotFound();
        var avtale = await tilgang.Synlige<Samarbeidsavtale>().AsNoTracking().SingleOrDefaultAsync(a => a.SakId == sakId, ct);
        var navn = avtale?.SistEndretAv is { } id ? (await brukere.NavnAsync([id], ct)).GetValueOrDefault(id) : null;
        await audit.SkrivAsync(AuditHandling.Les, "Samarbeidsavtale", sakId, sak.PersonId, ct);
        return new SamarbeidsavtaleVisning(
            sak.Hode, avtale?.Versjon ?? Guid.Empty,
            avtale is null ? null : new AvtaleInnhold(avtale.AvtaltDato, avtale.Plikter, avtale.AndrePlikter, avtale.TjenestensPlikter, avtale.SignertDato),
            avtale?.SistEndret, navn, evner.Kan(Handling.RedigerPlaner));
    }

    /// <summary>
    /// What the citizen sees in "Mine saker": their individuell plan (as it stands now, with its koordinator) and their
    /// samarbeidsavtale, read-only. Null for a case the user may not see, or when neither exists.
    /// </summary>
    public async Task<MinePlaner?> MineAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSak)) return null;
        var plan = await tilgang.Synlige<IndividuellPlan>().AsNoTracking().SingleOrDefaultAsync(p => p.SakId == sakId, ct);
        var avtale = await tilgang.Synlige<Samarbeidsavtale>().AsNoTracking().SingleOrDefaultAsync(a => a.SakId == sakId, ct);
        if (plan is null && avtale is null) return null;
        var personId = await tilgang.SynligeSaker().Where(s => s.Id == sakId).Select(s => s.PersonId).SingleAsync(ct);
        await audit.SkrivAsync(AuditHandling.Les, "Planer", sakId, personId, ct);
        var varsler = await Varsler(sakId, ct);
        return new MinePlaner(
            plan?.Innhold, plan is null ? null : varsler.Koordinator, plan?.SistEndret is { } endret ? Norsktid.Dato(endret) : null,
            avtale is null ? null : new AvtaleInnhold(avtale.AvtaltDato, avtale.Plikter, avtale.AndrePlikter, avtale.TjenestensPlikter, avtale.SignertDato));
    }

    /// <summary>
    /// Writes or revises the individuell plan (the version it replaces is kept), and in the same save marks on the case's
    /// flags that the citizen has a plan, with its koordinator.
    /// </summary>
    public async Task<Result> LagreIndividuellPlanAsync(LagreIndividuellPlanCommand c, CancellationToken ct)
    {
        Saksvarsler? nyeVarsler = null;
        try
        {
            return await endringer.EndreEllerOpprettAsync(
                Handling.RedigerPlaner, c.SakId, c,
                (sak, t) => db.Set<IndividuellPlan>().SingleOrDefaultAsync(p => p.SakId == sak.Id, t), sakId => new IndividuellPlan(sakId), c.Versjon,
                async (e, plan) =>
                {
                    var varsler = await db.Set<Saksvarsler>().SingleOrDefaultAsync(v => v.SakId == e.Sak.Id, ct);
                    var nye = varsler is null;
                    varsler ??= new Saksvarsler(e.Sak.Id);
                    var lagret = plan.Lagre(c.Innhold(), varsler.Koordinator, Norsktid.Dato(e.Tidspunkt), e.BrukerId, e.Tidspunkt);
                    if (!lagret.IsSuccess) return lagret;
                    var satt = varsler.SettIndividuellPlan(c.Koordinator, e.BrukerId, e.Tidspunkt);
                    if (!satt.IsSuccess) return satt;
                    if (nye) db.Set<Saksvarsler>().Add(nyeVarsler = varsler);
                    return Result.Ok();
                },
                ct);
        }
        catch (DbUpdateException) when (nyeVarsler is not null)
        {
            // The case's flags were made by someone else meanwhile (their unique index on the case): look again, as for any conflict.
            return Result.Fail(Feil.Konflikt);
        }
    }

    /// <summary>Writes the kriseplan as a whole.</summary>
    public Task<Result> LagreKriseplanAsync(LagreKriseplanCommand c, CancellationToken ct) =>
        endringer.EndreEllerOpprettAsync(
            Handling.RedigerPlaner, c.SakId, c,
            (sak, t) => db.Set<Kriseplan>().SingleOrDefaultAsync(k => k.SakId == sak.Id, t), sakId => new Kriseplan(sakId), c.Versjon,
            (e, krise) => Task.FromResult(krise.Lagre(
                c.Varselsignaler ?? "", c.Tiltak ?? "", [.. c.Kontakter.Select(k => new Krisekontakt(k.Navn ?? "", k.Telefon ?? "", k.Rolle))],
                c.AvtaltMedInnbygger, Norsktid.Dato(e.Tidspunkt), e.BrukerId, e.Tidspunkt)),
            ct);

    /// <summary>Writes the samarbeidsavtale as a whole.</summary>
    public Task<Result> LagreSamarbeidsavtaleAsync(LagreSamarbeidsavtaleCommand c, CancellationToken ct) =>
        endringer.EndreEllerOpprettAsync(
            Handling.RedigerPlaner, c.SakId, c,
            (sak, t) => db.Set<Samarbeidsavtale>().SingleOrDefaultAsync(a => a.SakId == sak.Id, t), sakId => new Samarbeidsavtale(sakId), c.Versjon,
            (e, avtale) => Task.FromResult(avtale.Lagre(
                c.AvtaltDato!.Value, c.Plikter, c.AndrePlikter, c.TjenestensPlikter, c.SignertDato, Norsktid.Dato(e.Tidspunkt), e.BrukerId, e.Tidspunkt)),
            ct);

    private async Task<(IndividuellPlanStatus Status, string? Koordinator)> Varsler(Guid sakId, CancellationToken ct)
    {
        var v = await tilgang.Synlige<Saksvarsler>().AsNoTracking().Where(v => v.SakId == sakId)
            .Select(v => new { v.IndividuellPlan, v.Koordinator }).SingleOrDefaultAsync(ct);
        return (v?.IndividuellPlan ?? IndividuellPlanStatus.Nei, v?.Koordinator);
    }

    private sealed record Sakdata(PlanSak Hode, Guid PersonId);

    private async Task<(Saksevner? Evner, Sakdata? Sak)> SakAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSaksopplysninger)) return (null, null);
        var sak = await tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId)
            .Select(s => new { s.Referanse, s.PersonId, s.Person!.Fornavn, s.Person.Etternavn }).SingleAsync(ct);
        return (evner, new Sakdata(new PlanSak(sakId, sak.Referanse, $"{sak.Fornavn} {sak.Etternavn}"), sak.PersonId));
    }

    private async Task<KriseplanInnhold> KriseAsync(Kriseplan k, CancellationToken ct)
    {
        var navn = k.SistEndretAv is { } id ? (await brukere.NavnAsync([id], ct)).GetValueOrDefault(id) : null;
        return new KriseplanInnhold(k.Varselsignaler, k.Tiltak, k.Kontakter, k.AvtaltMedInnbygger, k.SistEndret, navn);
    }

    private static string? Navn(IReadOnlyDictionary<Guid, string> navn, Guid? id) => id is { } i ? navn.GetValueOrDefault(i) : null;
}
