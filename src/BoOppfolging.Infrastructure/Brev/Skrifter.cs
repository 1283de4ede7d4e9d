using SkiaSharp;

namespace BoOppfolging.Infrastructure.Brev;

/// <summary>The type styles a letter uses.</summary>
internal enum Skrift
{
    Brodtekst,
    Fet,
    Tittel,
    Kommune,
    Liten,
}

/// <summary>One <see cref="SKFont"/> per <see cref="Skrift"/>, made for one letter (an SKFont is not shared between threads).</summary>
internal sealed class Skrifter : IDisposable
{
    private readonly Dictionary<Skrift, SKFont> _fonter;

    public Skrifter(SKTypeface vanlig, SKTypeface fet)
    {
        _fonter = Enum.GetValues<Skrift>().ToDictionary(
            skrift => skrift,
            skrift => new SKFont(ErFet(skrift) ? fet : vanlig, Storrelse(skrift))
            {
                // Unhinted widths: the PDF places glyphs by their real advances, so measure those.
                LinearMetrics = true,
                Subpixel = true,
                Hinting = SKFontHinting.None,
            });
    }

    public SKFont this[Skrift skrift] => _fonter[skrift];

    public float Bredde(string tekst, Skrift skrift) => _fonter[skrift].MeasureText(tekst);

    public static float Linjehoyde(Skrift skrift) => skrift switch
    {
        Skrift.Tittel => 20f,
        Skrift.Kommune => 18f,
        Skrift.Liten => 12.5f,
        _ => 15.5f,
    };

    /// <summary>From the top of a line's box to its baseline: the glyphs sit centred in the line height.</summary>
    public float Grunnlinje(Skrift skrift)
    {
        var metrikk = _fonter[skrift].Metrics;
        return ((Linjehoyde(skrift) - (metrikk.Descent - metrikk.Ascent)) / 2) - metrikk.Ascent;
    }

    private static bool ErFet(Skrift skrift) => skrift is Skrift.Fet or Skrift.Tittel or Skrift.Kommune;

    private static float Storrelse(Skrift skrift) => skrift switch
    {
        Skrift.Tittel => 15f,
        Skrift.Kommune => 14f,
        Skrift.Liten => 9f,
        _ => 11f,
    };

    public void Dispose()
    {
        foreach (var font in _fonter.Values)
        {
            font.Dispose();
        }
    }
}
