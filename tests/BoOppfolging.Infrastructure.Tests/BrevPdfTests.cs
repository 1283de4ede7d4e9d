using System.Text;
using BoOppfolging.Application.Brev;
using BoOppfolging.Infrastructure.Brev;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace BoOppfolging.Infrastructure.Tests;

public sealed class BrevPdfTests
{
    private const string Aeoeaa = "Søknaden er mottatt på Øvre Årstad, blåbærsyltetøy";

    /// <summary>Footer text sits in the bottom 70 points of the page (PDF coordinates start at the bottom).</summary>
    private const double Bunntekstsone = 70;

    private readonly PdfSharpBrevPdf _pdf = new(Options.Create(new BrevOptions()));

    [Fact]
    public void Pdf_inneholder_referanse_dato_tittel_overskrift_og_aeoeaa()
    {
        var brev = Brev(new Brevseksjon("Hva skjer videre", [Aeoeaa + ". Vi tar kontakt med deg.", "Du får svar innen fire uker."]));

        using var dokument = PdfDocument.Open(_pdf.LagPdf(brev));

        var tekst = Tekst(dokument.GetPage(1));
        Assert.Contains("BO-2026-000042", tekst, StringComparison.Ordinal);
        Assert.Contains("05.03.2026", tekst, StringComparison.Ordinal);
        Assert.Contains("Foreløpig svar på søknad om bo-oppfølging", tekst, StringComparison.Ordinal);
        Assert.Contains("Hva skjer videre", tekst, StringComparison.Ordinal);
        Assert.Contains(Aeoeaa, tekst, StringComparison.Ordinal);
        Assert.Contains("Med vennlig hilsen", tekst, StringComparison.Ordinal);
        Assert.Equal(1, dokument.NumberOfPages);
        Assert.Equal(595, dokument.GetPage(1).Width, 0);
        Assert.Equal(842, dokument.GetPage(1).Height, 0);
        Assert.Equal("Foreløpig svar på søknad om bo-oppfølging", dokument.Information.Title);
        Assert.Equal("Eksempel kommune", dokument.Information.Author);
        Assert.Equal("Eksempel kommune", dokument.Information.Creator);
        Assert.StartsWith("D:20260305120000", dokument.Information.CreationDate, StringComparison.Ordinal);
        Assert.StartsWith("D:20260305120000", dokument.Information.ModifiedDate, StringComparison.Ordinal);
    }

    [Fact]
    public void Et_langt_brev_gaar_over_flere_sider_med_side_n_av_m_paa_hver()
    {
        var avsnitt = Enumerable.Range(1, 40).Select(i => $"Avsnitt {i}. " + Fylltekst(5)).ToList();

        using var dokument = PdfDocument.Open(_pdf.LagPdf(Brev(new Brevseksjon("Begrunnelse", avsnitt))));

        Assert.True(dokument.NumberOfPages > 1, $"{dokument.NumberOfPages} side(r)");
        foreach (var side in dokument.GetPages())
        {
            var tekst = Tekst(side);
            Assert.Contains($"Side {side.Number} av {dokument.NumberOfPages}", tekst, StringComparison.Ordinal);
            Assert.Contains("BO-2026-000042", tekst, StringComparison.Ordinal);
        }
        var alt = string.Concat(dokument.GetPages().Select(Tekst));
        Assert.Contains("Avsnitt 40.", alt, StringComparison.Ordinal);
        Assert.Contains("Med vennlig hilsen", alt, StringComparison.Ordinal);
    }

