namespace BoOppfolging.Infrastructure.Brev;

/// <summary>
/// Font files for letters (section "Brev"). Left empty, Liberation Sans (Debian: fonts-liberation)
/// is used, then DejaVu Sans (fonts-dejavu-core). The font is read from a file, never looked up by
/// family name: that lookup can give an empty typeface without error, and the PDF then has no text.
/// </summary>
public sealed class BrevOptions
{
    /// <summary>Path to the TrueType file for body text. A path that is set but missing is an error, not a fallback.</summary>
    public string? FontRegular { get; set; }

    /// <summary>Path to the TrueType file for bold text (names, headings, the title).</summary>
    public string? FontFet { get; set; }
}
