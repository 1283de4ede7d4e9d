namespace BoOppfolging.Application.Common;

/// <summary>
/// Stores documents (attachments, sent letters) outside wwwroot. A stored document never changes;
/// it is found again by the key <see cref="LagreAsync"/> returns.
/// </summary>
public interface IDokumentlager
{
    Task<string> LagreAsync(Stream innhold, CancellationToken ct);
    Task<Stream?> AapneAsync(string nokkel, CancellationToken ct);
}