    [Fact]
    public void En_overskrift_er_aldri_siste_linje_paa_en_side()
    {
        // More and more one-line paragraphs push the heading down over the bottom of page 1.
        var flyttetTilNesteSide = false; // becomes true at the first count that pushes the heading over
        for (var fyll = 5; fyll <= 30; fyll++)
        {
            var brev = Brev(
                new Brevseksjon(null, Enumerable.Range(1, fyll).Select(i => $"Linje {i}.").ToList()),
                new Brevseksjon("Klageadgang", [Fylltekst(6)]));

            using var dokument = PdfDocument.Open(_pdf.LagPdf(brev));

            var side = dokument.GetPages().Single(s => s.GetWords().Any(o => o.Text == "Klageadgang"));
            var overskrift = side.GetWords().Single(o => o.Text == "Klageadgang").BoundingBox.Bottom;
            var linjerUnder = side.GetWords()
                .Where(o => o.BoundingBox.Bottom < overskrift - 1 && o.BoundingBox.Bottom > Bunntekstsone)
                .Select(o => Math.Round(o.BoundingBox.Bottom))
                .Distinct()
                .Count();
            Assert.True(linjerUnder >= 2, $"Med {fyll} linjer står overskriften på side {side.Number} med {linjerUnder} linje(r) under.");

            Assert.True(fyll > 5 || side.Number == 1, "Overskriften starter ikke på side 1; testen prøver ikke det den skal.");
            if (side.Number == 2 && !flyttetTilNesteSide)
            {
                // One line more, and the heading with two lines no longer fit: it moved, so it is
                // the first line of the new page, though the heading alone would have fit on page 1.
                Assert.Equal(side.GetWords().Max(o => o.BoundingBox.Bottom), overskrift, 1);
                Assert.Contains($"Linje {fyll}.", Tekst(dokument.GetPage(1)), StringComparison.Ordinal);
                flyttetTilNesteSide = true;
            }
        }
        Assert.True(flyttetTilNesteSide, "Overskriften kom aldri ned til bunnen av side 1; testen prøver ikke det den skal.");
    }

    [Fact]
    public void Signaturen_holdes_samlet_paa_en_side()
    {
        for (var avsnitt = 1; avsnitt <= 12; avsnitt++)
        {
            var brev = Brev(new Brevseksjon(null, Enumerable.Repeat(Fylltekst(2), avsnitt).ToList()));

            using var dokument = PdfDocument.Open(_pdf.LagPdf(brev));

            int Side(string ord) => dokument.GetPages().Single(s => s.GetWords().Any(o => o.Text == ord)).Number;
            Assert.Equal(Side("hilsen"), Side("Saksbehandler"));
            Assert.Equal(Side("hilsen"), Side("Rådgiver"));
        }
    }

