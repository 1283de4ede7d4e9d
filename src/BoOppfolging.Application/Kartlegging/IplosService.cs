using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Kartlegging;

/// <summary>
/// The IPLOS functional assessment (issue 10): a new assessment on a case, scoring it (a draft may leave variables
/// out), finishing it, each one read with the change per variable since the finished one before, the case page's
/// panel, and the list of assessments that are due. Writing is the vurderingsteam's (<see cref="Handling.VurderIplos"/>),
/// each save against the assessment's own version; reading is every staff user's who sees the case
/// (<see cref="Handling.SeSaksopplysninger"/>). A case the user may not see is "not found".
/// </summary>
public sealed class IplosService(
    IAppDbContext db,
    TilgangService tilgang,
    Saksendringer endringer,
    IIploskatalog katalog,
    IBrukerOppslag brukere,
    IAuditLogg audit,
    TimeProvider tid)
{
    /// <summary>An assessment is due this many days before its next date.</summary>
    public const int DagerForForfall = 30;

    /// <summary>The due list shows this many cases a page, the most overdue first, and says how many there are.</summary>
    public const int PerSide = 25;

    private DateOnly Idag => Norsktid.Dato(tid.GetUtcNow());

    public async Task<Result<IplosPanelVisning>> HentPanelAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSaksopplysninger)) return Result<IplosPanelVisning>.NotFound();
        var sak = await tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId).Select(s => new { s.Versjon, s.PersonId }).SingleAsync(ct);
        var vurderinger = await tilgang.Synlige<IplosVurdering>().AsNoTracking().Where(v => v.SakId == sakId)
            .Select(v => new { v.Id, v.Dato, v.VurdertAv, v.NesteVurdering, v.Ferdig })
            .ToListAsync(ct);
        var navn = await brukere.NavnAsync(vurderinger.Select(v => v.VurdertAv), ct);
        var alle = vurderinger.OrderByDescending(v => v.Dato).ThenByDescending(v => v.Ferdig ?? DateTimeOffset.MaxValue)
            .Select(v => new IplosSammendrag(v.Id, v.Dato, navn.GetValueOrDefault(v.VurdertAv), v.NesteVurdering, v.Ferdig))
            .ToList();
        if (alle.Count > 0) await audit.SkrivAsync(AuditHandling.Les, "IPLOS-vurdering", sakId, sak.PersonId, ct);

        var siste = alle.FirstOrDefault(v => v.ErFerdig);
        var utkast = alle.Where(v => !v.ErFerdig).ToList();
        var kanVurdere = evner.Kan(Handling.VurderIplos);
        return new IplosPanelVisning(
            sakId, sak.Versjon, siste, siste?.NesteVurdering < Idag, utkast, alle, kanVurdere, kanVurdere && utkast.Count == 0);
    }

    /// <summary>One assessment, with the change per variable since the finished one before it (for a draft: the newest finished).</summary>
    public async Task<Result<IplosVurderingVisning>> HentAsync(Guid sakId, Guid vurderingId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSaksopplysninger)) return Result<IplosVurderingVisning>.NotFound();
        var vurderinger = await tilgang.Synlige<IplosVurdering>().AsNoTracking().Where(v => v.SakId == sakId).ToListAsync(ct);
        var vurdering = vurderinger.SingleOrDefault(v => v.Id == vurderingId);
        if (vurdering is null) return Result<IplosVurderingVisning>.NotFound();
        var sak = await tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId)
            .Select(s => new { s.Referanse, s.PersonId, s.Person!.Fornavn, s.Person.Etternavn })
            .SingleAsync(ct);
        var liste = await ListeAsync(vurdering, ct);

        var forrige = vurderinger
            .Where(v => v.Ferdig is not null && v.Id != vurdering.Id && (vurdering.Ferdig is null || ErEldre(v, vurdering)))
            .OrderByDescending(v => v.Dato).ThenByDescending(v => v.Ferdig)
            .FirstOrDefault();
        var endringer = forrige is null
            ? []
            : vurdering.Sammenlign(forrige, liste).Select(e => new IplosEndringVisning(e.Variabel.Navn, e.Forrige, e.Naa, e.Endring)).ToList();
        var navn = await brukere.NavnAsync([vurdering.VurdertAv], ct);
        await audit.SkrivAsync(AuditHandling.Les, "IPLOS-vurdering", sakId, sak.PersonId, ct);
        return new IplosVurderingVisning(
            sakId, sak.Referanse, $"{sak.Fornavn} {sak.Etternavn}", vurdering.Id, vurdering.Versjon, liste, vurdering.Dato,
            navn.GetValueOrDefault(vurdering.VurdertAv), vurdering.NesteVurdering, vurdering.Ferdig,
            vurdering.Skaarer.ToDictionary(s => s.Kode, s => s.Verdi), vurdering.Deltakelse, forrige?.Dato, endringer,
            KanEndre: vurdering.Ferdig is null && evner.Kan(Handling.VurderIplos));
    }

    /// <summary>
    /// Starts a new assessment (a draft, dated today, by the user, on the newest variable list). Refused while the
    /// case has one that is not finished: that one is to be finished first. Read at the case's version.
    /// </summary>
    public async Task<Result<Guid>> NyAsync(Guid sakId, Guid sakVersjon, CancellationToken ct)
    {
        IplosVurdering? ny = null;
        try
        {
            return await endringer.EndreAsync<object, Guid>(Handling.VurderIplos, sakId, sakVersjon, null, async e =>
            {
                if (await db.Set<IplosVurdering>().AnyAsync(v => v.SakId == e.Sak.Id && v.Ferdig == null, ct))
                {
                    return Result<Guid>.Fail(IplosFeil.EnUferdigFinnes);
                }

                var liste = await katalog.GjeldendeAsync(ct);
                ny = new IplosVurdering(e.Sak.Id, liste.Versjon, Norsktid.Dato(e.Tidspunkt), e.BrukerId);
                db.Set<IplosVurdering>().Add(ny);
                return ny.Id;
            }, ct);
        }
        catch (DbUpdateException) when (ny is not null && db.Set<IplosVurdering>().Local.Contains(ny))
        {
            // Another request made the case's draft between the check and the save (the unique index on unfinished ones).
            db.Set<IplosVurdering>().Remove(ny);
            return Result<Guid>.Fail(IplosFeil.EnUferdigFinnes);
        }
    }

    /// <summary>
    /// Saves the form on a draft, against the assessment's own version; with <see cref="LagreIplosVurderingCommand.Ferdigstill"/>
    /// it is finished in the same save and noted on the case's timeline. A refusal saves nothing and names every
    /// variable still without a score (each at its own field), the participation items unanswered and a missing next date.
    /// </summary>
    public Task<Result> LagreAsync(LagreIplosVurderingCommand c, CancellationToken ct) =>
        endringer.EndreAsync(Handling.VurderIplos, c.SakId, c,
            (sak, t) => db.Set<IplosVurdering>().SingleOrDefaultAsync(v => v.Id == c.VurderingId && v.SakId == sak.Id, t), c.Versjon,
            async (e, vurdering) =>
            {
                var liste = await ListeAsync(vurdering, ct);
                var skaarer = c.Skaarer.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value!.Value);
                var deltakelse = c.Behov
                    .Where(b => b.Value is not null && c.Mottar.GetValueOrDefault(b.Key) is not null)
                    .Select(b => new Deltakelsesvurdering(b.Key, b.Value!.Value, c.Mottar[b.Key]!.Value))
                    .ToList();
                var lagret = vurdering.Lagre(liste, c.Dato!.Value, skaarer, deltakelse, c.NesteVurdering, Idag);
                if (!lagret.IsSuccess) return Result.Invalid(lagret.Errors.Select(MedSkjemafelt));
                if (!c.Ferdigstill) return lagret;

                // The case's current assessment (the newest finished one): the newer of it and this one stays current.
                var gjeldende = await db.Set<IplosVurdering>()
                    .Where(v => v.SakId == vurdering.SakId && v.Id != vurdering.Id && v.Ferdig != null && v.Erstattet == null)
                    .OrderByDescending(v => v.Dato).ThenByDescending(v => v.Ferdig).FirstOrDefaultAsync(ct);
                var ferdig = vurdering.Ferdigstill(liste, gjeldende, e.Tidspunkt);
                if (!ferdig.IsSuccess) return ferdig.Error!.Kode is "iplos_mangler" or "iplos_deltakelse_mangler" or "iplos_neste_mangler" ? Mangler(vurdering, liste) : ferdig;
                return e.Sak.NoterIplosVurdering(vurdering, e.BrukerId, e.Tidspunkt);
            }, ct);

    /// <summary>
    /// The cases whose newest finished assessment has its next date within <see cref="DagerForForfall"/> days or passed,
    /// among the open cases this user may see, the most overdue first. The current assessments (finished, not replaced by
    /// a newer one: <see cref="IplosVurdering.Erstattet"/>) are a range of the filtered index <c>(NesteVurdering, SakId)</c>,
    /// so the replaced ones are not read at all (at 100 000 cases they were near half the assessments past their date).
    /// </summary>
    public async Task<ForfalteIplos> ForfalteAsync(int side, CancellationToken ct)
    {
        var grense = Idag.AddDays(DagerForForfall);
        var alle = db.Set<IplosVurdering>();
        var forfalte =
            from v in tilgang.Synlige<IplosVurdering>()
            where v.Ferdig != null && v.Erstattet == null && v.NesteVurdering <= grense
            join s in db.Saker on v.SakId equals s.Id
            where SaksstatusRegler.Apne.Contains(s.Status)
            select new { v, s };
        var sider = await Sideinndeling.TellAsync(forfalte, side, PerSide, ct);
        var rader = await forfalte
            .OrderBy(x => x.v.NesteVurdering).ThenBy(x => x.s.Referanse)
            .Skip(sider.Hopp).Take(PerSide)
            .Select(x => new
            {
                x.s.Id, x.s.Referanse, x.s.Person!.Fornavn, x.s.Person.Etternavn, x.v.Dato, x.v.NesteVurdering,
                HarUtkast = alle.Any(u => u.SakId == x.s.Id && u.Ferdig == null),
            })
            .ToListAsync(ct);
        await audit.SkrivAsync(AuditHandling.Les, "IPLOS-forfall", null, null, ct);
        var idag = Idag;
        return new ForfalteIplos(
            [.. rader.Select(r => new ForfaltIplos(r.Id, r.Referanse, $"{r.Fornavn} {r.Etternavn}", r.Dato, r.NesteVurdering!.Value, r.NesteVurdering < idag, r.HarUtkast))],
            sider.Totalt, grense, sider.Side, sider.AntallSider);
    }

    private async Task<Iplosliste> ListeAsync(IplosVurdering vurdering, CancellationToken ct) =>
        await katalog.VersjonAsync(vurdering.Variabelversjon, ct)
        ?? throw new InvalidOperationException($"IPLOS-variabelliste versjon {vurdering.Variabelversjon} finnes ikke i databasen.");

    /// <summary>Is <paramref name="vurdering"/> older than <paramref name="enn"/> (by date, then by when it was finished)?</summary>
    private static bool ErEldre(IplosVurdering vurdering, IplosVurdering enn) =>
        vurdering.Dato < enn.Dato || (vurdering.Dato == enn.Dato && vurdering.Ferdig < enn.Ferdig);

    /// <summary>
    /// Everything that keeps a draft from being finished, at once: each variable without a score at its own field
    /// (the form's error summary links to each), the participation items, and the next date.
    /// </summary>
    private static Result Mangler(IplosVurdering vurdering, Iplosliste liste)
    {
        var feil = vurdering.Mangler(liste)
            .Select(v => new Feil("iplos_mangler", $"Velg en skår for «{v.Navn}».", IplosFelt.Skaar(v.Kode)))
            .ToList();
        var uten = liste.Deltakelse.OrderBy(o => o.Rekkefolge).Where(o => vurdering.Deltakelse.All(d => d.Kode != o.Kode)).ToList();
        if (uten.Count > 0) feil.Add(IplosFeil.DeltakelseMangler(uten));
        if (vurdering.NesteVurdering is null) feil.Add(IplosFeil.NesteMangler);
        return Result.Invalid(feil);
    }

    /// <summary>The domain names a score's field <c>Skaar_{kode}</c>; the form's is <c>Skaarer[{kode}]</c>.</summary>
    private static Feil MedSkjemafelt(Feil feil) =>
        feil.Felt is { } felt && felt.StartsWith("Skaar_", StringComparison.Ordinal) ? feil with { Felt = IplosFelt.Skaar(felt["Skaar_".Length..]) } : feil;
}
