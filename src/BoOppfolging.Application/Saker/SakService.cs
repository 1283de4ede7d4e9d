using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Saker;

/// <summary>Reading cases: the lists on each role's start page, one case with its timeline, and "Mine saker".</summary>
public sealed class SakService(
    IAppDbContext db, TilgangService tilgang, IAuditLogg audit, IBrukerOppslag brukere)
{
    public const int SideStorrelse = 25;

    public async Task<SakListe> ListAsync(int side, CancellationToken ct)
    {
        side = Math.Max(1, side);
        var query = tilgang.SynligeSaker().AsNoTracking();
        var totalt = await query.CountAsync(ct);
        var saker = await query
            .OrderByDescending(s => s.Mottatt)
            .ThenByDescending(s => s.Id)
            .Skip((side - 1) * SideStorrelse)
            .Take(SideStorrelse)
            .Select(s => new SakListeElement(
                s.Id, s.Referanse, s.Person!.Fornavn + " " + s.Person.Etternavn, s.Status, s.Kanal, s.Mottatt,
                s.SaksbehandlerId != null))
            .ToListAsync(ct);

        await audit.SkrivAsync(AuditHandling.Les, "Saksliste", null, null, ct);
        return new SakListe(saker, totalt, side, SideStorrelse);
    }

    public async Task<Result<SakDetaljer>> HentAsync(Guid sakId, CancellationToken ct)
    {
        var sak = await tilgang.SynligeSaker().AsNoTracking()
            .Where(s => s.Id == sakId)
            .Select(s => new
            {
                s.Id, s.Referanse, s.PersonId, s.Person!.Fornavn, s.Person.Etternavn, s.Person.Fodselsnummer,
                s.Person.Fodselsdato, s.Status, s.Kanal, s.Mottatt, s.Versjon,
            })
            .SingleOrDefaultAsync(ct);
        if (sak is null) return Result<SakDetaljer>.NotFound();

        var visInterne = tilgang.ErAnsatt;
        var hendelser = await db.Hendelser.AsNoTracking()
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
            sak.Fodselsdato, sak.Status, sak.Kanal, sak.Mottatt, sak.Versjon,
            hendelser.Select(h => new HendelseVisning(
                h.Tidspunkt, h.Type, h.Tekst,
                h.UtfortAv is { } id && navn.TryGetValue(id, out var n) ? n : null,
                h.Intern)).ToList());
    }
}
