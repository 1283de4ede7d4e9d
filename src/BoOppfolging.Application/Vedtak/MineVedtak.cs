using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Vedtak;

/// <summary>Where a vedtak stands in the chain on the day the citizen looks (<see cref="Vedtakskjede.IKraft"/>).</summary>
public enum MittVedtakGjelder
{
    /// <summary>A refusal or an opphør: it grants nothing that could be in force.</summary>
    IkkeAktuelt,

    /// <summary>The vedtak in force today.</summary>
    Naa,

    /// <summary>Approved, but its from date has not come yet.</summary>
    FraDato,

    /// <summary>Replaced by a later vedtak, ended, or past its end date.</summary>
    IkkeLenger,
}

/// <summary>
/// One vedtak as the citizen reads it in "Mine saker": what was decided in plain words (<see cref="Avgjort"/>), the help
/// granted, the letter that told them (the stored PDF), and the complaint deadline with whether it is still open.
/// </summary>
/// <param name="Omrader">The help areas granted, by <see cref="HjelpeomradeTekster.Visningsnavn"/>, as the letter names them.</param>
/// <param name="Timer">"4,5 timer per uke" (<see cref="Timeberegning.Tekst"/>), or null when no hours are granted.</param>
/// <param name="KanKlage">Whether the deadline has not yet run out (<see cref="Klagefrist.ErInnenFristen"/>, now).</param>
public sealed record MittVedtak(
    Guid Id, Vedtakstype Type, Vedtaksutfall? Utfall, DateOnly Vedtatt, string Avgjort, bool GirTimer,
    IReadOnlyList<string> Omrader, string? Timer, DateOnly? Fra, DateOnly? Til, DateOnly? Evalueringsdato,
    Guid BrevId, string Brevtittel, DateOnly BrevSendt, DateOnly? Klagefrist, bool KanKlage, MittVedtakGjelder Gjelder)
{
    /// <summary>Whether the complaint form is open: before the deadline, and after it until a year from the vedtak (forvaltningsloven § 31).</summary>
    public bool KanSendeKlage { get; init; }

    /// <summary>"Vedtak av 02.12.2026", "Endringsvedtak av …": the name the citizen tells one vedtak from another by.</summary>
    public string Navn => MineVedtakService.Navn(Type, Vedtatt);
}

/// <summary>
/// The citizen's vedtak in "Mine saker" (issue 11): every approved vedtak on the case whose letter has been registered as sent,
/// the newest first. The citizen learns of a decision by its letter, so a draft, one waiting for approval, or an approved one
/// whose letter has not gone yet is never listed. Read apart from <see cref="VedtakService"/>, which is the staff's.
/// </summary>
public sealed class MineVedtakService(IAppDbContext db, TilgangService tilgang, IAuditLogg audit, TimeProvider tid)
{
    /// <summary>
    /// The case's vedtak that the citizen has been sent, newest first; none for a case the user may not see. One query
    /// (the vedtak, its sent letter and the case's person), and one read in the audit log when anything is shown.
    /// </summary>
    public async Task<IReadOnlyList<MittVedtak>> ListAsync(Guid sakId, CancellationToken ct)
    {
        var rader = await (
                from v in tilgang.Synlige<Domain.Vedtak>().AsNoTracking().IgnoreAutoIncludes()
                where v.SakId == sakId && v.Status == Vedtaksstatus.Vedtatt
                join b in db.Brev.AsNoTracking() on v.BrevId equals b.Id
                where b.Status == Brevstatus.Sendt
                join s in db.Saker.AsNoTracking() on v.SakId equals s.Id
                select new { Vedtak = v, BrevId = b.Id, b.Tittel, b.SendtDato, s.PersonId })
            .ToListAsync(ct);
        if (rader.Count == 0) return [];
        await audit.SkrivAsync(AuditHandling.Les, "Vedtak", sakId, rader[0].PersonId, ct);

        var naa = tid.GetUtcNow();
        var idag = Norsktid.Dato(naa);
        // In force among those the citizen has been told of: an approved vedtak whose letter has not gone is not theirs to know yet.
        var iKraft = Vedtakskjede.IKraft(rader.Select(r => r.Vedtak), idag);
        return
        [
            .. rader
                .OrderByDescending(r => r.Vedtak.Vedtatt).ThenByDescending(r => r.Vedtak.Nummer)
                .Select(r => Mitt(r.Vedtak, r.BrevId, r.Tittel, r.SendtDato!.Value, iKraft, idag, naa)),
        ];
    }

    /// <summary>"Vedtak av 02.12.2026", "Endringsvedtak av …": the name a vedtak is told from the others by, on screen and in letters.</summary>
    public static string Navn(Vedtakstype type, DateOnly vedtatt) => $"{type.Visningsnavn()} av {Dato(vedtatt)}";

    /// <summary>What was decided, as the citizen would say it.</summary>
    public static string Avgjort(Domain.Vedtak vedtak)
    {
        ArgumentNullException.ThrowIfNull(vedtak);
        return vedtak.Type switch
        {
            Vedtakstype.Opphorsvedtak => vedtak.Fra is { } fra ? $"Tjenesten avsluttes fra {Dato(fra)}." : "Tjenesten avsluttes.",
            Vedtakstype.Endringsvedtak => "Vedtaket er endret.",
            _ => vedtak.Utfall switch
            {
                Vedtaksutfall.Innvilget => "Du har fått bo-oppfølging.",
                Vedtaksutfall.DelvisInnvilget => "Søknaden er delvis innvilget. Du har fått bo-oppfølging til noe av det du søkte om.",
                _ => "Søknaden er avslått. Du får ikke bo-oppfølging.",
            },
        };
    }

    internal static string Dato(DateOnly dato) => dato.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static MittVedtak Mitt(
        Domain.Vedtak v, Guid brevId, string brevtittel, DateOnly sendt, Domain.Vedtak? iKraft, DateOnly idag, DateTimeOffset naa)
    {
        var i = v.Innhold;
        var girTimer = i.GirTimer && v.Type != Vedtakstype.Opphorsvedtak;
        var gjelder = !girTimer ? MittVedtakGjelder.IkkeAktuelt
            : v.Id == iKraft?.Id ? MittVedtakGjelder.Naa
            : v.Fra is { } fra && fra > idag ? MittVedtakGjelder.FraDato
            : MittVedtakGjelder.IkkeLenger;
        return new MittVedtak(
            v.Id, v.Type, v.Utfall, Norsktid.Dato(v.Vedtatt!.Value), Avgjort(v), girTimer,
            girTimer ? [.. i.Omrader.Select(o => o.Visningsnavn())] : [],
            girTimer && i.Kvarter is { } k && i.Enhet is { } enhet ? Timeberegning.Tekst(k, enhet) : null,
            v.Fra, girTimer ? v.Til : null, girTimer ? i.Evalueringsdato : null,
            brevId, brevtittel, sendt, v.Klagefrist, v.Klagefrist is { } frist && Klagefrist.ErInnenFristen(frist, naa), gjelder)
        {
            KanSendeKlage = Klagefristregler.Vurder(v.Klagefrist, Norsktid.Dato(v.Vedtatt.Value), idag) != Fristvurdering.EtterEttAar,
        };
    }
}
