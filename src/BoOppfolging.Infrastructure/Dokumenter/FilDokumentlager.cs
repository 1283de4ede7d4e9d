using System.Security.Cryptography;
using BoOppfolging.Application.Common;
using Microsoft.Extensions.Options;

namespace BoOppfolging.Infrastructure.Dokumenter;

public sealed class DokumentlagerOptions
{
    /// <summary>A folder outside wwwroot.</summary>
    public string Mappe { get; set; } = "";
}

/// <summary>
/// Stores each document under the SHA-256 of its content: a stored document cannot change without
/// its key changing, and the same bytes are stored once. Files are never served directly.
/// </summary>
public sealed class FilDokumentlager(IOptions<DokumentlagerOptions> options) : IDokumentlager
{
    public async Task<string> LagreAsync(Stream innhold, CancellationToken ct)
    {
        Directory.CreateDirectory(options.Value.Mappe);
        var midlertidig = Path.Combine(options.Value.Mappe, $".{Guid.NewGuid():N}.tmp");
        string nokkel;
        await using (var fil = File.Create(midlertidig))
        using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            var buffer = new byte[81920];
            int lest;
            while ((lest = await innhold.ReadAsync(buffer, ct)) > 0)
            {
                hash.AppendData(buffer, 0, lest);
                await fil.WriteAsync(buffer.AsMemory(0, lest), ct);
            }

            nokkel = Convert.ToHexStringLower(hash.GetHashAndReset());
        }

        var endelig = Sti(nokkel);
        if (File.Exists(endelig)) File.Delete(midlertidig);
        else File.Move(midlertidig, endelig);
        return nokkel;
    }

    public Task<Stream?> AapneAsync(string nokkel, CancellationToken ct)
    {
        if (nokkel.Length != 64 || !nokkel.All(Uri.IsHexDigit)) return Task.FromResult<Stream?>(null);
        var sti = Sti(nokkel);
        return Task.FromResult<Stream?>(File.Exists(sti) ? File.OpenRead(sti) : null);
    }

    private string Sti(string nokkel) => Path.Combine(options.Value.Mappe, nokkel);
}
