using BoOppfolging.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BoOppfolging.Application.Dokumenter;

/// <summary>
/// Deletes files in the document store that no row refers to: attachments deleted from a draft or
/// left by a draft the clean-up removed, PDFs of a send that failed. They are personal data kept
/// without a purpose. Runs with the draft clean-up (<c>Web/Infrastruktur/UtkastOpprydding</c>).
/// </summary>
public sealed class DokumentOpprydding(IAppDbContext db, IDokumentlager dokumentlager, TimeProvider tid, ILogger<DokumentOpprydding> logger)
{
    /// <summary>
    /// A file is stored before the row that refers to it is saved (an upload, a letter being sent), so a
    /// file stored more recently than this is never deleted, whatever the rows say.
    /// </summary>
    public static readonly TimeSpan Karenstid = TimeSpan.FromDays(1);

    private const int Bunke = 500;

    /// <summary>Deletes the files older than <see cref="Karenstid"/> that no row refers to; returns how many.</summary>
    public async Task<int> SlettUrefererteAsync(CancellationToken ct)
    {
        var grense = tid.GetUtcNow() - Karenstid;
        var (slettet, unge) = (0, 0);
        var bunke = new List<string>(Bunke);
        await foreach (var dokument in dokumentlager.ListAsync(ct))
        {
            if (dokument.Lagret >= grense)
            {
                unge++;
                continue;
            }

            bunke.Add(dokument.Nokkel);
            if (bunke.Count < Bunke) continue;
            slettet += await SlettUrefererteAsync(bunke, grense, ct);
            bunke.Clear();
        }

        if (bunke.Count > 0) slettet += await SlettUrefererteAsync(bunke, grense, ct);
        logger.LogInformation(
            "Dokumentlageret ryddet: {Slettet} filer uten referanse slettet, {Unge} filer nyere enn {Timer} timer ikke vurdert",
            slettet, unge, Karenstid.TotalHours);
        return slettet;
    }

    private async Task<int> SlettUrefererteAsync(List<string> nokler, DateTimeOffset grense, CancellationToken ct)
    {
        var referert = (await Refererte(nokler).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var slettet = 0;
        foreach (var nokkel in nokler.Where(n => !referert.Contains(n)))
        {
            if (await dokumentlager.SlettAsync(nokkel, grense, ct)) slettet++;
        }

        return slettet;
    }

    /// <summary>
    /// Every column that keeps a document key, among <paramref name="nokler"/>. A new kind of row with a
    /// document is added here, or the sweep deletes its files: <c>DokumentOppryddingTests</c> fails
    /// until it is, for any property in the model named like a document key.
    /// </summary>
    private IQueryable<string> Refererte(List<string> nokler) =>
        db.Vedlegg.Where(v => nokler.Contains(v.DokumentNokkel)).Select(v => v.DokumentNokkel)
            .Concat(db.Brev.Where(b => b.DokumentNokkel != null && nokler.Contains(b.DokumentNokkel)).Select(b => b.DokumentNokkel!));
}