    [Fact]
    public void Skriftene_er_innebygd_og_teksten_er_ekte_tekst()
    {
        var bytes = _pdf.LagPdf(Brev(new Brevseksjon("Vedtak", [Aeoeaa])));

        Assert.Contains("/FontFile2", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        using var dokument = PdfDocument.Open(bytes);
        var fonter = dokument.GetPage(1).Letters.Select(b => b.FontName ?? "").Distinct().ToList();
        Assert.Contains(fonter, f => f.Contains("Liberation Sans,Bold", StringComparison.Ordinal));
        Assert.Contains(fonter, f => f.Contains("Liberation Sans", StringComparison.Ordinal) && !f.Contains("Bold", StringComparison.Ordinal));
    }

    [Fact]
    public void Samme_brev_gir_samme_pdf_byte_for_byte()
    {
        // PDFsharp draws a new file id, XMP ids and font subset names for every file; the renderer
        // fixes them from the letter, and the dates are the letter's date at 12:00 UTC on any host.
        var brev = Brev(new Brevseksjon("Vedtak", [Aeoeaa]));

        var forste = _pdf.LagPdf(brev);
        var annen = new PdfSharpBrevPdf(Options.Create(new BrevOptions()));

        Assert.Equal(forste, _pdf.LagPdf(brev));
        Assert.Equal(forste, annen.LagPdf(brev));
    }

    [Fact]
    public async Task Samme_tjeneste_lager_brev_samtidig_fra_flere_traader()
    {
        // The renderer is a singleton and PDFsharp's font cache is shared by the process.
        var brev = Enumerable.Range(1, 8)
            .Select(i => Brev(new Brevseksjon($"Seksjon {i}", [new Brevavsnitt(Aeoeaa + $" {i}."), new Brevliste(["Første", "Andre"])])))
            .ToList();
        var hver = brev.Select(_pdf.LagPdf).ToList();

        var samtidig = await Task.WhenAll(brev.Select(b => Task.Run(() => _pdf.LagPdf(b), TestContext.Current.CancellationToken)));

        Assert.Equal(hver, samtidig);
    }

    [Fact]
    public void En_skriftfil_som_ikke_finnes_gir_en_tydelig_feil()
    {
        var options = Options.Create(new BrevOptions { FontRegular = "/finnes/ikke/Skrift.ttf" });

        var feil = Assert.Throws<InvalidOperationException>(() => new PdfSharpBrevPdf(options));

        Assert.Contains("Brev:FontRegular", feil.Message, StringComparison.Ordinal);
        Assert.Contains("/finnes/ikke/Skrift.ttf", feil.Message, StringComparison.Ordinal);
        Assert.Contains("fonts-liberation", feil.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void En_fil_som_ikke_er_en_skrift_gir_en_tydelig_feil()
    {
        var fil = Path.Combine(Path.GetTempPath(), $"ikke-skrift-{Guid.NewGuid():N}.ttf");
        File.WriteAllText(fil, "Dette er ikke en skriftfil.");
        try
        {
            var feil = Assert.Throws<InvalidOperationException>(() => new PdfSharpBrevPdf(Options.Create(new BrevOptions { FontFet = fil })));

            Assert.Contains("Brev:FontFet", feil.Message, StringComparison.Ordinal);
            Assert.Contains(fil, feil.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(fil);
        }
    }

    [Fact]
    public void Skriftfilene_kan_velges_i_konfigurasjonen_og_pdf_en_er_registrert_i_di()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Brev:FontRegular"] = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                ["Brev:FontFet"] = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddInfrastructure(configuration, Path.GetTempPath());
        using var provider = services.BuildServiceProvider();

        var pdf = provider.GetRequiredService<IBrevPdf>();

        Assert.IsType<PdfSharpBrevPdf>(pdf);
        Assert.Same(pdf, provider.GetRequiredService<IBrevPdf>());
        using var dokument = PdfDocument.Open(pdf.LagPdf(Brev(new Brevseksjon("Vedtak", [Aeoeaa]))));
        Assert.All(dokument.GetPage(1).Letters, b => Assert.Contains("DejaVu Sans", b.FontName, StringComparison.Ordinal));
        Assert.Contains(Aeoeaa, Tekst(dokument.GetPage(1)), StringComparison.Ordinal);
    }

    [Fact]
    public void Lange_ord_brytes_og_linjeskift_i_avsnitt_gir_ny_linje()
    {
        var langtOrd = string.Concat(Enumerable.Repeat("Bustøtte", 20));
        var brev = Brev(new Brevseksjon(null, ["Første linje\nAndre linje", langtOrd]));

        using var dokument = PdfDocument.Open(_pdf.LagPdf(brev));

        var side = dokument.GetPage(1);
        var forste = side.GetWords().Single(o => o.Text == "Første").BoundingBox;
        var andre = side.GetWords().Single(o => o.Text == "Andre").BoundingBox;
        Assert.True(andre.Bottom < forste.Bottom - 5, "«Andre linje» står ikke på en ny linje.");
        Assert.Equal(forste.Left, andre.Left, 1);
        var biter = side.GetWords().Where(o => o.Text.Contains("støtte", StringComparison.Ordinal)).ToList();
        Assert.True(biter.Count >= 2, "Det lange ordet ble ikke brutt.");
        Assert.All(biter, o => Assert.True(o.BoundingBox.Right <= side.Width - 60, $"Ordet går ut i margen ({o.BoundingBox.Right})."));
        Assert.Equal(langtOrd, string.Concat(biter.Select(o => o.Text)));
    }

    /// <summary>A page's words joined by spaces: PdfPig's <c>page.Text</c> can run words together.</summary>
    private static string Tekst(Page side) => string.Join(' ', side.GetWords().Select(o => o.Text));

    private static string Fylltekst(int setninger) => string.Join(' ', Enumerable.Repeat(
        "Kommunen har vurdert søknaden etter helse- og omsorgstjenesteloven og lagt vekt på det du har fortalt.", setninger));

    private static Brevinnhold Brev(params Brevseksjon[] seksjoner) => new(
        new Brevavsender("Eksempel kommune", "Forvaltningsenheten for helse- og omsorgstjenester",
            "Rådhusgata 1, 0000 Eksempelby", "12 34 56 78", "postmottak@eksempel.kommune.no"),
        new Brevmottaker("Kari Nordmann", ["Storgata 5 B", "0155 Oslo"]),
        new DateOnly(2026, 3, 5),
        "BO-2026-000042",
        "Foreløpig svar på søknad om bo-oppfølging",
        seksjoner,
        "Ola Saksbehandler",
        "Rådgiver");
}
