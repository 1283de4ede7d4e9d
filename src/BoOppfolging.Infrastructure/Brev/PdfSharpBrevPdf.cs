using System.Security.Cryptography;
using System.Text;
using BoOppfolging.Application.Brev;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Events;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using PdfSharp.UniversalAccessibility;

namespace BoOppfolging.Infrastructure.Brev;

/// <summary>
/// Letters as tagged (accessible) PDFs through PDFsharp: A4, the fonts embedded as subsets, real text
/// that can be selected and searched, and a structure tree in reading order (the title H1, section
/// headings H2, paragraphs P, lists L/LI/Lbl/LBody, tables Table/TR/TH/TD; the header and signature as
/// P; footers as artifacts), language nb-NO and the letter's title shown as the document's title.
/// <see cref="BrevLayout"/> builds the tree and places it on pages; this class reads the fonts at
/// start and draws the tree.
/// </summary>
public sealed class PdfSharpBrevPdf : IBrevPdf
{
    private const string Liberation = "/usr/share/fonts/truetype/liberation/";
    private const string DejaVu = "/usr/share/fonts/truetype/dejavu/";

    private static readonly XColor Tekstfarge = XColor.FromArgb(0x1A, 0x1A, 0x1A);
    private static readonly XColor Dempet = XColor.FromArgb(0x55, 0x55, 0x55);
    private static readonly XColor Hodefarge = XColor.FromArgb(0xEE, 0xEE, 0xEE);

    private readonly string _vanlig;
    private readonly string _fet;

    public PdfSharpBrevPdf(IOptions<BrevOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _vanlig = LastSkrift(options.Value.FontRegular, nameof(BrevOptions.FontRegular),
            Liberation + "LiberationSans-Regular.ttf", DejaVu + "DejaVuSans.ttf");
        _fet = LastSkrift(options.Value.FontFet, nameof(BrevOptions.FontFet),
            Liberation + "LiberationSans-Bold.ttf", DejaVu + "DejaVuSans-Bold.ttf");
    }

    public byte[] SlaSammen(IReadOnlyList<byte[]> pdfer, string tittel)
    {
        ArgumentNullException.ThrowIfNull(pdfer);
        using var samlet = new PdfDocument();
        samlet.Info.Title = tittel;
        foreach (var pdf in pdfer)
        {
            using var kilde = new MemoryStream(pdf, writable: false);
            using var brev = PdfReader.Open(kilde, PdfDocumentOpenMode.Import);
            foreach (var side in brev.Pages) samlet.AddPage(side);
        }

        using var ut = new MemoryStream();
        samlet.Save(ut, closeStream: false);
        return ut.ToArray();
    }

    public byte[] LagPdf(Brevinnhold brev)
    {
        ArgumentNullException.ThrowIfNull(brev);
        using var skrifter = new Skrifter(_vanlig, _fet);
        var oppsett = new BrevLayout(skrifter).LagOppsett(brev);

        using var dokument = new PdfDocument();
        // Fixed dates and document id from the letter itself, so the same letter gives the same file.
        var dato = brev.Dato.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        dokument.Info.Title = brev.Tittel;
        dokument.Info.Author = brev.Avsender.Kommune;
        dokument.Info.Creator = brev.Avsender.Kommune;
        dokument.Info.CreationDate = dato;
        dokument.Info.ModificationDate = dato;
        var id = DokumentId(brev);
        dokument.Internals.FirstDocumentID = id;
        dokument.Internals.SecondDocumentID = id;

        var ua = UAManager.ForDocument(dokument);
        ua.SetDocumentLanguage("nb-NO");
        dokument.ViewerPreferences.DisplayDocTitle = true;

        new Tegner(dokument, ua.StructureBuilder, skrifter, oppsett).Tegn();
        FasteSkriftnavn(dokument, id);

        using var pdf = new MemoryStream();
        dokument.Save(pdf, closeStream: false);
        var bytes = pdf.ToArray();
        FasteXmpId(bytes, id);
        return bytes;
    }

    /// <summary>
    /// PDFsharp writes the XMP metadata while saving, with a new random DocumentID and InstanceID
    /// each time (uuid:…, 36 characters, in the uncompressed metadata stream). They are replaced in
    /// place by ones from the letter's id, of the same length, so no offset in the file moves.
    /// </summary>
    private static void FasteXmpId(byte[] pdf, string id)
    {
        foreach (var (felt, nr) in (ReadOnlySpan<(string, byte)>)[("<xmpMM:DocumentID>uuid:", 1), ("<xmpMM:InstanceID>uuid:", 2)])
        {
            var merke = Encoding.ASCII.GetBytes(felt);
            var start = pdf.AsSpan().IndexOf(merke);
            if (start < 0)
            {
                continue;
            }
            var kilde = Encoding.Latin1.GetBytes(id);
            kilde[0] ^= nr;
            var uuid = Encoding.ASCII.GetBytes(new Guid(kilde).ToString());
            uuid.CopyTo(pdf, start + merke.Length);
        }
    }

