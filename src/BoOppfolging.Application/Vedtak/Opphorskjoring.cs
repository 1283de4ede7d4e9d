using BoOppfolging.Application.Common;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BoOppfolging.Application.Vedtak;

/// <summary>
/// Ends the cases whose approved opphørsvedtak's end date has come (<see cref="Sak.AvsluttVedOpphor"/>): until that day the
/// follow-up goes on (the bo-oppfølger keeps the case, the visits count against the vedtak in force). Run by the system at
/// start and every hour; no user, so the case's change is audited without one. A case that fails is logged and tried again.
/// </summary>
public sealed class Opphorskjoring(IAppDbContext db, TimeProvider tid, ILogger<Opphorskjoring> logger)
{
    public async Task<int> AvsluttAsync(CancellationToken ct)
    {
        var naa = tid.GetUtcNow();
        var idag = Norsktid.Dato(naa);
        var vedtak = db.Set<Domain.Vedtak>();
        var forfalte = await (
                from v in vedtak
                where v.Type == Vedtakstype.Opphorsvedtak && v.Status == Vedtaksstatus.Vedtatt && v.Fra <= idag
                      && !vedtak.Any(n => n.SakId == v.SakId && n.Status == Vedtaksstatus.Vedtatt && n.Nummer > v.Nummer)
                join s in db.Saker on v.SakId equals s.Id
                where s.Status == Saksstatus.Vedtatt || s.Status == Saksstatus.IOppfolging
                select new { Sak = s, Vedtak = v })
            .ToListAsync(ct);
        var avsluttet = 0;
        foreach (var f in forfalte)
        {
            var result = f.Sak.AvsluttVedOpphor(f.Vedtak, naa);
            if (result.IsSuccess) avsluttet++;
            else logger.LogWarning("Sak {SakId}: kunne ikke avsluttes ved opphør ({Kode})", f.Sak.Id, result.Error?.Kode);
        }

        if (avsluttet > 0)
        {
            await db.SaveChangesAsync(ct);
            logger.LogInformation("{Antall} saker avsluttet ved opphørsvedtak", avsluttet);
        }

        return avsluttet;
    }
}
