using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>One of the bo-oppfølger's users in "Mine brukere": the hours this week and month, the next visit, and the flags.</summary>
public sealed record MinBruker(
    Guid SakId, string Referanse, string Navn, Kontaktrolle Rolle, Timeperiode Uke, Timeperiode Maaned, IReadOnlyList<Timevarsel> Varsler,
    DateOnly? NesteBesok, TimeOnly? NesteStart, Besokstype? NesteType, int Udokumenterte,
    int DagerSidenKontakt, bool UtenKontakt, bool ManglendeMedvirkning,
    bool Sikkerhet, DateOnly? Utkastelse, string? Tolkesprak);

public sealed record MineBrukereVisning(DateOnly Idag, int KontaktgrenseDager, IReadOnlyList<MinBruker> Brukere);

/// <summary>A visit in the week view, with the user it is with.</summary>
public sealed record Ukebesok(
    Guid Id, Guid SakId, string Referanse, string Navn, Besoksstatus Status, DateOnly Dato, TimeOnly? Start, TimeOnly? Slutt, int Minutter,
    Besokstype Type, Besoksutfall? Utfall, bool Udokumentert);

/// <summary>The bo-oppfølger's week: each day from Monday with its visits, and the weeks before and after.</summary>
public sealed record Ukevisning(DateOnly Mandag, string Navn, IReadOnlyList<(DateOnly Dag, IReadOnlyList<Ukebesok> Besok)> Dager, int PlanlagtMinutter, int LevertMinutter);

