namespace BoOppfolging.Application.Soknad;

/// <summary>
/// The type of an uploaded file, told from its first bytes (its signature), never from its name or
/// the browser's content type, which anyone can set. Only PDF, JPEG and PNG are accepted.
/// Hand-written: three fixed signatures do not need a library.
/// </summary>
public static class Filtype
{
    private static readonly (byte[] Signatur, string Innholdstype)[] Tillatte =
    [
        ("%PDF-"u8.ToArray(), "application/pdf"),
        ([0xFF, 0xD8, 0xFF], "image/jpeg"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png"),
    ];

    public const int SignaturLengde = 8;

    /// <summary>The content type, or null when the file is none of the allowed types.</summary>
    public static string? Gjenkjenn(ReadOnlySpan<byte> starten)
    {
        foreach (var (signatur, innholdstype) in Tillatte)
        {
            if (starten.StartsWith(signatur)) return innholdstype;
        }

        return null;
    }
}
