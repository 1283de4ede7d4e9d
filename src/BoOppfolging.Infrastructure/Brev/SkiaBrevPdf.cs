using BoOppfolging.Application.Brev;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace BoOppfolging.Infrastructure.Brev;

/// <summary>
/// Letters as PDF through SkiaSharp's PDF backend: A4, the fonts embedded as subsets, real text that
/// can be selected and searched. <see cref="BrevLayout"/> places the lines; this class loads the fonts
/// and draws. The typefaces are loaded once and shared; everything else is made per letter.
/// </summary>
public sealed class SkiaBrevPdf : IBrevPdf, IDisposable
{
    private const string Liberation = "/usr/share/fonts/truetype/liberation/";
    private const string DejaVu = "/usr/share/fonts/truetype/dejavu/";

    private readonly SKTypeface _vanlig;
    private readonly SKTypeface _fet;

    public SkiaBrevPdf(IOptions<BrevOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _vanlig = LastSkrift(options.Value.FontRegular, nameof(BrevOptions.FontRegular),
            Liberation + "LiberationSans-Regular.ttf", DejaVu + "DejaVuSans.ttf");
        _fet = LastSkrift(options.Value.FontFet, nameof(BrevOptions.FontFet),
            Liberation + "LiberationSans-Bold.ttf", DejaVu + "DejaVuSans-Bold.ttf");
    }

    public byte[] LagPdf(Brevinnhold brev)
    {
        ArgumentNullException.ThrowIfNull(brev);
        using var skrifter = new Skrifter(_vanlig, _fet);
        var sider = new BrevLayout(skrifter).LagSider(brev);

        // Fixed dates from the letter itself, so the same letter gives the same file. SkiaSharp
        // writes the wall time as given and adds the host's UTC offset (worked out from the hour, so
        // midnight west of UTC gives "+19'00'"); noon keeps the offset and the day right within
        // eleven hours of UTC. The same letter on the same host is the same file, byte for byte.
        var dato = brev.Dato.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = brev.Tittel,
            Author = brev.Avsender.Kommune,
            Creator = brev.Avsender.Kommune,
            Creation = dato,
            Modified = dato,
        };

        using var pdf = new MemoryStream();
        using (var dokument = SKDocument.CreatePdf(pdf, metadata))
        using (var tekst = new SKPaint { Color = new SKColor(0x1A, 0x1A, 0x1A), IsAntialias = true })
        using (var dempet = new SKPaint { Color = new SKColor(0x55, 0x55, 0x55), IsAntialias = true, StrokeWidth = 0.5f })
        {
            foreach (var side in sider)
            {
                var lerret = dokument.BeginPage(BrevLayout.SideBredde, BrevLayout.SideHoyde);
                lerret.DrawLine(BrevLayout.Venstre, BrevLayout.Bunnstrek, BrevLayout.Hoyre, BrevLayout.Bunnstrek, dempet);
                foreach (var linje in side)
                {
                    var farge = linje.Skrift == Skrift.Liten ? dempet : tekst;
                    lerret.DrawText(linje.Tekst, linje.X, linje.Y, SKTextAlign.Left, skrifter[linje.Skrift], farge);
                }
                dokument.EndPage();
            }
            dokument.Close();
        }
        return pdf.ToArray();
    }

    public void Dispose()
    {
        _vanlig.Dispose();
        _fet.Dispose();
    }

    /// <summary>The configured file, or else the first standard file that exists. Never a font looked up by name.</summary>
    private static SKTypeface LastSkrift(string? konfigurert, string innstilling, params string[] standard)
    {
        if (!string.IsNullOrWhiteSpace(konfigurert))
        {
            return FraFil(konfigurert) ?? throw new InvalidOperationException(
                $"Brev:{innstilling} peker på «{konfigurert}», som ikke finnes eller ikke er en skriftfil med æøå. " +
                "Rett stien, eller fjern innstillingen og installer Debian-pakken fonts-liberation.");
        }
        return standard.Select(FraFil).FirstOrDefault(t => t is not null) ?? throw new InvalidOperationException(
            $"Fant ingen skrift til brev-PDF ({string.Join(", ", standard)}). Installer Debian-pakken fonts-liberation " +
            $"(apt-get install fonts-liberation), eller sett Brev:{innstilling} til en TrueType-fil.");
    }

    private static SKTypeface? FraFil(string sti)
    {
        if (!File.Exists(sti))
        {
            return null;
        }
        var skrift = SKTypeface.FromFile(sti);
        if (skrift is null)
        {
            return null;
        }
        using var font = new SKFont(skrift);
        if (font.ContainsGlyphs("æøåÆØÅ"))
        {
            return skrift;
        }
        skrift.Dispose();
        return null;
    }
}
