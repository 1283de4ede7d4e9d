using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace BoOppfolging.Infrastructure.Brev;

/// <summary>
/// PDFsharp's font resolver for letters: serves the TrueType files a <see cref="PdfSharpBrevPdf"/> read
/// at start, under a family name made from the file's path. PDFsharp on Linux finds no system fonts by
/// itself, and takes one resolver per process (set before the first font is used and never replaced),
/// so this one is shared and each renderer registers its files in it: two renderers with different
/// files (the tests, a configured font) do not disturb each other.
/// </summary>
internal sealed class BrevSkriftResolver : IFontResolver
{
    private static readonly Lock Las = new();
    private readonly ConcurrentDictionary<string, byte[]> _filer = new(StringComparer.Ordinal);

    private BrevSkriftResolver()
    {
    }

    public static BrevSkriftResolver Instans { get; } = new();

    /// <summary>
    /// Makes this the process's font resolver and registers a font file. Returns the family name to
    /// ask PDFsharp for. Fails if another font resolver was set first: letters would then silently get
    /// someone else's fonts.
    /// </summary>
    public static string Registrer(string sti, byte[] innhold)
    {
        lock (Las)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = Instans;
            }
            else if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instans))
            {
                throw new InvalidOperationException(
                    "PDFsharp har allerede en annen fontoppløser (GlobalFontSettings.FontResolver); brev-PDF-ene kan ikke bruke sine skrifter.");
            }
        }
        var familie = "brev:" + sti;
        Instans._filer[familie] = innhold;
        return familie;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        _filer.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

    public byte[]? GetFont(string faceName) => _filer.TryGetValue(faceName, out var innhold) ? innhold : null;
}