/// <summary>
/// The bo-oppfølger's own work: "Mine brukere" (the cases where they are primær- or sekundærkontakt, with this week's and month's
/// granted, planned and delivered hours, the next visit and the flags from the mapping) and the week as a list per day. The
/// flags use the one definition of each rule (<see cref="Oppfolgingsregler"/>) with the settings (<see cref="OppfolgingOptions"/>).
/// </summary>
public sealed class MineBrukereService(
    IAppDbContext db, TilgangService tilgang, ICurrentUser currentUser, IAuditLogg audit, IOptions<OppfolgingOptions> innstillinger, TimeProvider tid)
{
    private OppfolgingOptions Regler => innstillinger.Value;

    public async Task<MineBrukereVisning> HentAsync(CancellationToken ct)
    {
        var idag = Norsktid.Dato(tid.GetUtcNow());
        if (currentUser.Id is not { } meg) return new MineBrukereVisning(idag, Regler.DagerUtenKontakt, []);
        var saker = await tilgang.SynligeSaker().AsNoTracking()
            .Where(s => s.Status == Saksstatus.IOppfolging && (s.PrimaerkontaktId == meg || s.SekundaerkontaktId == meg))
            .Select(s => new { s.Id, s.Referanse, s.Person!.Fornavn, s.Person.Etternavn, s.PrimaerkontaktId })
            .ToListAsync(ct);
        await audit.SkrivAsync(AuditHandling.Les, "Mine brukere", null, null, ct);
        if (saker.Count == 0) return new MineBrukereVisning(idag, Regler.DagerUtenKontakt, []);

        var ider = saker.Select(s => s.Id).ToList();
        var ukeStart = Timeregnskap.UkeStart(idag);
        var maanedStart = Timeregnskap.MaanedStart(idag);
        var fra = ukeStart < maanedStart ? ukeStart : maanedStart;
        var ukeSlutt = ukeStart.AddDays(6);
        var maanedSlutt = maanedStart.AddMonths(1).AddDays(-1);
        var til = ukeSlutt > maanedSlutt ? ukeSlutt : maanedSlutt;
        var medvirkningFra = idag.AddDays(-(Regler.IkkeMedvirkningDager - 1));

        var vedtak = (await db.Set<Domain.Vedtak>().AsNoTracking().Where(v => ider.Contains(v.SakId) && v.Status == Vedtaksstatus.Vedtatt).ToListAsync(ct))
            .ToLookup(v => v.SakId);
        var besok = (await db.Set<Besok>().AsNoTracking().Where(b => ider.Contains(b.SakId) && b.Dato >= fra && b.Dato <= til)
                .Select(b => new { b.SakId, b.Dato, b.Start, b.Minutter, b.Status, b.Utfall, b.Type }).ToListAsync(ct))
            .ToLookup(b => b.SakId);
        var neste = (await db.Set<Besok>().AsNoTracking().Where(b => ider.Contains(b.SakId) && b.Status == Besoksstatus.Planlagt && b.Dato >= idag)
                .Select(b => new { b.SakId, b.Dato, b.Start, b.Type }).ToListAsync(ct))
            .GroupBy(b => b.SakId).ToDictionary(g => g.Key, g => g.OrderBy(b => b.Dato).ThenBy(b => b.Start).First());
        var udokumenterte = await db.Set<Besok>().AsNoTracking().Where(b => ider.Contains(b.SakId) && b.Status == Besoksstatus.Planlagt && b.Dato < idag)
            .GroupBy(b => b.SakId).Select(g => new { g.Key, Antall = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Antall, ct);
        var sisteKontakt = await db.Set<Besok>().AsNoTracking()
            .Where(b => ider.Contains(b.SakId)).Where(Kontaktuttrykk.ErKontakt)
            .GroupBy(b => b.SakId).Select(g => new { g.Key, Dato = g.Max(b => b.Dato) }).ToDictionaryAsync(g => g.Key, g => g.Dato, ct);
        var uteblitt = (await db.Set<Besok>().AsNoTracking()
                .Where(b => ider.Contains(b.SakId) && b.Status == Besoksstatus.Registrert && b.Dato >= medvirkningFra && b.Dato <= idag
                    && (b.Utfall == Besoksutfall.IkkeTruffet || b.Utfall == Besoksutfall.AvlystAvBruker))
                .Select(b => new { b.SakId, b.Dato, b.Utfall }).ToListAsync(ct))
            .ToLookup(b => b.SakId);
        var start = await db.Set<Kontaktperiode>().AsNoTracking().Where(k => ider.Contains(k.SakId))
            .GroupBy(k => k.SakId).Select(g => new { g.Key, Fra = g.Min(k => k.Fra) }).ToDictionaryAsync(g => g.Key, g => g.Fra, ct);
        var varsler = await db.Set<Saksvarsler>().AsNoTracking().Where(v => ider.Contains(v.SakId)).ToDictionaryAsync(v => v.SakId, ct);

        var brukere = saker.Select(s =>
        {
            var sine = vedtak[s.Id].ToList();
            var foringer = besok[s.Id].Select(b => new Timeforing(b.Dato, b.Minutter, b.Status, b.Utfall)).ToList();
            var uke = Timeregnskap.Periode(sine, foringer, ukeStart, ukeSlutt, Timeregnskap.Ukenavn(ukeStart), idag);
            var maaned = Timeregnskap.Periode(sine, foringer, maanedStart, maanedSlutt, Timeregnskap.Maanedsnavn(maanedStart), idag);
            var kontakt = sisteKontakt.TryGetValue(s.Id, out var k) ? k : (DateOnly?)null;
            var oppstart = start.TryGetValue(s.Id, out var st) ? st : idag;
            var n = neste.GetValueOrDefault(s.Id);
            var v = varsler.GetValueOrDefault(s.Id);
            return new MinBruker(
                s.Id, s.Referanse, $"{s.Fornavn} {s.Etternavn}", s.PrimaerkontaktId == meg ? Kontaktrolle.Primaerkontakt : Kontaktrolle.Sekundaerkontakt,
                uke, maaned, Timeregnskap.Varsler([uke, maaned], Regler.UnderforbrukProsent),
                n?.Dato, n?.Start, n?.Type, udokumenterte.GetValueOrDefault(s.Id),
                Oppfolgingsregler.DagerSidenKontakt(kontakt, oppstart, idag), Oppfolgingsregler.UtenKontakt(kontakt, oppstart, idag, Regler.DagerUtenKontakt),
                Oppfolgingsregler.ManglendeMedvirkning(uteblitt[s.Id].Select(b => (b.Dato, b.Utfall)), idag, Regler.IkkeMedvirkningAntall, Regler.IkkeMedvirkningDager),
                v?.Sikkerhet is not null, v?.Utkastelse?.Dato, v?.Tolkesprak);
        });
        return new MineBrukereVisning(
            idag, Regler.DagerUtenKontakt,
            [.. brukere.OrderByDescending(b => b.Udokumenterte > 0 || b.UtenKontakt || b.ManglendeMedvirkning).ThenBy(b => b.NesteBesok ?? DateOnly.MaxValue).ThenBy(b => b.Navn)]);
    }

    /// <summary>The bo-oppfølger's visits in the ISO week that holds <paramref name="dag"/> (this week when null), per day.</summary>
    public async Task<Ukevisning> UkeAsync(DateOnly? dag, CancellationToken ct)
    {
        var idag = Norsktid.Dato(tid.GetUtcNow());
        var mandag = Timeregnskap.UkeStart(dag ?? idag);
        var sondag = mandag.AddDays(6);
        var meg = currentUser.Id ?? Guid.Empty;
        var besok = await tilgang.Synlige<Besok>().AsNoTracking()
            .Where(b => b.UtfortAv == meg && b.Dato >= mandag && b.Dato <= sondag)
            .Join(db.Saker, b => b.SakId, s => s.Id, (b, s) => new { b, s.Referanse, s.Person!.Fornavn, s.Person.Etternavn })
            .OrderBy(x => x.b.Dato).ThenBy(x => x.b.Start)
            .Select(x => new Ukebesok(
                x.b.Id, x.b.SakId, x.Referanse, x.Fornavn + " " + x.Etternavn, x.b.Status, x.b.Dato, x.b.Start, x.b.Slutt, x.b.Minutter, x.b.Type, x.b.Utfall, false))
            .ToListAsync(ct);
        await audit.SkrivAsync(AuditHandling.Les, "Ukeplan", null, null, ct);
        besok = [.. besok.Select(b => b with { Udokumentert = Oppfolgingsregler.ErUdokumentert(b.Status, b.Dato, idag) })];
        var dager = Enumerable.Range(0, 7).Select(i => mandag.AddDays(i))
            .Select(d => (d, (IReadOnlyList<Ukebesok>)[.. besok.Where(b => b.Dato == d)])).ToList();
        return new Ukevisning(
            mandag, Timeregnskap.Ukenavn(mandag), dager,
            besok.Where(b => b.Status == Besoksstatus.Planlagt).Sum(b => b.Minutter),
            besok.Where(b => Oppfolgingsregler.ErKontakt(b.Status, b.Utfall)).Sum(b => b.Minutter));
    }
}
