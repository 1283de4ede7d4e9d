using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>The lists of the follow-up overview, each answering one question the team leader asks of every case.</summary>
public enum Oversiktsliste
{
    /// <summary>The vedtak's evaluation date is within 30 days, or has passed: evaluate, then continue, change or end.</summary>
    Evaluering,

    /// <summary>No contact for <see cref="OppfolgingOptions.DagerUtenKontakt"/> days (<see cref="Oppfolgingsregler.UtenKontakt"/>).</summary>
    UtenKontakt,

    /// <summary>Repeated "ikke truffet" or "avlyst av bruker" (<see cref="Oppfolgingsregler.ManglendeMedvirkning"/>).</summary>
    ManglendeMedvirkning,

    /// <summary>
    /// Delivered hours over the grant last month or already this month, or last month well under it (<see cref="Timeregnskap.Varsler"/>,
    /// <see cref="OppfolgingOptions.UnderforbrukProsent"/>).
    /// </summary>
    Timer,

    /// <summary>No samarbeidsmøte in three months (<see cref="Oppfolgingsregler.ManglerMote"/>).</summary>
    UtenMote,

    /// <summary>Planned visits not documented after their day (<see cref="Oppfolgingsregler.ErUdokumentert"/>).</summary>
    Udokumenterte,
}

/// <summary>One case on a list: who follows it up, the date the list is about, and what to say of it.</summary>
/// <param name="Merknad">On the evaluation list: why it is there when not only the date (evaluated to change or end, the period ends).</param>
/// <param name="Varslet">On the non-participation list: the day a warning not yet followed up was sent.</param>
public sealed record Oversiktsrad(
    Guid SakId, string Referanse, string Navn, string? Primaerkontakt, DateOnly? Dato, int? Antall, bool Forfalt, Timevarsel? Timevarsel = null,
    string? Merknad = null, DateOnly? Varslet = null);

/// <summary>A list with how many cases are on it in all and the first of them (most urgent first).</summary>
public sealed record Oversiktsdel(Oversiktsliste Liste, int Antall, IReadOnlyList<Oversiktsrad> Rader);

/// <summary>
/// The follow-up overview: for the team leader the cases of a follow-up team (<paramref name="Team"/>: their own by default) or of
/// the whole unit; for a saksbehandler only the evaluations due on the cases assigned to them (the vedtak is theirs to revise).
/// </summary>
/// <param name="HeleEnheten">The team leader's lists (all of them, over a team or the unit), not the saksbehandler's own.</param>
public sealed record Oppfolgingsoversikt(
    DateOnly Idag, OppfolgingOptions Regler, bool HeleEnheten, IReadOnlyList<Oversiktsdel> Deler, Teamutvalg? Team = null)
{
    public Oversiktsdel? Del(Oversiktsliste liste) => Deler.FirstOrDefault(d => d.Liste == liste);
}