    /// <summary>
    /// The file's id (the trailer's /ID and the XMP's DocumentID and InstanceID): PDFsharp draws a new
    /// one for every file unless told; 16 bytes from the letter's reference, date and title give the
    /// same one each time. PDFsharp takes it as a string of one character per byte.
    /// </summary>
    private static string DokumentId(Brevinnhold brev)
    {
        var nokkel = string.Join('\n', brev.Referanse, brev.Dato.ToString("O", System.Globalization.CultureInfo.InvariantCulture), brev.Tittel);
        return string.Concat(SHA256.HashData(Encoding.UTF8.GetBytes(nokkel)).Take(16).Select(b => (char)b));
    }

    /// <summary>
    /// A subset font's name starts with six letters PDFsharp draws at random for every file
    /// ("ABCDEF+Liberation Sans"). They are replaced by six from the letter's id and the font's name,
    /// the same for the same letter and still different between letters, as the PDF standard asks.
    /// </summary>
    private static void FasteSkriftnavn(PdfDocument dokument, string id)
    {
        foreach (var ordbok in dokument.Internals.GetAllObjects().OfType<PdfDictionary>())
        {
            foreach (var nokkel in (string[])["/BaseFont", "/FontName"])
            {
                var navn = ordbok.Elements.GetName(nokkel);
                if (navn.Length > 8 && navn[7] == '+')
                {
                    var hash = SHA256.HashData(Encoding.UTF8.GetBytes(id + navn[8..]));
                    var merke = string.Concat(hash.Take(6).Select(b => (char)('A' + (b % 26))));
                    ordbok.Elements.SetName(nokkel, "/" + merke + navn[7..]);
                }
            }
        }
    }

    /// <summary>
    /// Walks the structure tree in reading order: an element opens its tag, text is drawn inside it,
    /// rules and fills are artifacts. A page is begun when the first part placed on it comes, and its
    /// footer (an artifact) is drawn when it is left. PDFsharp's structure builder refuses anything
    /// drawn outside an element or artifact, so nothing can slip out of the tree unnoticed.
    /// </summary>
    private sealed class Tegner(PdfDocument dokument, StructureBuilder struktur, Skrifter skrifter, Brevoppsett oppsett)
    {
        private readonly XSolidBrush _tekst = new(Tekstfarge);
        private readonly XSolidBrush _dempet = new(Dempet);
        private readonly XSolidBrush _hode = new(Hodefarge);
        private readonly XPen _strek = new(Dempet, 0.5);
        private int _side;
        private XGraphics? _lerret;

        public void Tegn()
        {
            TilSide(1);
            foreach (var element in oppsett.Elementer)
            {
                Tegn(element);
            }
            TilSide(oppsett.Sider);
            AvsluttSide();
        }

        private void Tegn(Element element)
        {
            struktur.BeginElement(Merkelapp(element.Merke));
            if (element.Omfang is not null)
            {
                struktur.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/" + element.Omfang);
            }
            // Lines of one element are read as one text: every line but the last ends in a space, so
            // a wrapped paragraph does not read "tydeligfor" where it broke "tydelig | for".
            var siste = element.Deler.FindLastIndex(d => d is Tekstlinje { Tekst.Length: > 0 });
            for (var i = 0; i < element.Deler.Count; i++)
            {
                var del = element.Deler[i];
                if (del is Element barn)
                {
                    Tegn(barn);
                    continue;
                }
                TilSide(del.Side);
                switch (del)
                {
                    case Tekstlinje { Tekst.Length: > 0 } linje:
                        Skriv(linje, _tekst, i < siste ? " " : "");
                        break;
                    case Strek or Flate:
                        struktur.BeginArtifact();
                        Grafikk(del);
                        struktur.End();
                        break;
                }
            }
            struktur.End();
        }

        private void Skriv(Tekstlinje linje, XBrush farge, string etter = "") =>
            _lerret!.DrawString(linje.Tekst + etter, skrifter[linje.Skrift], farge, linje.X, linje.Y, XStringFormats.BaseLineLeft);

