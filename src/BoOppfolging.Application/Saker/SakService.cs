using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Saker;

/// <summary>Reading cases: the lists on each role's start page, one case with its timeline, and "Mine saker".</summary>
public sealed partial class SakService(
    IAppDbContext db, TilgangService tilgang, IAuditLogg audit, IBrukerOppslag brukere, ICurrentUser currentUser, TimeProvider tid)
{
    public const int SideStorrelse = 25;

    /// <summary>The first page of the user's cases, newest deadline first (the citizen's "Mine saker").</summary>
    public Task<SakListe> ListAsync(int side, CancellationToken ct) =>
        ListAsync(new Saksfilter { Status = "alle", Sortering = Sakssortering.Mottatt, Synkende = true, Side = side }, ct);

    /// <summary>
    /// The work list: the cases the user may see, filtered, sorted and one page at a time. One query
    /// for the page with its count (a projection, no tracking) and one for the saksbehandlers' names.
    /// Without a search the visible cases come in parts that never overlap (<see cref="TilgangService.SynligeSakerIDeler"/>):
    /// the count adds them up, and the page takes the first rows of each part in the list's order and
    /// merges them, so each part is read along an index instead of sorting every match.
    /// The page is chosen by its keys alone, which the indexes hold, and only its 25 cases are read
    /// from the table. The count goes in the same statement: SQLite then reads the index pages once for
    /// both (after any write, such as the audit entry of every page view, each connection starts with
    /// an empty page cache), and the count and the page come from the same snapshot.
    /// </summary>
    public async Task<SakListe> ListAsync(Saksfilter filter, CancellationToken ct)
    {
        var side = Math.Clamp(filter.Side, 1, 100_000);
        var idag = Norsktid.Dato(tid.GetUtcNow());
        // A search narrows the cases to one person's or a few hundred by its own index, and the rule is
        // then best checked once per match; without one, the rule's parts are what narrows them.
        var synlige = string.IsNullOrWhiteSpace(filter.Sok) ? tilgang.SynligeSakerIDeler() : [tilgang.SynligeSaker()];
        var deler = synlige.Select(d => Filtrer(d.AsNoTracking(), filter, idag)).ToList();
        var alle = deler.Select(d => d.Select(s => s.Id)).Aggregate((a, b) => a.Concat(b));

        var hopp = (side - 1) * SideStorrelse;
        var sortert = deler.Count == 1
            ? Sorter(deler[0], filter)
            : Sorter(deler.Select(d => Sorter(d, filter).Take(hopp + SideStorrelse)).Aggregate((a, b) => a.Concat(b)), filter);
        var sidensSaker = sortert.Skip(hopp).Take(SideStorrelse).Select(s => s.Id);
        var rader = await Sorter(db.Saker.AsNoTracking().Where(s => sidensSaker.Contains(s.Id)), filter)
            .Select(s => new
            {
                s.Id, s.Referanse, s.Person!.Fornavn, s.Person.Etternavn, s.Status, s.Kanal, s.Hastegrad, s.Mottatt, s.Frist,
                s.ForelopigSvarSendt, s.SaksbehandlerId, Totalt = alle.Count(),
            })
            .ToListAsync(ct);
        // An empty page has no row to carry the count: on the first page there is nothing, further on it is asked for alone.
        var totalt = rader.Count > 0 ? rader[0].Totalt : side == 1 ? 0 : await alle.CountAsync(ct);

        var navn = await brukere.NavnAsync(rader.Where(r => r.SaksbehandlerId != null).Select(r => r.SaksbehandlerId!.Value), ct);
        var saker = rader.Select(r => new SakListeElement(
            r.Id, r.Referanse, $"{r.Fornavn} {r.Etternavn}", r.Status, r.Kanal, r.Hastegrad, r.Mottatt, r.Frist,
            Sak.ErForsinket(r.Status, r.Frist, idag), r.ForelopigSvarSendt != null,
            r.SaksbehandlerId is { } id ? navn.GetValueOrDefault(id, "Ukjent") : null)).ToList();

        await audit.SkrivAsync(AuditHandling.Les, "Saksliste", null, null, ct);
        return new SakListe(saker, totalt, side, SideStorrelse, filter with { Side = side });
    }

    /// <summary>The list's order. Every order ends in a unique column, so parts sorted alone merge into the same pages.</summary>
    private static IOrderedQueryable<Sak> Sorter(IQueryable<Sak> query, Saksfilter filter) => (filter.Sortering, filter.Synkende) switch
    {
        (Sakssortering.Mottatt, false) => query.OrderBy(s => s.Mottatt).ThenBy(s => s.Id),
        (Sakssortering.Mottatt, true) => query.OrderByDescending(s => s.Mottatt).ThenByDescending(s => s.Id),
        (Sakssortering.Referanse, false) => query.OrderBy(s => s.Referanse),
        (Sakssortering.Referanse, true) => query.OrderByDescending(s => s.Referanse),
        (Sakssortering.Status, false) => query.OrderBy(s => s.Status).ThenBy(s => s.Frist).ThenBy(s => s.Id),
        (Sakssortering.Status, true) => query.OrderByDescending(s => s.Status).ThenBy(s => s.Frist).ThenBy(s => s.Id),
        (_, true) => query.OrderByDescending(s => s.Frist).ThenByDescending(s => s.Id),
        _ => query.OrderBy(s => s.Frist).ThenBy(s => s.Id),
    };

    private IQueryable<Sak> Filtrer(IQueryable<Sak> query, Saksfilter filter, DateOnly idag)
    {
        // A search looks for a person or a reference: it finds their closed cases too, unless a status is chosen.
        if (string.IsNullOrEmpty(filter.Status) && string.IsNullOrWhiteSpace(filter.Sok))
        {
            query = query.Where(s => SaksstatusRegler.Apne.Contains(s.Status));
        }
        else if (Enum.TryParse<Saksstatus>(filter.Status, out var status) && Enum.IsDefined(status))
        {
            query = query.Where(s => s.Status == status);
        }

        if (filter.Saksbehandler == "meg") query = query.Where(s => s.SaksbehandlerId == currentUser.Id);
        else if (filter.Saksbehandler == "ingen") query = query.Where(s => s.SaksbehandlerId == null);
        else if (Guid.TryParse(filter.Saksbehandler, out var saksbehandler)) query = query.Where(s => s.SaksbehandlerId == saksbehandler);

        if (filter.MottattFra is { } fra)
        {
            var fraTid = Tidspunkt(fra);
            query = query.Where(s => s.Mottatt >= fraTid);
        }

        if (filter.MottattTil is { } til)
        {
            var tilTid = Tidspunkt(til.AddDays(1));
            query = query.Where(s => s.Mottatt < tilTid);
        }

        if (filter.BareForsinket)
        {
            query = query.Where(s => s.Frist < idag && SaksstatusRegler.UnderBehandling.Contains(s.Status));
        }

        var sok = filter.Sok?.Trim();
        if (!string.IsNullOrEmpty(sok))
        {
            if (Saksreferanse.ErGyldig(sok))
            {
                var referanse = sok.ToUpperInvariant();
                query = query.Where(s => s.Referanse == referanse);
            }
            else if (sok.Length == 11 && sok.All(char.IsAsciiDigit))
            {
                query = query.Where(s => s.Person!.Fodselsnummer == sok); // exact match only
            }
            else
            {
                // Every word typed must be the start of a part of the person's name, in any order.
                var ord = Navnedel.Deler(sok);
                if (ord.Count == 0) query = query.Where(_ => false);
                foreach (var start in ord)
                {
                    var personer = PersonerMedNavnedelSomStarterMed(start);
                    query = query.Where(s => personer.Contains(s.PersonId));
                }
            }
        }

        return query;
    }

    /// <summary>
    /// The persons with a name part that starts with <paramref name="start"/> (lower case, from
    /// <see cref="Navnedel.Deler"/>), as a range on the indexed part: from the start itself up to
    /// the start followed by the highest character. A range, not LIKE: SQLite uses an index for LIKE
    /// only on case-insensitive columns, and the same comparison works on SQL Server.
    /// </summary>
    private IQueryable<Guid> PersonerMedNavnedelSomStarterMed(string start)
    {
        var til = start + '\uffff';
#pragma warning disable CA1309, CA1310 // translated to SQL's >= and <: the database compares, by its column's binary collation
        return db.Navnedeler
            .Where(n => string.Compare(n.Del, start) >= 0 && string.Compare(n.Del, til) < 0)
            .Select(n => n.PersonId);
#pragma warning restore CA1309, CA1310
    }

    private static DateTimeOffset Tidspunkt(DateOnly dato)
    {
        // Midnight in Norway, as UTC: times are stored in UTC and SQLite compares the stored ticks.
        var lokal = dato.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(lokal, Norsktid.Sone.GetUtcOffset(lokal)).ToUniversalTime();
    }

    public async Task<Result<SakDetaljer>> HentAsync(Guid sakId, CancellationToken ct)
    {
        var sak = await tilgang.SynligeSaker().AsNoTracking()
            .Where(s => s.Id == sakId)
            .Select(s => new
            {
                s.Id, s.Referanse, s.PersonId, s.Person!.Fornavn, s.Person.Etternavn, s.Person.Fodselsnummer,
                s.Person.Fodselsdato, s.Status, s.Kanal, s.Mottatt, s.Frist, s.Henleggelsesgrunn, s.Versjon,
                Fakta = new Saksfakta(s.Id, s.PersonId, s.FullmektigPersonId, s.SaksbehandlerId, s.TeamId, s.PrimaerkontaktId, s.SekundaerkontaktId, s.Status),
            })
            .SingleOrDefaultAsync(ct);
        if (sak is null) return Result<SakDetaljer>.NotFound();
        var evner = await tilgang.EvnerAsync(sak.Fakta, ct);

        var visInterne = evner.Kan(Handling.SeSaksopplysninger);
        var hendelser = await tilgang.Synlige<Hendelse>().AsNoTracking()
            .Where(h => h.SakId == sakId && (visInterne || !h.Intern))
            .OrderBy(h => h.Tidspunkt)
            .Select(h => new { h.Tidspunkt, h.Type, h.Tekst, h.UtfortAv, h.Intern })
            .ToListAsync(ct);
        var navn = await brukere.NavnAsync(hendelser.Where(h => h.UtfortAv != null).Select(h => h.UtfortAv!.Value), ct);

        await audit.SkrivAsync(AuditHandling.Les, "Sak", sak.Id, sak.PersonId, ct);

        var fnr = sak.Fodselsnummer is null ? null : Fodselsnummer.Parse(sak.Fodselsnummer, tillatSyntetisk: true);
        return new SakDetaljer(
            sak.Id, sak.Referanse, sak.PersonId, $"{sak.Fornavn} {sak.Etternavn}",
            fnr is { IsSuccess: true } ? fnr.Value.Maskert : null,
            sak.Fodselsdato, sak.Status, sak.Kanal, sak.Mottatt, sak.Frist,
            Sak.ErForsinket(sak.Status, sak.Frist, Norsktid.Dato(tid.GetUtcNow())), sak.Henleggelsesgrunn, sak.Versjon,
            hendelser.Select(h => new HendelseVisning(
                h.Tidspunkt, h.Type, h.Tekst,
                h.UtfortAv is { } id && navn.TryGetValue(id, out var n) ? n : null,
                h.Intern)).ToList(),
            KanTrekkeSoknad: evner.Kan(Handling.TrekkSoknad));
    }
}