/// <summary>
/// The team leader's overview across cases (issue 12): evaluations due (and the saksbehandler's own), no contact, possible
/// non-participation, no samarbeidsmøte in three months, and visits not documented, over one follow-up team's cases
/// (<see cref="OppfolgingsteamService"/>) or the unit's. Each list evaluates its rule once in the
/// database for every case (the matches come back as ids and dates and are counted here; the first <see cref="RaderPerListe"/>
/// are then read with their names), so the cost grows with the cases in follow-up, not with the visits; each uses the one definition of
/// its rule (<see cref="Oppfolgingsregler"/>) with the settings (<see cref="OppfolgingOptions"/>).
/// </summary>
public sealed class OppfolgingsoversiktService(
    IAppDbContext db, TilgangService tilgang, ICurrentUser currentUser, IBrukerOppslag brukere, IAuditLogg audit,
    IOptions<OppfolgingOptions> innstillinger, TimeProvider tid, OppfolgingsteamService oppfolgingsteam)
{
    public const int RaderPerListe = 50;

    /// <summary>Days before the evaluation date a case comes on the list.</summary>
    public const int EvalueringVarselDager = 30;

    /// <param name="bare">One list in full; null: every list's first rows.</param>
    /// <param name="team">For the team leader: a follow-up team's id, or <see cref="Teamutvalg.HeleEnheten"/>; null: their own team.</param>
    public async Task<Result<Oppfolgingsoversikt>> HentAsync(Oversiktsliste? bare, string? team, CancellationToken ct)
    {
        if (!tilgang.KanUtenSak(Handling.SeOppfolgingsoversikt) || currentUser.Id is not { } meg) return Result<Oppfolgingsoversikt>.NotFound();
        var regler = innstillinger.Value;
        var idag = Norsktid.Dato(tid.GetUtcNow());
        var heleEnheten = currentUser.HarRolle(Roller.Teamleder);
        var utvalg = heleEnheten ? await oppfolgingsteam.VelgAsync(team, ct) : null;
        var saker = utvalg is not null ? utvalg.Saker(tilgang.SynligeSaker()) : tilgang.SynligeSaker().Where(s => s.SaksbehandlerId == meg);
        var lister = heleEnheten ? Enum.GetValues<Oversiktsliste>() : [Oversiktsliste.Evaluering];
        if (bare is { } en) lister = [.. lister.Where(l => l == en)];
        var antallRader = bare is null ? RaderPerListe : 500;

        var deler = new List<(Oversiktsliste Liste, int Antall, List<Rad> Rader)>();
        foreach (var liste in lister)
        {
            var (antall, rader) = liste switch
            {
                Oversiktsliste.Evaluering => await EvalueringAsync(saker, idag, antallRader, ct),
                Oversiktsliste.UtenKontakt => await UtenKontaktAsync(saker, Oppfolgingsregler.KontaktGrense(idag, regler.DagerUtenKontakt), antallRader, ct),
                Oversiktsliste.ManglendeMedvirkning => await MedvirkningAsync(saker, idag, regler, antallRader, ct),
                Oversiktsliste.Timer => await TimerAsync(saker, idag, regler, antallRader, ct),
                Oversiktsliste.UtenMote => await UtenMoteAsync(saker, Oppfolgingsregler.MoteGrense(idag), antallRader, ct),
                _ => await UdokumenterteAsync(saker, idag, antallRader, ct),
            };
            deler.Add((liste, antall, rader));
        }

        var navn = await brukere.NavnAsync(deler.SelectMany(d => d.Rader).Select(r => r.Primaerkontakt).OfType<Guid>().Distinct(), ct);
        await audit.SkrivAsync(AuditHandling.Les, "Oppfølgingsoversikt", null, null, ct);
        return new Oppfolgingsoversikt(idag, regler, heleEnheten, [.. deler.Select(d => new Oversiktsdel(d.Liste, d.Antall, [.. d.Rader.Select(r => new Oversiktsrad(
            r.SakId, r.Referanse, $"{r.Fornavn} {r.Etternavn}", r.Primaerkontakt is { } p && navn.TryGetValue(p, out var n) ? n : null,
            r.Dato, r.Antall, d.Liste == Oversiktsliste.Evaluering && r.Dato < idag, r.Timevarsel, r.Merknad, r.Varslet))]))], utvalg);
    }

    /// <summary>A case on a list as the database gives it.</summary>
    private sealed record Rad(
        Guid SakId, string Referanse, string Fornavn, string Etternavn, Guid? Primaerkontakt, DateOnly? Dato, int? Antall,
        Timevarsel? Timevarsel = null, string? Merknad = null, DateOnly? Varslet = null);

    /// <summary>A case found by a list's rule, with what the list orders by and shows; the name is read for the first rows only.</summary>
    private sealed record Treff(Guid SakId, string Referanse, DateOnly? Dato, int? Antall = null, string? Merknad = null);

    private static IQueryable<Sak> IOppfolging(IQueryable<Sak> saker) => saker.Where(s => s.Status == Saksstatus.IOppfolging);

    /// <summary>
    /// A list from its matches: the rule is evaluated once in the database for every case (the matches are a few ids and a date
    /// each, counted here), and only the first <paramref name="antall"/> in <paramref name="orden"/> are read with their names
    /// (and, with <paramref name="medVarsel"/>, the day an open warning was sent).
    /// </summary>
    private async Task<(int, List<Rad>)> ListeAsync(
        IQueryable<Sak> saker, List<Treff> treff, Func<IEnumerable<Treff>, IEnumerable<Treff>> orden, int antall, CancellationToken ct,
        bool medVarsel = false)
    {
        var forst = orden(treff).Take(antall).ToList();
        var ider = forst.Select(t => t.SakId).ToList();
        var hoder = await HoderAsync(saker, ider, ct);
        var varsler = medVarsel ? await VarsletAsync(ider, ct) : null;
        return (treff.Count, [.. forst.Select(t => hoder[t.SakId] with
        {
            Dato = t.Dato, Antall = t.Antall, Merknad = t.Merknad, Varslet = varsler?.GetValueOrDefault(t.SakId),
        })]);
    }

    /// <summary>The rows' case, name and primærkontakt, for the cases shown (one query for a list's first rows).</summary>
    private static Task<Dictionary<Guid, Rad>> HoderAsync(IQueryable<Sak> saker, List<Guid> ider, CancellationToken ct) =>
        saker.AsNoTracking().Where(s => ider.Contains(s.Id))
            .Select(s => new Rad(s.Id, s.Referanse, s.Person!.Fornavn, s.Person.Etternavn, s.PrimaerkontaktId, null, null, null, null, null))
            .ToDictionaryAsync(r => r.SakId, ct);

    /// <summary>The day a warning about lack of participation still open (sent, not followed up) was sent, per case.</summary>
    private async Task<Dictionary<Guid, DateOnly?>> VarsletAsync(List<Guid> ider, CancellationToken ct) =>
        await db.Set<Medvirkningsvarsel>().AsNoTracking().Where(v => ider.Contains(v.SakId) && v.Sendt != null && v.Utfall == null)
            .GroupBy(v => v.SakId).Select(g => new { g.Key, Sendt = g.Max(v => v.Sendt) }).ToDictionaryAsync(g => g.Key, g => g.Sendt, ct);

    /// <summary>
    /// The vedtak in force at the end of each case's chain (no later approved vedtak: they are numbered in order, one under work
    /// at a time) on a case with a vedtak or in follow-up, whose evaluation is due within <see cref="EvalueringVarselDager"/> days
    /// or has passed, or whose period ends by then. Due is <see cref="Evaluering.Forfall(DateOnly?, Evalueringskonklusjon?, DateOnly?, DateOnly?)"/>
    /// from the vedtak's own date and its latest evaluation: the database reads, per case shown, the vedtak and three columns of
    /// that evaluation (index seeks from the case), and the date is worked out here. An opphørsvedtak ends the chain, so an ended
    /// service leaves the list.
    /// </summary>
    private async Task<(int, List<Rad>)> EvalueringAsync(IQueryable<Sak> saker, DateOnly idag, int antall, CancellationToken ct)
    {
        var grense = idag.AddDays(EvalueringVarselDager);
        var vedtak = db.Set<Domain.Vedtak>();
        var evalueringer = db.Set<Evaluering>();
        var iKraft = await (from s in saker
                            where s.Status == Saksstatus.Vedtatt || s.Status == Saksstatus.IOppfolging
                            join v in vedtak on s.Id equals v.SakId
                            where v.Status == Vedtaksstatus.Vedtatt && v.Type != Vedtakstype.Opphorsvedtak && v.Kvarter != null
                                  && !vedtak.Any(n => n.SakId == v.SakId && n.Status == Vedtaksstatus.Vedtatt && n.Nummer > v.Nummer)
                            select new
                            {
                                s.Id, s.Referanse, v.Evalueringsdato, v.Til,
                                Konklusjon = evalueringer.Where(e => e.VedtakId == v.Id).OrderByDescending(e => e.Registrert)
                                    .Select(e => (Evalueringskonklusjon?)e.Konklusjon).FirstOrDefault(),
                                Holdt = evalueringer.Where(e => e.VedtakId == v.Id).OrderByDescending(e => e.Registrert)
                                    .Select(e => (DateOnly?)e.Dato).FirstOrDefault(),
                                Neste = evalueringer.Where(e => e.VedtakId == v.Id).OrderByDescending(e => e.Registrert)
                                    .Select(e => e.NesteEvaluering).FirstOrDefault(),
                            }).AsNoTracking().ToListAsync(ct);
        var treff = new List<Treff>();
        foreach (var v in iKraft)
        {
            var forfall = Evaluering.Forfall(v.Evalueringsdato, v.Konklusjon, v.Holdt, v.Neste);
            var dato = v.Til is { } til && (forfall is null || til < forfall) ? til : forfall;
            if (dato is null || dato > grense) continue;
            treff.Add(new Treff(v.Id, v.Referanse, dato, null, v.Konklusjon switch
            {
                Evalueringskonklusjon.Endre => "Evaluert: skal endres",
                Evalueringskonklusjon.Avslutte => "Evaluert: skal avsluttes",
                _ => v.Til == dato ? "Vedtaket utløper" : null,
            }));
        }

        return await ListeAsync(saker, treff, t => t.OrderBy(x => x.Dato).ThenBy(x => x.Referanse, StringComparer.Ordinal), antall, ct);
    }

    /// <summary>
    /// <see cref="Oppfolgingsregler.UtenKontakt"/> in the database: no contact on or after <paramref name="grense"/>, and the
    /// follow-up began before it (its first contact period). The date shown is the last contact.
    /// </summary>
    private async Task<(int, List<Rad>)> UtenKontaktAsync(IQueryable<Sak> saker, DateOnly grense, int antall, CancellationToken ct)
    {
        var kontakter = db.Set<Besok>().Where(Kontaktuttrykk.ErKontakt);
        var treff = await IOppfolging(saker)
            .Where(s => db.Set<Kontaktperiode>().Any(k => k.SakId == s.Id && k.Fra < grense) && !kontakter.Any(b => b.SakId == s.Id && b.Dato >= grense))
            .Select(s => new Treff(s.Id, s.Referanse, kontakter.Where(b => b.SakId == s.Id).Max(b => (DateOnly?)b.Dato), null, null))
            .AsNoTracking().ToListAsync(ct);
        return await ListeAsync(saker, treff, t => t.OrderBy(x => x.Dato).ThenBy(x => x.Referanse, StringComparer.Ordinal), antall, ct);
    }

    /// <summary>
    /// <see cref="Oppfolgingsregler.ManglendeMedvirkning"/> in the database: the count in the window, at least the threshold; with the
    /// day a warning still open (sent, not followed up) was sent, so the team leader sees which are warned already.
    /// </summary>
    private async Task<(int, List<Rad>)> MedvirkningAsync(IQueryable<Sak> saker, DateOnly idag, OppfolgingOptions regler, int antall, CancellationToken ct)
    {
        var fra = idag.AddDays(-(regler.IkkeMedvirkningDager - 1));
        var uteblitt = db.Set<Besok>()
            .Where(b => b.Status == Besoksstatus.Registrert && b.Dato >= fra && b.Dato <= idag
                        && (b.Utfall == Besoksutfall.IkkeTruffet || b.Utfall == Besoksutfall.AvlystAvBruker));
        // Counted per case from the case (seeks on the visits' (SakId, Utfall, Dato)), so a team's overview reads its own cases' visits.
        var treff = await IOppfolging(saker)
            .Select(s => new { s.Id, s.Referanse, Antall = uteblitt.Count(b => b.SakId == s.Id), Siste = uteblitt.Where(b => b.SakId == s.Id).Max(b => (DateOnly?)b.Dato) })
            .Where(x => x.Antall >= regler.IkkeMedvirkningAntall)
            .Select(x => new Treff(x.Id, x.Referanse, x.Siste, x.Antall, null)).AsNoTracking().ToListAsync(ct);
        return await ListeAsync(
            saker, treff, t => t.OrderByDescending(x => x.Antall).ThenBy(x => x.Referanse, StringComparer.Ordinal), antall, ct, medVarsel: true);
    }

    /// <summary>
    /// The hours of every case in follow-up for last month and this month so far, by the one definition of the grant per day
    /// (<see cref="Timeregnskap.Innvilget"/>, from the vedtak columns, no JSON) and of the warnings (<see cref="Timeregnskap.Varsler"/>):
    /// over the grant in either month (this month: already delivered more than the whole month grants), or last month at least
    /// <see cref="OppfolgingOptions.UnderforbrukProsent"/> under. Two queries (the vedtak, the delivered minutes summed per case
    /// and month); the sum is made here, case by case. Largest gap first.
    /// </summary>
    private async Task<(int, List<Rad>)> TimerAsync(IQueryable<Sak> saker, DateOnly idag, OppfolgingOptions regler, int antall, CancellationToken ct)
    {
        var denne = Timeregnskap.MaanedStart(idag);
        var forrige = denne.AddMonths(-1);
        var iOppfolging = IOppfolging(saker).Select(s => s.Id);
        var vedtak = (await db.Set<Domain.Vedtak>().AsNoTracking()
                .Where(v => v.Status == Vedtaksstatus.Vedtatt && iOppfolging.Contains(v.SakId)).Select(Vedtaksramme.Av).ToListAsync(ct))
            .ToLookup(v => v.SakId);
        var levert = await db.Set<Besok>().AsNoTracking().Where(Kontaktuttrykk.ErKontakt)
            .Where(b => b.Dato >= forrige && b.Dato <= idag && iOppfolging.Contains(b.SakId))
            .GroupBy(b => b.SakId)
            .Select(g => new { SakId = g.Key, Forrige = g.Sum(b => b.Dato < denne ? b.Minutter : 0), Denne = g.Sum(b => b.Dato >= denne ? b.Minutter : 0) })
            .ToDictionaryAsync(g => g.SakId, ct);

        var sluttForrige = denne.AddDays(-1);
        var sluttDenne = denne.AddMonths(1).AddDays(-1);
        var varsler = new List<(Guid SakId, Timevarsel Varsel)>();
        foreach (var sine in vedtak)
        {
            var liste = sine.ToList();
            var l = levert.GetValueOrDefault(sine.Key);
            Timeperiode[] perioder =
            [
                new(forrige, sluttForrige, Timeregnskap.Maanedsnavn(forrige), Timeregnskap.Innvilget(liste, forrige, sluttForrige), l?.Forrige ?? 0, 0, true),
                new(denne, sluttDenne, Timeregnskap.Maanedsnavn(denne), Timeregnskap.Innvilget(liste, denne, sluttDenne), l?.Denne ?? 0, 0, false),
            ];
            varsler.AddRange(Timeregnskap.Varsler(perioder, regler.UnderforbrukProsent).Select(v => (sine.Key, v)));
        }

        var forst = varsler.OrderByDescending(v => v.Varsel.Minutter).ThenBy(v => v.SakId).Take(antall).ToList();
        var hoder = await HoderAsync(saker, [.. forst.Select(v => v.SakId).Distinct()], ct);
        return (varsler.Count, [.. forst.Select(v => hoder[v.SakId] with { Timevarsel = v.Varsel })]);
    }

    /// <summary><see cref="Oppfolgingsregler.ManglerMote"/> in the database: no meeting on or after the limit, and the follow-up began before it.</summary>
    private async Task<(int, List<Rad>)> UtenMoteAsync(IQueryable<Sak> saker, DateOnly grense, int antall, CancellationToken ct)
    {
        var moter = db.Set<Samarbeidsmote>();
        var treff = await IOppfolging(saker)
            .Where(s => db.Set<Kontaktperiode>().Any(k => k.SakId == s.Id && k.Fra < grense) && !moter.Any(m => m.SakId == s.Id && m.Dato >= grense))
            .Select(s => new Treff(s.Id, s.Referanse, moter.Where(m => m.SakId == s.Id).Max(m => (DateOnly?)m.Dato), null, null))
            .AsNoTracking().ToListAsync(ct);
        return await ListeAsync(saker, treff, t => t.OrderBy(x => x.Dato).ThenBy(x => x.Referanse, StringComparer.Ordinal), antall, ct);
    }

    /// <summary><see cref="Oppfolgingsregler.ErUdokumentert"/> in the database, per case: how many, and the oldest.</summary>
    private async Task<(int, List<Rad>)> UdokumenterteAsync(IQueryable<Sak> saker, DateOnly idag, int antall, CancellationToken ct)
    {
        var udokumenterte = db.Set<Besok>().Where(b => b.Status == Besoksstatus.Planlagt && b.Dato < idag);
        // Per case from the case (the visits' planned-per-case index), so a team's overview reads its own cases' visits.
        var treff = await IOppfolging(saker)
            .Select(s => new { s.Id, s.Referanse, Antall = udokumenterte.Count(b => b.SakId == s.Id), Eldste = udokumenterte.Where(b => b.SakId == s.Id).Min(b => (DateOnly?)b.Dato) })
            .Where(x => x.Antall > 0)
            .Select(x => new Treff(x.Id, x.Referanse, x.Eldste, x.Antall, null)).AsNoTracking().ToListAsync(ct);
        return await ListeAsync(saker, treff, t => t.OrderBy(x => x.Dato).ThenBy(x => x.Referanse, StringComparer.Ordinal), antall, ct);
    }
}
