using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Kartlegging;

/// <summary>
/// The mapping done with the citizen (phase 1, second half): kartleggingsmøter, needs per help area, the
/// citizen's goals, finishing the mapping, the innstilling, and corrections of a finished mapping with their
/// reasons. For the vurderingsteam's members on their team's cases and the team leader
/// (<see cref="Handling.Kartlegg"/>, <see cref="Handling.SkrivInnstilling"/>); every change goes through
/// <see cref="Saksendringer"/> against the version of the case's <see cref="Domain.Kartlegging"/>, so a
/// letter or the intake never makes the team's form stale. The mapping itself is started by the
/// vurderingsmøte (another service); without it the case has nothing here and every call is "not found".
/// </summary>
public sealed class KartleggingsarbeidService(
    IAppDbContext db, TilgangService tilgang, IBrukerOppslag brukere, IAuditLogg audit, Saksendringer endringer, TimeProvider tid)
{
    /// <summary>How far ahead a goal's target date may be.</summary>
    public const int MaksAarTilMaldato = 5;

    public static readonly Feil ParorendeUtenSamtykke = new(
        "parorende_uten_samtykke",
        "Pårørende kan bare delta når innbyggeren har samtykket til det. Saken har ikke et gyldig samtykke som gjelder pårørende. Har innbyggeren samtykket muntlig eller skriftlig, registrer samtykket under «Samtykker» på saken først.");

    public static Feil ParorendeIkkeISamtykket(string navn) => new(
        "parorende_ikke_i_samtykket",
        $"Innbyggeren har ikke samtykket til at {navn} deltar. Skriv navnet slik det står i samtykket, eller registrer samtykket for denne personen under «Samtykker» på saken først.");

    public static readonly Feil MaldatoPassert = new("maldato_passert", "Datoen målet skal være nådd, må være fram i tid.", "Maldato");

    public static readonly Feil MaldatoForLangt = new(
        "maldato_for_langt", $"Datoen målet skal være nådd, kan være høyst {MaksAarTilMaldato} år fram i tid.", "Maldato");

    private DateOnly Idag => Norsktid.Dato(tid.GetUtcNow());

    /// <summary>
    /// The rule for pårørende at a kartleggingsmøte: the case must have a consent, given and not withdrawn, for a
    /// pårørende (<see cref="Samtykke.Formaal"/>; registered by staff or given in "Mine saker", or an older one whose
    /// source names pårørende, <see cref="Samtykke.FormaalFraKilde"/>). A consent for the GP or NAV is not one for the family.
    /// </summary>
    public static bool GjelderParorende(Samtykke samtykke) => samtykke.GjelderParorende;

    /// <summary>
    /// The mapping for staff who may see the case (<see cref="Handling.SeSaksopplysninger"/>), with what this
    /// user may do now. Not found for a citizen, for a user who may not see the case, and for a case the
    /// vurderingsteam has not started a mapping on. The read is audited (once per request with the case page).
    /// </summary>
    public async Task<Result<KartleggingsarbeidVisning>> HentAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSaksopplysninger)) return Result<KartleggingsarbeidVisning>.NotFound();
        var sak = await tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId)
            .Select(s => new { s.Id, s.Referanse, s.Person!.Fornavn, s.Person.Etternavn, s.PersonId, s.Status })
            .SingleOrDefaultAsync(ct);
        var k = await tilgang.Synlige<Domain.Kartlegging>().AsNoTracking().SingleOrDefaultAsync(x => x.SakId == sakId, ct);
        if (sak is null || k is null) return Result<KartleggingsarbeidVisning>.NotFound();

        var harFerdigIplos = await tilgang.Synlige<IplosVurdering>().AnyAsync(v => v.SakId == sakId && v.Ferdig != null, ct);
        var soknad = await tilgang.Synlige<Domain.Soknad>().AsNoTracking().Where(s => s.SakId == sakId).Select(s => s.Innhold).SingleOrDefaultAsync(ct);
        var forberedelse = await tilgang.Synlige<Forberedelse>().AsNoTracking().SingleOrDefaultAsync(f => f.SakId == sakId, ct);
        var samtykker = await tilgang.Synlige<Samtykke>().AsNoTracking().Where(s => s.SakId == sakId).ToListAsync(ct);

        var navn = await brukere.NavnAsync(
            k.Kartleggingsmoter.Select(m => m.RegistrertAv)
                .Concat(k.Endringer.Select(e => e.EndretAv))
                .Concat(k.FerdigstiltAv is { } f ? [f] : [])
                .Concat(k.Innstilling is { } i ? [i.SkrevetAv] : [])
                .Distinct(),
            ct);
        string? Navn(Guid? id) => id is { } i && navn.TryGetValue(i, out var n) ? n : null;

        var mangler = new List<string>();
        if (k.Ferdigstilt is null && sak.Status == Saksstatus.Kartlegging)
        {
            mangler.AddRange(k.Mangler());
            if (!harFerdigIplos) mangler.Add("en ferdig IPLOS-vurdering");
        }

        var bareAvslag = sak.Status == Saksstatus.TilVurdering && k.Ferdigstilt is null
            && k.SisteVurdering?.Konklusjon == Vurderingskonklusjon.FyllerIkkeKriteriene;
        var kanKartlegge = evner.Kan(Handling.Kartlegg);
        var handlinger = new KartleggingsarbeidHandlinger(
            KanKartlegge: kanKartlegge,
            KanFerdigstille: kanKartlegge && sak.Status == Saksstatus.Kartlegging && k.Ferdigstilt is null,
            KanSkriveInnstilling: evner.Kan(Handling.SkrivInnstilling) && (k.Ferdigstilt is not null || bareAvslag));

        await audit.SkrivAsync(AuditHandling.Les, "Kartlegging", sakId, sak.PersonId, ct);
        return new KartleggingsarbeidVisning(
            sak.Id, sak.Referanse, $"{sak.Fornavn} {sak.Etternavn}", sak.Status, k.Versjon, k.Ferdigstilt, Navn(k.FerdigstiltAv),
            [.. k.Kartleggingsmoter.Select(m => new KartleggingsmoteVisning(m.Dato, m.Sted, m.BrukerenDeltok, m.Andre, m.BrukerensSyn, Navn(m.RegistrertAv), m.Registrert))],
            k.Behov, k.Maal,
            k.Innstilling is { } innstilling ? new InnstillingVisning(innstilling, Navn(innstilling.SkrevetAv)) : null,
            mangler,
            [.. k.Endringer.OrderByDescending(e => e.Tidspunkt).Select(e => new KartleggingsendringVisning(e.Del, Navn(e.EndretAv), e.Tidspunkt, e.Begrunnelse, e.Tidligere, e.Ny))],
            soknad?.Hjelpebehov,
            forberedelse is { ErTom: false } fb ? new InnbyggerensForberedelse(fb.HvaJegKlarer, fb.Onsker, fb.Maal, fb.SistEndret) : null,
            samtykker.Any(GjelderParorende),
            bareAvslag,
            handlinger);
    }

    /// <summary>A kartleggingsmøte, new or corrected; pårørende among the others only on the citizen's consent (<see cref="GjelderParorende"/>).</summary>
    public Task<Result> RegistrerMoteAsync(KartleggingsmoteCommand c, CancellationToken ct) =>
        EndreAsync(Handling.Kartlegg, c.SakId, c.Versjon, c, async (e, k) =>
        {
            // Each pårørende by name: a consent for the brother does not let the neighbour's daughter in.
            var paarorende = c.Andre.Select((a, i) => (a, i)).Where(x => !x.a.ErTom && x.a.ErParorende).ToList();
            if (paarorende.Count > 0)
            {
                var samtykker = await db.Samtykker.AsNoTracking().Where(s => s.SakId == e.Sak.Id).ToListAsync(ct);
                if (!samtykker.Any(GjelderParorende)) return Result.Fail(ParorendeUtenSamtykke with { Felt = $"Andre[{paarorende[0].i}].ErParorende" });
                foreach (var (a, i) in paarorende)
                {
                    if (!samtykker.Any(s => s.GjelderParorendeMedNavn(a.Navn!))) return Result.Fail(ParorendeIkkeISamtykket(a.Navn!.Trim()) with { Felt = $"Andre[{i}].Navn" });
                }
            }

            var andre = c.Andre.Where(a => !a.ErTom).Select(a => new Motedeltaker(a.Navn!.Trim(), a.Rolle!.Trim(), a.ErParorende)).ToList();
            var mote = new Kartleggingsmote(c.Dato!.Value, c.Sted!.Value, c.BrukerenDeltok!.Value, andre, c.BrukerensSyn!.Trim(), e.BrukerId, e.Tidspunkt);
            return c.Nr is { } nr
                ? e.Sak.EndreKartleggingsmote(k, nr, mote, Korrigering(k, c.Korrigering), e.BrukerId, e.Tidspunkt)
                : e.Sak.RegistrerKartleggingsmote(k, mote, Korrigering(k, c.Korrigering), e.BrukerId, e.Tidspunkt);
        }, ct);

    /// <summary>The needs per help area: an area left empty has none.</summary>
    public Task<Result> LagreBehovAsync(BehovCommand c, CancellationToken ct) =>
        EndreAsync(Handling.Kartlegg, c.SakId, c.Versjon, c, (e, k) =>
        {
            var behov = c.Behov.Where(b => !b.ErTom)
                .Select(b => new Omradebehov(b.Omrade, b.SituasjonNaa!.Trim(), b.HjelpSomTrengs!.Trim(), b.Prioritet!.Value)).ToList();
            return Task.FromResult(Korriger(e, k, "Behov", () => k.LagreBehov(behov, Korrigering(k, c.Korrigering), e.BrukerId, e.Tidspunkt)));
        }, ct);

    /// <summary>A new goal, or a change to one. A new or changed target date must be ahead; a goal corrected later keeps the date it had.</summary>
    public Task<Result> LagreMaalAsync(MaalCommand c, CancellationToken ct) =>
        EndreAsync(Handling.Kartlegg, c.SakId, c.Versjon, c, (e, k) =>
        {
            var forrige = c.MaalId is { } id ? k.Maal.FirstOrDefault(m => m.Id == id) : null;
            if (c.MaalId is not null && forrige is null) return Task.FromResult(Result.NotFound());
            var maldato = c.Maldato!.Value;
            if (maldato != forrige?.Maldato)
            {
                if (maldato <= Idag) return Task.FromResult(Result.Fail(MaldatoPassert));
                if (maldato > Idag.AddYears(MaksAarTilMaldato)) return Task.FromResult(Result.Fail(MaldatoForLangt));
            }

            var maal = new Maal(forrige?.Id ?? Guid.CreateVersion7(), c.Tekst!.Trim(), c.Omrade!.Value, c.HvordanVite!.Trim(), maldato);
            return Task.FromResult(Korriger(e, k, "Mål", () => k.LagreMaal(maal, Korrigering(k, c.Korrigering), e.BrukerId, e.Tidspunkt)));
        }, ct);

    public Task<Result> FjernMaalAsync(FjernMaalCommand c, CancellationToken ct) =>
        EndreAsync(Handling.Kartlegg, c.SakId, c.Versjon, c, (e, k) =>
            Task.FromResult(Korriger(e, k, "Mål", () => k.FjernMaal(c.MaalId, Korrigering(k, c.Korrigering), e.BrukerId, e.Tidspunkt))), ct);

    /// <summary>Finishes the mapping; refused with the list of what is missing, a finished IPLOS assessment included.</summary>
    public Task<Result> FerdigstillAsync(FerdigstillKartleggingCommand c, CancellationToken ct) =>
        EndreAsync(Handling.Kartlegg, c.SakId, c.Versjon, c, async (e, k) =>
        {
            var iplos = await db.Set<IplosVurdering>().AsNoTracking()
                .Where(v => v.SakId == e.Sak.Id && v.Ferdig != null).OrderByDescending(v => v.Dato).ThenByDescending(v => v.Id).FirstOrDefaultAsync(ct);
            return e.Sak.FerdigstillKartlegging(k, iplos, e.BrukerId, e.Tidspunkt);
        }, ct);

    /// <summary>
    /// The innstilling; the case goes on to <see cref="Saksstatus.Innstilling"/> and stops there. Hours, areas and
    /// dates count only for innvilge and delvis innvilge; a second one is a correction and needs its reason.
    /// </summary>
    public Task<Result> SkrivInnstillingAsync(InnstillingCommand c, CancellationToken ct) =>
        EndreAsync(Handling.SkrivInnstilling, c.SakId, c.Versjon, c, (e, k) =>
        {
            var gir = c.GirTimer;
            var innstilling = new Innstilling(
                c.Utfall!.Value, gir ? [.. c.Omrader.Distinct().Order()] : [], gir ? c.Kvarter : null, gir ? c.Enhet : null,
                gir ? c.Fra : null, gir ? c.Til : null, gir ? c.Evalueringsdato : null, c.Begrunnelse!.Trim(), e.BrukerId, e.Tidspunkt);
            var korrigering = k.Innstilling is null ? null : c.Korrigering;
            return Task.FromResult(e.Sak.SkrivInnstilling(k, innstilling, korrigering, e.BrukerId, e.Tidspunkt));
        }, ct);

    private Task<Result> EndreAsync<TCommand>(
        Handling handling, Guid sakId, Guid versjon, TCommand command, Func<Saksendring, Domain.Kartlegging, Task<Result>> endre, CancellationToken ct)
        where TCommand : class =>
        endringer.EndreAsync(
            handling, sakId, command, (sak, t) => db.Set<Domain.Kartlegging>().SingleOrDefaultAsync(k => k.SakId == sak.Id, t), versjon, endre, ct);

    /// <summary>The reason for a change counts only once the mapping is finished; before that a change needs none.</summary>
    private static string? Korrigering(Domain.Kartlegging k, string? korrigering) => k.Ferdigstilt is null ? null : korrigering;

    /// <summary>A change on the aggregate alone: a correction of a finished mapping goes on the staff timeline too.</summary>
    private static Result Korriger(Saksendring e, Domain.Kartlegging k, string del, Func<Result> endring)
    {
        var antallFor = k.Endringer.Count;
        var result = endring();
        if (result.IsSuccess && k.Endringer.Count > antallFor) e.Sak.NoterKorrigering(del, e.BrukerId, e.Tidspunkt);
        return result;
    }
}
