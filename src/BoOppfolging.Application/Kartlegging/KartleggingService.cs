using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Mottak;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Kartlegging;

/// <summary>
/// The vurderingsteam's work on a case (phase 1, second half), first slice: the team's queue, taking a case
/// (or the team leader giving it to a member), and the vurderingsmøte with its conclusion. Every change goes
/// through <see cref="Saksendringer"/> with the case's <see cref="Domain.Kartlegging"/> and its own version;
/// the aggregate is made the first time something is done to it (see <see cref="EndreAsync{TCommand}"/>).
/// </summary>
public sealed class KartleggingService(
    IAppDbContext db,
    TilgangService tilgang,
    ICurrentUser currentUser,
    IBrukerOppslag brukere,
    IAuditLogg audit,
    Saksendringer endringer,
    TimeProvider tid)
{
    public const int SideStorrelse = 25;

    /// <summary>The states a case is in while it is the vurderingsteam's: the queue shows these.</summary>
    public static readonly IReadOnlyList<Saksstatus> KoStatuser = [Saksstatus.TilVurdering, Saksstatus.Kartlegging, Saksstatus.Innstilling];

    private DateOnly Idag => Norsktid.Dato(tid.GetUtcNow());

    /// <summary>The member takes the case: it is theirs from now on (also when someone else had it).</summary>
    public Task<Result> TaAsync(Guid sakId, Guid versjon, CancellationToken ct) =>
        EndreAsync<object>(Handling.TaSak, sakId, versjon, null, (e, kartlegging) =>
            Task.FromResult(e.Sak.TaTilVurdering(kartlegging, e.BrukerId, e.BrukerId, e.Tidspunkt)), ct);

    /// <summary>The team leader gives the case to a member of the case's own vurderingsteam.</summary>
    public Task<Result> TildelAsync(TildelVurdererCommand c, CancellationToken ct) =>
        EndreAsync(Handling.TildelVurderer, c.SakId, c.Versjon, c, async (e, kartlegging) =>
        {
            var medlemmer = await TeammedlemmerAsync(e.Sak.TeamId, ct);
            if (medlemmer.All(m => m.Id != c.VurdererId))
            {
                return Result.Fail(new Feil("ukjent_vurderer", "Velg et medlem av sakens vurderingsteam fra listen.", nameof(c.VurdererId)));
            }

            return e.Sak.TaTilVurdering(kartlegging, c.VurdererId!.Value, e.BrukerId, e.Tidspunkt);
        }, ct);

    /// <summary>
    /// The vurderingsmøte: "fyller kriteriene" moves the case to Kartlegging; the other two conclusions keep it
    /// with the team in Til vurdering (referral elsewhere, an innstilling on avslag, or information asked for).
    /// </summary>
    public Task<Result> RegistrerVurderingsmoteAsync(RegistrerVurderingsmoteCommand c, CancellationToken ct) =>
        EndreAsync(Handling.RegistrerVurderingsmote, c.SakId, c.Versjon, c, (e, kartlegging) =>
            Task.FromResult(e.Sak.RegistrerVurderingsmote(
                kartlegging, c.Dato!.Value, [.. c.TilStede!.Select(n => n.Trim())], c.Konklusjon!.Value, c.Begrunnelse!.Trim(), e.BrukerId, e.Tidspunkt)), ct);

    /// <summary>
    /// A change through the pipeline, on the case's Kartlegging. A case without one gets it here: the form
    /// carried <see cref="Guid.Empty"/> for "none yet", the new aggregate is made before the pipeline starts
    /// and its version is the one checked, so Guid.Empty passes only while no Kartlegging exists (one made by
    /// someone else in the meantime has another version: a conflict). A new aggregate that is not saved (a
    /// refusal, a conflict) is taken out of the unit of work again, so no later save in the request stores it.
    /// Two first changes at the same moment: the second save breaks the unique case id and is a conflict.
    /// </summary>
    private async Task<Result> EndreAsync<TCommand>(
        Handling handling, Guid sakId, Guid versjon, TCommand? command, Func<Saksendring, Domain.Kartlegging, Task<Result>> endre, CancellationToken ct)
        where TCommand : class
    {
        var ny = versjon == Guid.Empty ? new Domain.Kartlegging(sakId) : null;
        var kartlegginger = db.Set<Domain.Kartlegging>();
        try
        {
            var result = await endringer.EndreAsync(handling, sakId, command, async (sak, t) =>
            {
                var kartlegging = await kartlegginger.SingleOrDefaultAsync(k => k.SakId == sak.Id, t);
                if (kartlegging is not null || ny is null) return kartlegging;
                kartlegginger.Add(ny);
                return ny;
            }, ny?.Versjon ?? versjon, endre, ct);
            if (!result.IsSuccess && ny is not null) kartlegginger.Entry(ny).State = EntityState.Detached;
            return result;
        }
        catch (DbUpdateException) when (ny is not null)
        {
            kartlegginger.Entry(ny).State = EntityState.Detached;
            if (!await kartlegginger.AsNoTracking().AnyAsync(k => k.SakId == sakId, ct)) throw;
            return Result.Fail(Feil.Konflikt);
        }
    }

    /// <summary>
    /// The "Vurdering" panel for staff who see the case (the saksbehandler reads it too); not found for a
    /// citizen or a user who may not see the case. The read is audited with the rest of the case page.
    /// </summary>
    public async Task<Result<VurderingVisning>> HentAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSaksopplysninger)) return Result<VurderingVisning>.NotFound();
        var sak = await tilgang.SynligeSaker().AsNoTracking()
            .Where(s => s.Id == sakId)
            .Select(s => new { s.Id, s.Referanse, s.Person!.Fornavn, s.Person.Etternavn, s.PersonId, s.Status, s.TeamId })
            .SingleOrDefaultAsync(ct);
        if (sak is null) return Result<VurderingVisning>.NotFound();
        var kartlegging = await tilgang.Synlige<Domain.Kartlegging>().AsNoTracking().SingleOrDefaultAsync(k => k.SakId == sakId, ct);
        var team = sak.TeamId is { } teamId ? await db.Team.AsNoTracking().Where(t => t.Id == teamId).Select(t => t.Navn).SingleOrDefaultAsync(ct) : null;

        var kanTildele = evner.Kan(Handling.TildelVurderer);
        var medlemmer = kanTildele ? await TeammedlemmerAsync(sak.TeamId, ct) : [];
        var moter = kartlegging?.Vurderingsmoter ?? [];
        var ansvarligId = kartlegging?.AnsvarligId;
        var navn = await brukere.NavnAsync(moter.Select(m => m.RegistrertAv).Concat(ansvarligId is { } a ? [a] : []), ct);
        string? Navn(Guid? id) => id is { } i ? navn.GetValueOrDefault(i, "Ukjent") : null;

        await audit.SkrivAsync(AuditHandling.Les, "Vurdering", sakId, sak.PersonId, ct);
        var erMin = ansvarligId is not null && ansvarligId == currentUser.Id;
        var siste = kartlegging?.SisteVurdering?.Konklusjon;
        return new VurderingVisning(
            sak.Id, sak.Referanse, $"{sak.Fornavn} {sak.Etternavn}", sak.Status, kartlegging?.Versjon ?? Guid.Empty, team,
            ansvarligId, Navn(ansvarligId), erMin,
            [.. moter.Select(m => new VurderingsmoteVisning(m.Dato, m.TilStede, m.Konklusjon, m.Begrunnelse, Navn(m.RegistrertAv), m.Registrert))],
            medlemmer,
            new VurderingHandlinger(
                KanTa: evner.Kan(Handling.TaSak) && !erMin,
                KanTildele: kanTildele,
                KanRegistrereVurderingsmote: evner.Kan(Handling.RegistrerVurderingsmote),
                KanHenvise: evner.Kan(Handling.Henvis) && siste == Vurderingskonklusjon.FyllerIkkeKriteriene,
                KanBeOmOpplysninger: evner.Kan(Handling.BeOmOpplysninger) && siste == Vurderingskonklusjon.TrengerMerInformasjon));
    }

    /// <summary>
    /// The team's queue: the visible cases (a member sees their teams' cases, the team leader every case) in
    /// <see cref="KoStatuser"/>, by deadline, 25 a page. As in the work list (<c>SakService.ListAsync</c>), the
    /// page is chosen by its keys and only its 25 cases are read with the person, the Kartlegging's holder and
    /// the count in the same statement; the cases are a few ranges of the (Status, Frist, Id) index.
    /// </summary>
    public async Task<Vurderingsko> KoAsync(Vurderingsfilter filter, CancellationToken ct)
    {
        var side = Math.Clamp(filter.Side, 1, 100_000);
        var idag = Idag;
        var statuser = Enum.TryParse<Saksstatus>(filter.Status, out var valgt) && KoStatuser.Contains(valgt) ? [valgt] : KoStatuser.ToList();
        var kartlegginger = db.Set<Domain.Kartlegging>().AsNoTracking();
        var saker = tilgang.SynligeSaker().AsNoTracking().Where(s => statuser.Contains(s.Status));
        var meg = currentUser.Id;
        saker = filter.Hvem switch
        {
            "mine" => saker.Where(s => kartlegginger.Any(k => k.SakId == s.Id && k.AnsvarligId == meg)),
            "ikke-tatt" => saker.Where(s => !kartlegginger.Any(k => k.SakId == s.Id && k.AnsvarligId != null)),
            _ => saker,
        };

        var sidensSaker = saker.OrderBy(s => s.Frist).ThenBy(s => s.Id).Skip((side - 1) * SideStorrelse).Take(SideStorrelse).Select(s => s.Id);
        // The Kartlegging as a left join on its unique SakId: FirstOrDefault() in the projection becomes a
        // ROW_NUMBER() over every Kartlegging in the table, read again for each page.
        var rader = await (
                from s in db.Saker.AsNoTracking()
                where sidensSaker.Contains(s.Id)
                from k in kartlegginger.Where(k => k.SakId == s.Id).DefaultIfEmpty()
                orderby s.Frist, s.Id
                select new
                {
                    s.Id, s.Referanse, s.Person!.Fornavn, s.Person.Etternavn, s.Status, s.Hastegrad, s.Mottatt, s.Frist,
                    Fakta = new Saksfakta(s.Id, s.PersonId, s.FullmektigPersonId, s.SaksbehandlerId, s.TeamId, s.PrimaerkontaktId, s.SekundaerkontaktId, s.Status),
                    AnsvarligId = k != null ? k.AnsvarligId : null,
                    Versjon = k != null ? k.Versjon : (Guid?)null,
                    Totalt = saker.Count(),
                })
            .ToListAsync(ct);
        // An empty page has no row to carry the count: on the first page there is nothing, further on it is asked for alone.
        var totalt = rader.Count > 0 ? rader[0].Totalt : side == 1 ? 0 : await saker.CountAsync(ct);

        var navn = await brukere.NavnAsync(rader.Where(r => r.AnsvarligId != null).Select(r => r.AnsvarligId!.Value), ct);
        var elementer = new List<VurderingskoElement>(rader.Count);
        foreach (var r in rader)
        {
            var ansvarlig = r.AnsvarligId;
            var kanTa = (await tilgang.EvnerAsync(r.Fakta, ct)).Kan(Handling.TaSak) && ansvarlig != meg;
            elementer.Add(new VurderingskoElement(
                r.Id, r.Referanse, $"{r.Fornavn} {r.Etternavn}", r.Status, r.Hastegrad, r.Mottatt, r.Frist, Sak.ErForsinket(r.Status, r.Frist, idag),
                ansvarlig, ansvarlig is { } id ? navn.GetValueOrDefault(id, "Ukjent") : null, r.Versjon ?? Guid.Empty, kanTa));
        }

        await audit.SkrivAsync(AuditHandling.Les, "Vurderingskø", null, null, ct);
        return new Vurderingsko(elementer, totalt, side, SideStorrelse, filter with { Side = side });
    }

    /// <summary>The active members of the team with the vurderingsteam role, by name: whom the team leader may give the case to.</summary>
    private async Task<IReadOnlyList<Valg>> TeammedlemmerAsync(Guid? teamId, CancellationToken ct)
    {
        if (teamId is null) return [];
        var iTeamet = await db.TeamMedlemmer.AsNoTracking().Where(m => m.TeamId == teamId).Select(m => m.BrukerId).ToListAsync(ct);
        var vurderere = await brukere.MedRolleAsync(Roller.Vurderingsteam, ct);
        return [.. vurderere.Where(v => iTeamet.Contains(v.Id)).Select(v => new Valg(v.Id, v.Navn))];
    }
}
