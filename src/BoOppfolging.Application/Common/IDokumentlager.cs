namespace BoOppfolging.Application.Common;

/// <summary>
/// Stores documents (attachments, sent letters) outside wwwroot. A stored document never changes;
/// it is found again by the key <see cref="LagreAsync"/> returns. The same content may be stored
/// for several rows under one key, so a document is deleted only by the sweep that knows every
/// row (<c>Dokumenter.DokumentOpprydding</c>), never when one row goes.
/// </summary>
public interface IDokumentlager
{
    /// <summary>Stores the content and returns its key; storing content already there counts as storing it now (<see cref="LagretDokument.Lagret"/>).</summary>
    Task<string> LagreAsync(Stream innhold, CancellationToken ct);

    Task<Stream?> AapneAsync(string nokkel, CancellationToken ct);

    /// <summary>Every stored document, with when it was last stored.</summary>
    IAsyncEnumerable<LagretDokument> ListAsync(CancellationToken ct);

    /// <summary>
    /// Deletes the document if it was last stored before <paramref name="lagretFor"/>; one stored
    /// again since (its row may be about to be saved) is kept. True if it was deleted.
    /// </summary>
    Task<bool> SlettAsync(string nokkel, DateTimeOffset lagretFor, CancellationToken ct);
}

/// <summary>A document in the store: its key and when it was last stored.</summary>
public sealed record LagretDokument(string Nokkel, DateTimeOffset Lagret);