        private void Grafikk(Del del)
        {
            switch (del)
            {
                case Strek s:
                    _lerret!.DrawLine(_strek, s.X1, s.Topp + s.Y1, s.X2, s.Topp + s.Y2);
                    break;
                case Flate f:
                    _lerret!.DrawRectangle(_hode, f.X, f.Topp + f.Y, f.Bredde, f.Hoyde);
                    break;
            }
        }

        /// <summary>Moves on to page <paramref name="side"/>, finishing the pages before it.</summary>
        private void TilSide(int side)
        {
            while (_side < side)
            {
                AvsluttSide();
                var side1 = dokument.AddPage();
                side1.Width = XUnit.FromPoint(BrevLayout.SideBredde);
                side1.Height = XUnit.FromPoint(BrevLayout.SideHoyde);
                _lerret = XGraphics.FromPdfPage(side1);
                _side++;
            }
        }

        /// <summary>The current page's artifacts (its footer, a table's header drawn again), and its drawing closed.</summary>
        private void AvsluttSide()
        {
            if (_lerret is null)
            {
                return;
            }
            struktur.BeginArtifact();
            foreach (var del in oppsett.Sideartefakter[_side - 1])
            {
                if (del is Tekstlinje linje)
                {
                    Skriv(linje, linje.Skrift == Skrift.Liten ? _dempet : _tekst);
                }
                else
                {
                    Grafikk(del);
                }
            }
            struktur.End();
            _lerret.Dispose();
            _lerret = null;
        }

        private static PdfBlockLevelElementTag Merkelapp(Merke merke) => merke switch
        {
            Merke.H1 => PdfBlockLevelElementTag.Heading1,
            Merke.H2 => PdfBlockLevelElementTag.Heading2,
            Merke.P => PdfBlockLevelElementTag.Paragraph,
            Merke.L => PdfBlockLevelElementTag.List,
            Merke.LI => PdfBlockLevelElementTag.ListItem,
            Merke.Lbl => PdfBlockLevelElementTag.Label,
            Merke.LBody => PdfBlockLevelElementTag.ListBody,
            Merke.Table => PdfBlockLevelElementTag.Table,
            Merke.TR => PdfBlockLevelElementTag.TableRow,
            Merke.TH => PdfBlockLevelElementTag.TableHeaderCell,
            Merke.TD => PdfBlockLevelElementTag.TableDataCell,
            _ => throw new ArgumentOutOfRangeException(nameof(merke), merke, null),
        };
    }

    /// <summary>The configured file, or else the first standard file that exists. Never a font looked up by name.</summary>
    private static string LastSkrift(string? konfigurert, string innstilling, params string[] standard)
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

    /// <summary>Registers the file with the font resolver and returns its family name, if it is a font that has æøå.</summary>
    private static string? FraFil(string sti)
    {
        if (!File.Exists(sti))
        {
            return null;
        }
        try
        {
            var innhold = File.ReadAllBytes(sti);
            if (!ErTrueType(innhold))
            {
                return null;
            }
            var familie = BrevSkriftResolver.Registrer(sti, innhold);
            return HarAeoeaa(familie) ? familie : null;
        }
#pragma warning disable CA1031 // PDFsharp's font parser fails on a broken file in many ways (a NullReferenceException among them); any of them means "not a usable font", which the caller reports by name.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>A TrueType or OpenType file starts with one of these four tags.</summary>
    private static bool ErTrueType(byte[] innhold) =>
        innhold.Length > 12 && (innhold.AsSpan(0, 4).SequenceEqual((ReadOnlySpan<byte>)[0, 1, 0, 0])
            || innhold.AsSpan(0, 4).SequenceEqual("true"u8) || innhold.AsSpan(0, 4).SequenceEqual("OTTO"u8)
            || innhold.AsSpan(0, 4).SequenceEqual("ttcf"u8));

    /// <summary>Whether the font maps every one of æøåÆØÅ to a glyph (glyph 0 is "missing").</summary>
    private static bool HarAeoeaa(string familie)
    {
        var hendelser = new RenderEvents();
        var funnet = true;
        hendelser.RenderTextEvent += (_, e) => funnet &= e.CodePointGlyphIndexPairs.All(p => p.GlyphIndex != 0);
        using var maal = XGraphics.CreateMeasureContext(new XSize(100, 100), XGraphicsUnit.Point, XPageDirection.Downwards, hendelser);
        maal.MeasureString("æøåÆØÅ", new XFont(familie, 11));
        return funnet;
    }
}
