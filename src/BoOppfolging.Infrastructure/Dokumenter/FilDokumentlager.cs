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
/// its key changing, and the same bytes are stored once. Files are never served directly. A file's
/// last write time is when it was last stored, by the app's clock: storing the same content again
/// renews it, so the sweep sees the file as young while the new row is being saved.
/// </summary>
public sealed class FilDokumentlager(IOptions<DokumentlagerOptions> options, TimeProvider tid) : IDokumentlager
{
    private string Mappe => options.Value.Mappe;

    public async Task<string> LagreAsync(Stream innhold, CancellationToken ct)
    {
        Directory.CreateDirectory(Mappe);
        var midlertidig = Path.Combine(Mappe, $".{Guid.NewGuid():N}.tmp");
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

        // The time is set before the file gets its name, and the rename replaces any file with the same
        // content at once: the key's file is never there with an old time after this store.
        var naa = tid.GetUtcNow().UtcDateTime;
        var endelig = Sti(nokkel);
        File.SetLastWriteTimeUtc(midlertidig, naa);
        try
        {
            File.Move(midlertidig, endelig, overwrite: true);
        }
        catch (IOException) when (File.Exists(endelig))
        {
            // The file is open for reading where that locks it (Windows): the same bytes are there; renew its time.
            File.SetLastWriteTimeUtc(endelig, naa);
            File.Delete(midlertidig);
        }

        return nokkel;
    }

    public Task<Stream?> AapneAsync(string nokkel, CancellationToken ct)
    {
        if (!ErNokkel(nokkel)) return Task.FromResult<Stream?>(null);
        var sti = Sti(nokkel);
        return Task.FromResult<Stream?>(File.Exists(sti) ? File.OpenRead(sti) : null);
    }

    public IAsyncEnumerable<LagretDokument> ListAsync(CancellationToken ct) => Liste(ct).ToAsyncEnumerable();

    public Task<bool> SlettAsync(string nokkel, DateTimeOffset lagretFor, CancellationToken ct)
    {
        if (!ErNokkel(nokkel)) return Task.FromResult(false);
        var sti = Sti(nokkel);
        // Moved aside first, then its time checked: a store of the same content that renamed a new file
        // into place before the move has the new time (and goes back); one after the move is a new file.
        var tilSletting = Path.Combine(Mappe, $".{Guid.NewGuid():N}.slettes");
        try
        {
            File.Move(sti, tilSletting);
        }
        catch (IOException)
        {
            return Task.FromResult(false); // gone already, or open where that locks it: the next sweep tries again
        }

        if (File.GetLastWriteTimeUtc(tilSletting) < lagretFor.UtcDateTime)
        {
            File.Delete(tilSletting);
            return Task.FromResult(true);
        }

        try
        {
            File.Move(tilSletting, sti);
        }
        catch (IOException) when (File.Exists(sti))
        {
            File.Delete(tilSletting); // stored again meanwhile: the same bytes are there already
        }

        return Task.FromResult(false);
    }

    private IEnumerable<LagretDokument> Liste(CancellationToken ct)
    {
        if (!Directory.Exists(Mappe)) yield break;
        foreach (var fil in new DirectoryInfo(Mappe).EnumerateFiles())
        {
            ct.ThrowIfCancellationRequested();
            if (ErNokkel(fil.Name)) yield return new LagretDokument(fil.Name, new DateTimeOffset(fil.LastWriteTimeUtc, TimeSpan.Zero));
        }
    }

    /// <summary>A key is 64 hex digits, so it can never name a path outside the folder (or a temporary file).</summary>
    private static bool ErNokkel(string nokkel) => nokkel.Length == 64 && nokkel.All(Uri.IsHexDigit);

    private string Sti(string nokkel) => Path.Combine(Mappe, nokkel);
}
