using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>
/// The transition checklist from an institution or prison to the citizen's own home (<see cref="Overgangsplan"/>, seed 004),
/// one per case and made by its first save. Every staff user who sees the case reads it; the case's bo-oppfølgere and the
/// team leader change it from the vedtak on (<see cref="Handling.RedigerOvergang"/>). The citizen reads it in "Mine saker"
/// (<see cref="MinAsync"/>), without the notes and the staff's names.
/// </summary>
public sealed class OvergangService(
    IAppDbContext db, TilgangService tilgang, IBrukerOppslag brukere, IAuditLogg audit, Saksendringer endringer, TimeProvider tid)
{
    private DateOnly Idag => Norsktid.Dato(tid.GetUtcNow());

    /// <summary>The checklist page: the plan with names for who did what, or what is needed to make one.</summary>
    public async Task<Result<OvergangVisning>> HentAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSaksopplysninger)) return Result<OvergangVisning>.NotFound();
        var sak = await tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId)
            .Select(s => new { s.Referanse, s.PersonId, s.Kanal, s.Person!.Fornavn, s.Person.Etternavn }).SingleAsync(ct);
        var plan = await tilgang.Synlige<Overgangsplan>().AsNoTracking().SingleOrDefaultAsync(p => p.SakId == sakId, ct);
        var (fraInstitusjon, utflytting) = await OpphavAsync(sakId, sak.Kanal, ct);
        await audit.SkrivAsync(AuditHandling.Les, "Overgangsplan", sakId, sak.PersonId, ct);
        if (plan is null)
        {
            return new OvergangVisning(
                sakId, sak.Referanse, $"{sak.Fornavn} {sak.Etternavn}", fraInstitusjon, utflytting, Guid.Empty, null, [], null, null,
                evner.Kan(Handling.RedigerOvergang));
        }

        var ider = plan.Punkter.SelectMany(p => p.Gjenapninger.SelectMany(g => new[] { g.GjortAv, g.Av }).Append(p.GjortAv ?? Guid.Empty))
            .Append(plan.SistEndretAv ?? Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        var navn = await brukere.NavnAsync(ider, ct);
        return new OvergangVisning(
            sakId, sak.Referanse, $"{sak.Fornavn} {sak.Etternavn}", fraInstitusjon, utflytting, plan.Versjon, Periode(plan),
            await PunkterAsync(plan, navn, medKoblinger: true, ct), plan.SistEndret, Navn(navn, plan.SistEndretAv), evner.Kan(Handling.RedigerOvergang));
    }

    /// <summary>
    /// The case page's panel: for a case that came from an institution or prison, or has a plan. Null when there is nothing
    /// to show (the panel is then left out), or for a user who may not see the case.
    /// </summary>
    public async Task<OvergangKort?> KortAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSaksopplysninger)) return null;
        var plan = await tilgang.Synlige<Overgangsplan>().AsNoTracking().SingleOrDefaultAsync(p => p.SakId == sakId, ct);
        var sak = await tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId).Select(s => new { s.PersonId, s.Kanal }).SingleAsync(ct);
        if (plan is null)
        {
            var kanOpprette = evner.Kan(Handling.RedigerOvergang);
            if (!kanOpprette || !(await OpphavAsync(sakId, sak.Kanal, ct)).FraInstitusjon) return null;
            return new OvergangKort(sakId, false, 0, 0, null, [], null, KanOpprette: true);
        }

        await audit.SkrivAsync(AuditHandling.Les, "Overgangsplan", sakId, sak.PersonId, ct);
        var navn = await brukere.NavnAsync(plan.Punkter.Select(p => p.GjortAv).OfType<Guid>().Distinct(), ct);
        var punkter = await PunkterAsync(plan, navn, medKoblinger: false, ct);
        var neste = punkter.Where(p => !p.ErGjort).OrderBy(p => p.Frist).ThenBy(p => p.Punkt).FirstOrDefault();
        return new OvergangKort(sakId, true, plan.AntallGjort, plan.Punkter.Count, neste, [.. punkter.Where(p => p.Forfalt)], Periode(plan), false);
    }

    /// <summary>
    /// What the citizen sees in "Mine saker": each item with its date, who answers for it and when it was done. Null for a case
    /// the user may not see, or without a plan.
    /// </summary>
    public async Task<MinOvergang?> MinAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSak)) return null;
        var plan = await tilgang.Synlige<Overgangsplan>().AsNoTracking().SingleOrDefaultAsync(p => p.SakId == sakId, ct);
        if (plan is null) return null;
        var personId = await tilgang.SynligeSaker().Where(s => s.Id == sakId).Select(s => s.PersonId).SingleAsync(ct);
        await audit.SkrivAsync(AuditHandling.Les, "Overgangsplan", sakId, personId, ct);
        return new MinOvergang(plan.Innflytting, plan.FireUkerSlutt, [.. plan.Punkter.Select(p => new MittOvergangspunkt(p.Punkt, p.Frist, p.Ansvarlig, p.GjortDato))]);
    }

    /// <summary>Makes the checklist from the standard list (the form carries <see cref="Guid.Empty"/>), with dates suggested from the move-in date.</summary>
    public Task<Result> OpprettAsync(OvergangsperiodeCommand c, CancellationToken ct) =>
        endringer.EndreEllerOpprettAsync(
            Handling.RedigerOvergang, c.SakId, c, Hent, sakId => new Overgangsplan(sakId), c.Versjon,
            (e, plan) => Task.FromResult(plan.Opprett(c.Innflytting!.Value, c.InstitusjonSlutt, Norsktid.Dato(e.Tidspunkt), e.BrukerId, e.Tidspunkt)),
            ct);

    /// <summary>New dates for the period; the items not done move with the move-in date.</summary>
    public Task<Result> EndrePeriodeAsync(OvergangsperiodeCommand c, CancellationToken ct) =>
        endringer.EndreAsync(
            Handling.RedigerOvergang, c.SakId, c, Hent, c.Versjon,
            (e, plan) => Task.FromResult(plan.EndrePeriode(c.Innflytting!.Value, c.InstitusjonSlutt, Norsktid.Dato(e.Tidspunkt), e.BrukerId, e.Tidspunkt)),
            ct);

    public Task<Result> EndrePunktAsync(EndreOvergangspunktCommand c, CancellationToken ct) =>
        endringer.EndreAsync(
            Handling.RedigerOvergang, c.SakId, c, Hent, c.Versjon,
            (e, plan) => Task.FromResult(plan.EndrePunkt(c.Punkt, c.Frist!.Value, c.Ansvarlig ?? "", c.Merknad, e.BrukerId, e.Tidspunkt)),
            ct);

    public Task<Result> MarkerGjortAsync(MarkerOvergangspunktCommand c, CancellationToken ct) =>
        endringer.EndreAsync(
            Handling.RedigerOvergang, c.SakId, c, Hent, c.Versjon,
            (e, plan) => Task.FromResult(plan.MarkerGjort(c.Punkt, c.GjortDato!.Value, Norsktid.Dato(e.Tidspunkt), e.BrukerId, e.Tidspunkt)),
            ct);

    public Task<Result> GjenapneAsync(GjenapneOvergangspunktCommand c, CancellationToken ct) =>
        endringer.EndreAsync(
            Handling.RedigerOvergang, c.SakId, c, Hent, c.Versjon,
            (e, plan) => Task.FromResult(plan.Gjenapne(c.Punkt, c.Arsak ?? "", e.BrukerId, e.Tidspunkt)),
            ct);

    private Task<Overgangsplan?> Hent(Sak sak, CancellationToken ct) => db.Set<Overgangsplan>().SingleOrDefaultAsync(p => p.SakId == sak.Id, ct);

    /// <summary>Whether the case came from an institution or prison (<see cref="Overgangsregler.KomFraInstitusjon"/>), and the move-out date the application gave.</summary>
    private async Task<(bool FraInstitusjon, DateOnly? Utflytting)> OpphavAsync(Guid sakId, Kanal kanal, CancellationToken ct)
    {
        var innhold = kanal == Kanal.Soknad
            ? await tilgang.Synlige<Domain.Soknad>().AsNoTracking().Where(s => s.SakId == sakId).Select(s => s.Innhold).SingleOrDefaultAsync(ct)
            : null;
        var bosituasjon = innhold?.Bosituasjon;
        return (Overgangsregler.KomFraInstitusjon(kanal, bosituasjon?.Boform), bosituasjon?.Utflyttingsdato);
    }

    /// <summary>The items for display; with the records two of them point to (<paramref name="medKoblinger"/>) on the checklist page, not on the case page's panel.</summary>
    private async Task<IReadOnlyList<OvergangspunktVisning>> PunkterAsync(
        Overgangsplan plan, IReadOnlyDictionary<Guid, string> navn, bool medKoblinger, CancellationToken ct)
    {
        var idag = Idag;
        // The boligmøte held: the last registered one, shown beside the item (which is still ticked by hand).
        var boligmote = !medKoblinger ? null : await tilgang.Synlige<Samarbeidsmote>().AsNoTracking()
            .Where(m => m.SakId == plan.SakId && m.Type == Motetype.Boligmote).OrderByDescending(m => m.Dato)
            .Select(m => new { m.Id, m.Dato }).FirstOrDefaultAsync(ct);
        var avtale = !medKoblinger ? null
            : await tilgang.Synlige<Samarbeidsavtale>().AsNoTracking().Where(a => a.SakId == plan.SakId).Select(a => (DateOnly?)a.AvtaltDato).SingleOrDefaultAsync(ct);
        Kobling? KoblingFor(Overgangspunkt p) => !medKoblinger ? null : p switch
        {
            Overgangspunkt.Boligmote when boligmote is not null =>
                new Kobling("Boligmøte registrert", boligmote.Dato, $"/saker/{plan.SakId}/moter/{boligmote.Id}"),
            Overgangspunkt.HusordensreglerOgPlikter => avtale is { } dato
                ? new Kobling("Samarbeidsavtale inngått", dato, $"/saker/{plan.SakId}/planer/samarbeidsavtale")
                : new Kobling("Samarbeidsavtalen med standardpliktene", null, $"/saker/{plan.SakId}/planer/samarbeidsavtale"),
            _ => null,
        };

        return [.. plan.Punkter.Select(p => new OvergangspunktVisning(
            p.Punkt, p.Frist, p.Ansvarlig, p.Merknad, p.GjortDato, Navn(navn, p.GjortAv), p.GjortRegistrert, p.ErForfalt(idag),
            [.. p.Gjenapninger.Select(g => new GjenapningVisning(g.GjortDato, Navn(navn, g.GjortAv), g.Tidspunkt, Navn(navn, g.Av), g.Arsak))],
            KoblingFor(p.Punkt)))];
    }

    private static Overgangsperiode Periode(Overgangsplan plan) => new(plan.Innflytting, plan.InstitusjonSlutt, plan.FireUkerSlutt, plan.OverlappDager);

    private static string? Navn(IReadOnlyDictionary<Guid, string> navn, Guid? id) => id is { } i ? navn.GetValueOrDefault(i) : null;
}
