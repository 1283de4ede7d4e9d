using PdfSharp.Drawing;
using PdfSharp.Pdf;

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

/// <summary>
/// One <see cref="XFont"/> per <see cref="Skrift"/> and a measuring context, made for one letter (an
/// XGraphics is not shared between threads). The fonts are embedded as subsets with Unicode encoding,
/// so the text extracts with æøå.
/// </summary>
internal sealed class Skrifter : IDisposable
{
    private static readonly XPdfFontOptions Innebygd = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    private readonly Dictionary<Skrift, XFont> _fonter;
    private readonly XGraphics _maal;

    public Skrifter(string vanlig, string fet)
    {
        _fonter = Enum.GetValues<Skrift>().ToDictionary(
            skrift => skrift,
            skrift => new XFont(ErFet(skrift) ? fet : vanlig, Storrelse(skrift), XFontStyleEx.Regular, Innebygd));
        _maal = XGraphics.CreateMeasureContext(new XSize(BrevLayout.SideBredde, BrevLayout.SideHoyde), XGraphicsUnit.Point, XPageDirection.Downwards);
    }

    public XFont this[Skrift skrift] => _fonter[skrift];

    public double Bredde(string tekst, Skrift skrift) => tekst.Length == 0 ? 0 : _maal.MeasureString(tekst, _fonter[skrift]).Width;

    public static double Linjehoyde(Skrift skrift) => skrift switch
    {
        Skrift.Tittel => 20,
        Skrift.Kommune => 18,
        Skrift.Liten => 12.5,
        _ => 15.5,
    };

    /// <summary>From the top of a line's box to its baseline: the glyphs sit centred in the line height.</summary>
    public double Grunnlinje(Skrift skrift)
    {
        var font = _fonter[skrift];
        var metrikk = font.Metrics;
        var over = font.Size * metrikk.Ascent / metrikk.UnitsPerEm;
        var under = font.Size * Math.Abs(metrikk.Descent) / metrikk.UnitsPerEm;
        return ((Linjehoyde(skrift) - (over + under)) / 2) + over;
    }

    private static bool ErFet(Skrift skrift) => skrift is Skrift.Fet or Skrift.Tittel or Skrift.Kommune;

    private static double Storrelse(Skrift skrift) => skrift switch
    {
        Skrift.Tittel => 15,
        Skrift.Kommune => 14,
        Skrift.Liten => 9,
        _ => 11,
    };

    public void Dispose() => _maal.Dispose();
}
