using System.Diagnostics;
using System.Text;
using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Brevtekster;
using BoOppfolging.Infrastructure.Brev;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace BoOppfolging.Infrastructure.Tests;

/// <summary>
/// The letter PDF is a tagged PDF: read back with Debian's poppler-utils (pdfinfo, pdffonts; .ci/run
/// installs them), its structure tree has the title, the headings, the paragraphs, lists and tables in
/// reading order, with the text as drawn (æøå included), and nothing drawn is left out of the tree but
/// the footers.
/// </summary>
public sealed class BrevPdfStrukturTests
{
    private readonly PdfSharpBrevPdf _pdf = new(Options.Create(new BrevOptions()));

    [Fact]
    public void Pdf_en_er_tagget_med_tittel_spraak_og_tittelvisning()
    {
        var pdf = _pdf.LagPdf(Brev(new Brevseksjon("Vedtak", ["Du får bo-oppfølging."])));

        var info = Poppler("pdfinfo", pdf);

        Assert.Matches(@"(?m)^Tagged:\s+yes$", info);
        Assert.Matches(@"(?m)^Title:\s+Vedtak om bo-oppfølging – Øvre Årstad$", info);
        Assert.Matches(@"(?m)^Page size:\s+595 x 842 pts \(A4\)$", info);
        var tekst = Encoding.Latin1.GetString(pdf);
        Assert.Contains("/Lang(nb-NO)", tekst, StringComparison.Ordinal);
        Assert.Contains("/DisplayDocTitle true", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public void Strukturtreet_har_tittel_overskrifter_avsnitt_liste_og_tabell_i_lesefolge()
    {
        var brev = Brev(
            new Brevseksjon("Hva vi har bestemt", [
                new Brevavsnitt("Du får bo-oppfølging fra kommunen. Blåbærsyltetøy på Øvre Årstad."),
                new Brevliste(["Hjelp til å betale husleie", "Hjelp til å holde orden i boligen"]),
                new Brevtabell(["", "Timer", "Periode"], [["Bo-oppfølging", "6 per uke", "01.04.2026–31.03.2027"]])]),
            new Brevseksjon("Slik klager du", [
                new Brevliste(["Skriv hva du klager på", "Send klagen til oss"], Nummerert: true)]));

        var tre = Struktur(_pdf.LagPdf(brev));

        // Reading order: the header's three paragraphs, the title, then each section as written.
        Assert.Equal(
            ["P", "P", "P", "H1", "H2", "P", "L", "Table", "H2", "L", "P", "P"],
            tre.Where(e => e.Dybde == 1).Select(e => e.Merke));
        Assert.Equal("Eksempel kommune Forvaltningsenheten for helse- og omsorgstjenester Rådhusgata 1, 0000 Eksempelby Telefon: 12 34 56 78 E-post: postmottak@eksempel.kommune.no", tre[1].Tekst);
        Assert.Equal("Kari Nordmann Storgata 5 B 0155 Oslo", tre[2].Tekst);
        Assert.Equal("Dato: 05.03.2026 Vår referanse: BO-2026-000042", tre[3].Tekst);
        Assert.Equal(["Vedtak om bo-oppfølging – Øvre Årstad"], Tekster(tre, "H1"));
        Assert.Equal(["Hva vi har bestemt", "Slik klager du"], Tekster(tre, "H2"));
        Assert.Contains("Du får bo-oppfølging fra kommunen. Blåbærsyltetøy på Øvre Årstad.", Tekster(tre, "P"));
        Assert.Equal(["Med vennlig hilsen", "Ola Saksbehandler Rådgiver Forvaltningsenheten for helse- og omsorgstjenester"], Tekster(tre, "P")[^2..]);

        // Lists: each item a label and a body; bullets, then numbers.
        Assert.Equal(4, tre.Count(e => e.Merke == "LI"));
        Assert.Equal(["•", "•", "1.", "2."], Tekster(tre, "Lbl"));
        Assert.Equal(["Hjelp til å betale husleie", "Hjelp til å holde orden i boligen", "Skriv hva du klager på", "Send klagen til oss"], Tekster(tre, "LBody"));

        // The table: a header row of TH, and a row whose first cell is its heading.
        Assert.Equal(2, tre.Count(e => e.Merke == "TR"));
        Assert.Equal(["Timer", "Periode", "Bo-oppfølging"], Tekster(tre, "TH"));
        Assert.Equal(["6 per uke", "01.04.2026–31.03.2027"], Tekster(tre, "TD"));
        Assert.Equal(["/Scope /Column", "/Scope /Column", "/Scope /Column", "/Scope /Row"], tre.Where(e => e.Merke == "TH").Select(e => e.Egenskaper));

        // Footers are artifacts: not in the tree.
        Assert.DoesNotContain(tre, e => e.Tekst.Contains("Side 1 av 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Alt_som_star_paa_siden_er_i_strukturtreet_unntatt_bunnteksten()
    {
        // A long letter over several pages, with every kind of block: every word drawn above the
        // footer is in the tree, so nothing is drawn untagged or as an artifact by mistake.
        var brev = Brev(
            new Brevseksjon("Bakgrunn", [.. Enumerable.Range(1, 14).Select(i => (Brevblokk)new Brevavsnitt($"Avsnitt{i} " + Fylltekst(3)))]),
            new Brevseksjon("Tiltak", [
                new Brevliste([.. Enumerable.Range(1, 6).Select(i => $"Punkt{i} " + Fylltekst(1))], Nummerert: true),
                new Brevtabell(["Tiltak", "Omfang"], [.. Enumerable.Range(1, 8).Select(i => (IReadOnlyList<string>)[$"Rad{i}", Fylltekst(1)])])]));
        var pdf = _pdf.LagPdf(brev);

        var treet = string.Join(' ', Struktur(pdf).Select(e => e.Tekst));
        using var dokument = PdfDocument.Open(pdf);
        Assert.True(dokument.NumberOfPages >= 3, $"{dokument.NumberOfPages} side(r)");
        foreach (var side in dokument.GetPages())
        {
            foreach (var ord in side.GetWords().Where(o => o.BoundingBox.Bottom > 70))
            {
                Assert.Contains(ord.Text, treet, StringComparison.Ordinal);
            }
            Assert.DoesNotContain($"Side {side.Number} av", treet, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Alle_skrifter_er_innebygd()
    {
        var pdf = _pdf.LagPdf(Brev(new Brevseksjon("Vedtak", [new Brevtabell(["Tiltak"], [["Bo-oppfølging"]])])));

        var rader = Poppler("pdffonts", pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

        Assert.Equal(2, rader.Count); // regular and bold
        Assert.All(rader, r => Assert.Matches(@"Identity-H\s+yes\s+yes\s+yes", r)); // embedded, subset, Unicode map
    }

    [Fact]
    public void En_tabellrad_deles_aldri_og_tabellhodet_folger_forste_rad_og_gjentas_paa_neste_side()
    {
        // More and more paragraphs push the table down over the bottom of page 1.
        var delt = false;
        for (var fyll = 8; fyll <= 24; fyll++)
        {
            var brev = Brev(
                new Brevseksjon(null, [.. Enumerable.Range(1, fyll).Select(i => (Brevblokk)new Brevavsnitt($"Linje {i}."))]),
                new Brevseksjon("Tiltak", [new Brevtabell(["Hodekolonne", "Omfang"],
                    [.. Enumerable.Range(1, 5).Select(i => (IReadOnlyList<string>)[$"Rad{i}", Fylltekst(2) + $" Slutt{i}"])])]));
            var pdf = _pdf.LagPdf(brev);

            using var dokument = PdfDocument.Open(pdf);

            int Side(string ord) => dokument.GetPages().Single(s => s.GetWords().Any(o => o.Text == ord)).Number;
            List<int> Sider(string ord) => [.. dokument.GetPages().Where(s => s.GetWords().Any(o => o.Text == ord)).Select(s => s.Number)];
            for (var i = 1; i <= 5; i++)
            {
                Assert.Equal(Side($"Rad{i}"), Side($"Slutt{i}"));
            }
            Assert.Equal(Sider("Hodekolonne")[0], Side("Rad1"));
            Assert.Equal(Side("Tiltak"), Side("Rad1"));
            // Each page the table is on starts with its header row; the copy is an artifact, so the
            // tree has the header once.
            Assert.Equal([.. Enumerable.Range(1, 5).Select(i => Side($"Rad{i}")).Distinct()], Sider("Hodekolonne"));
            Assert.Single(Struktur(pdf), e => e.Tekst == "Hodekolonne");
            delt |= Side("Rad1") != Side("Rad5");
        }
        Assert.True(delt, "Tabellen gikk aldri over to sider; testen prøver ikke det den skal.");
    }

    [Fact]
    public void En_tabellrad_hoyere_enn_en_side_deles_over_sidene_uten_aa_gaa_under_bunnteksten()
    {
        var celle = string.Join('\n', Enumerable.Range(1, 90).Select(i => $"Linje{i}"));
        var pdf = _pdf.LagPdf(Brev(new Brevseksjon("Tiltak", [new Brevtabell(["Hva", "Omfang"], [["Oppfølging", celle]])])));

        using var dokument = PdfDocument.Open(pdf);
        var treet = Struktur(pdf);

        Assert.True(dokument.NumberOfPages >= 3, $"{dokument.NumberOfPages} side(r)");
        for (var i = 1; i <= 90; i++)
        {
            var ord = dokument.GetPages().SelectMany(s => s.GetWords()).Single(o => o.Text == $"Linje{i}");
            Assert.True(ord.BoundingBox.Bottom > 75, $"Linje{i} står i bunnteksten ({ord.BoundingBox.Bottom}).");
        }
        Assert.Equal(90, string.Join(' ', Tekster(treet, "TD")).Split(' ').Count(o => o.StartsWith("Linje", StringComparison.Ordinal)));
    }

    [Fact]
    public void Et_listepunkt_etterlater_ikke_en_linje_alene()
    {
        for (var fyll = 20; fyll <= 40; fyll++)
        {
            var brev = Brev(
                new Brevseksjon(null, [.. Enumerable.Range(1, fyll).Select(i => (Brevblokk)new Brevavsnitt($"Linje {i}."))]),
                new Brevseksjon(null, [new Brevliste(["Forst " + Fylltekst(2) + " Sist"])]));

            using var dokument = PdfDocument.Open(_pdf.LagPdf(brev));

            var side = dokument.GetPages().Single(s => s.GetWords().Any(o => o.Text == "Forst"));
            var linjer = dokument.GetPages().SelectMany(s => s.GetWords().Where(o => o.BoundingBox.Bottom > 70).Select(o => (s.Number, Math.Round(o.BoundingBox.Bottom))))
                .Distinct().ToList();
            var forste = linjer.IndexOf((side.Number, Math.Round(side.GetWords().First(o => o.Text == "Forst").BoundingBox.Bottom)));
            var sisteSide = dokument.GetPages().Single(s => s.GetWords().Any(o => o.Text == "Sist")).Number;
            // The item's first line never ends a page, and its last never starts one alone.
            Assert.Equal(side.Number, linjer[forste + 1].Number);
            var sistLinje = linjer.IndexOf((sisteSide, Math.Round(dokument.GetPage(sisteSide).GetWords().First(o => o.Text == "Sist").BoundingBox.Bottom)));
            Assert.Equal(sisteSide, linjer[sistLinje - 1].Number);
        }
    }

    /// <summary>An element of the structure tree as <c>pdfinfo -struct-text</c> prints it: depth, tag, text.</summary>
    /// <summary>Every complaint letter (issue 13) as the services order it, from version 1 of its text.</summary>
    public static TheoryData<string> Klagebrev => new(
        "Klagekvittering", "KlageForelopigSvar", "KlageRetting", "KlageAvvist", "KlageOversendelse", "KlageOversendelseKopi");

    [Theory]
    [MemberData(nameof(Klagebrev))]
    public void Klagebrevene_er_taggede_pdf_er_med_tittel_overskrifter_og_teksten_i_lesefolge(string hvilket)
    {
        var hode = new Brevhode(
            new Brevavsender("Eksempel kommune", "Forvaltningsenheten", "Rådhusgata 1, 0151 Oslo", "22 00 00 00", "post@eksempel.kommune.no"),
            new Brevmottaker("Kari Nordmann", ["Storgata 5", "0155 Oslo"]), new DateOnly(2026, 12, 3), "BO-2026-000042", "Ingrid Berg", Brevhode.Saksbehandler);
        var fakta = new Brevmaler.Klagefakta("BO-2026-000042-K1", new DateOnly(2026, 11, 20), "vedtaket av 02.11.2026", "Statsforvalteren i Oslo og Viken", 4);
        string[] mangler = ["Klagen er ikke underskrevet."];
        Brevbestilling Oversendelse(bool kopi) => Brevmaler.KlageOversendelse(
            hode, fakta, kopi, "Kari Nordmann", new DateOnly(2026, 11, 30), "innen fristen", "Jeg trenger flere timer.", "Fire timer dekker behovet.",
            "helse- og omsorgstjenesteloven § 3-2", "pasient- og brukerrettighetsloven kapittel 7", ["Søknaden, sendt 01.10.2026", "Klagen, mottatt 20.11.2026"],
            "Kari søkte om bo-oppfølging.", "Kari Nordmann", false);
        var (bestilling, maaStaa) = hvilket switch
        {
            "Klagekvittering" => (Brevmaler.Klagekvittering(hode, fakta, new DateOnly(2026, 12, 21), true, null, null),
                "Klagen kom etter klagefristen."),
            "KlageForelopigSvar" => (Brevmaler.KlageForelopigSvar(hode, fakta, "Vi venter på opplysninger fra NAV.", new DateOnly(2027, 1, 15), null),
                "Vi venter på opplysninger fra NAV."),
            "KlageRetting" => (Brevmaler.KlageRetting(hode, fakta, mangler, new DateOnly(2026, 12, 17), null, null), "Klagen er ikke underskrevet."),
            "KlageAvvist" => (Brevmaler.KlageAvvist(hode, fakta, mangler, "Fristen for å rette gikk ut.", null), "Klagen er ikke underskrevet."),
            "KlageOversendelse" => (Oversendelse(false), "Fire timer dekker behovet."),
            _ => (Oversendelse(true), "Fire timer dekker behovet."),
        };
        var laget = Standardtekster.Lag(bestilling);
        var pdf = _pdf.LagPdf(laget.Innhold);

        Assert.Matches(@"(?m)^Tagged:\s+yes$", Poppler("pdfinfo", pdf));
        var tre = Struktur(pdf);
        Assert.Equal([laget.Innhold.Tittel], Tekster(tre, "H1"));
        Assert.Equal(laget.Innhold.Seksjoner.Select(x => x.Overskrift).OfType<string>(), Tekster(tre, "H2"));
        var tekst = string.Join(' ', tre.Select(e => e.Tekst));
        Assert.Contains(maaStaa, tekst, StringComparison.Ordinal);
        Assert.Contains("BO-2026-000042-K1", tekst, StringComparison.Ordinal);
    }

    private sealed record Strukturelement(int Dybde, string Merke, string Tekst, string Egenskaper = "");

    private static List<Strukturelement> Struktur(byte[] pdf)
    {
        var elementer = new List<Strukturelement>();
        foreach (var linje in Poppler("pdfinfo", pdf, "-struct-text").Split('\n'))
        {
            var innrykk = linje.Length - linje.TrimStart().Length;
            var innhold = linje.Trim();
            if (innhold.Length == 0)
            {
                continue;
            }
            if (innhold.StartsWith('"'))
            {
                // An element's text; one that goes over a page break comes as one string per page.
                var forrige = elementer[^1];
                elementer[^1] = forrige with { Tekst = (forrige.Tekst + " " + innhold.Trim('"')).Trim() };
                continue;
            }
            if (innhold.StartsWith('/'))
            {
                // An attribute of the element above ("/Scope /Column").
                elementer[^1] = elementer[^1] with { Egenskaper = elementer[^1].Egenskaper + innhold };
                continue;
            }
            elementer.Add(new Strukturelement(innrykk / 2, innhold.Split(' ')[0].TrimEnd(':'), ""));
        }
        Assert.Equal("Document", elementer[0].Merke);
        return elementer;
    }

    private static List<string> Tekster(List<Strukturelement> tre, string merke) =>
        [.. tre.Where(e => e.Merke == merke && e.Tekst.Length > 0).Select(e => e.Tekst)];

    /// <summary>Runs a poppler-utils program on the PDF and returns what it prints. Missing poppler-utils fails the test: CI installs it.</summary>
    private static string Poppler(string program, byte[] pdf, string valg = "")
    {
        var fil = Path.Combine(Path.GetTempPath(), $"brev-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(fil, pdf);
        try
        {
            var start = new ProcessStartInfo(program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
            };
            if (valg.Length > 0)
            {
                start.ArgumentList.Add(valg);
            }
            start.ArgumentList.Add(fil);
            using var prosess = Process.Start(start)
                ?? throw new InvalidOperationException($"{program} startet ikke");
            var ut = prosess.StandardOutput.ReadToEnd();
            var feil = prosess.StandardError.ReadToEnd();
            prosess.WaitForExit();
            Assert.True(prosess.ExitCode == 0, $"{program} {valg}: {feil}");
            return ut;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{program} mangler: installer Debian-pakken poppler-utils (apt-get install poppler-utils).", e);
        }
        finally
        {
            File.Delete(fil);
        }
    }

    private static string Fylltekst(int setninger) => string.Join(' ', Enumerable.Repeat(
        "Kommunen har vurdert søknaden etter helse- og omsorgstjenesteloven og lagt vekt på det du har fortalt.", setninger));

    private static Brevinnhold Brev(params Brevseksjon[] seksjoner) => new(
        new Brevavsender("Eksempel kommune", "Forvaltningsenheten for helse- og omsorgstjenester",
            "Rådhusgata 1, 0000 Eksempelby", "12 34 56 78", "postmottak@eksempel.kommune.no"),
        new Brevmottaker("Kari Nordmann", ["Storgata 5 B", "0155 Oslo"]),
        new DateOnly(2026, 3, 5),
        "BO-2026-000042",
        "Vedtak om bo-oppfølging – Øvre Årstad",
        seksjoner,
        "Ola Saksbehandler",
        "Rådgiver");
}
