using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Brevtekster;
using BoOppfolging.Domain;

namespace BoOppfolging.Application.Tests;

/// <summary>
/// The complaint letters (issue 13) as the services order them, made from version 1 of their texts: complete (no empty merge field or
/// required free text), and saying what a caseworker must say: the acknowledgement the deadline note for a late complaint, the
/// retting and avvisning letters the failed items (and the right to appeal the avvisning), the oversendelsesbrev the complainant's
/// arguments, the unit's assessment, the law and the documents, and the citizen's copy the right to comment.
/// </summary>
public sealed class KlagebrevTests
{
    private static readonly Brevhode Hode = new(
        new Brevavsender("Eksempel kommune", "Forvaltningsenheten, helse og omsorg", "Rådhusgata 1, 0151 Oslo", "22 00 00 00", "post@eksempel.kommune.no"),
        new Brevmottaker("Kari Nordmann", ["Storgata 5", "0155 Oslo"]), new DateOnly(2026, 12, 3), "BO-2026-000042", "Ingrid Berg", Brevhode.Saksbehandler);

    private static readonly Brevmaler.Klagefakta Fakta = new("BO-2026-000042-K1", new DateOnly(2026, 11, 20), "vedtaket av 02.11.2026", "Statsforvalteren i Oslo og Viken", 4);

    private static string Tekst(Brevbestilling bestilling)
    {
        var laget = Standardtekster.Lag(bestilling);
        Assert.True(laget.Resultat.Komplett, string.Join(", ", laget.Resultat.TommeFelt.Select(f => f.Nokkel).Concat(laget.Resultat.TommeFritekster.Select(f => f.Nokkel))));
        return laget.Resultat.Tittel + "\n" + string.Join("\n", laget.Resultat.Seksjoner.SelectMany(s => s.Tekster()));
    }

    [Fact]
    public void Kvitteringen_sier_referansen_svardatoen_og_om_klagen_kom_for_sent()
    {
        var tekst = Tekst(Brevmaler.Klagekvittering(Hode, Fakta, new DateOnly(2026, 12, 21), true, null, null));
        Assert.Contains("BO-2026-000042-K1", tekst, StringComparison.Ordinal);
        Assert.Contains("21.12.2026", tekst, StringComparison.Ordinal);
        Assert.Contains("forvaltningsloven § 31", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("forvaltningsloven § 31", Tekst(Brevmaler.Klagekvittering(Hode, Fakta, new DateOnly(2026, 12, 21), false, null, null)), StringComparison.Ordinal);
    }

    [Fact]
    public void Retting_og_avvisning_bygges_fra_manglene_og_avvisningen_kan_paaklages()
    {
        var mangler = new Formkrav(true, true, null, true, false, null).Mangler;
        var retting = Tekst(Brevmaler.KlageRetting(Hode, Fakta, mangler, new DateOnly(2026, 12, 17), null, null));
        Assert.Contains("Klagen er ikke underskrevet.", retting, StringComparison.Ordinal);
        Assert.Contains("17.12.2026", retting, StringComparison.Ordinal);

        var avvist = Tekst(Brevmaler.KlageAvvist(Hode, Fakta, mangler, "Vi har ikke fått en underskrevet klage.", "Bjørn Fullmaktsen"));
        Assert.Contains("Klagen er ikke underskrevet.", avvist, StringComparison.Ordinal);
        Assert.Contains("Avvisningen er et vedtak som du kan klage på. Klagefristen er fire uker", avvist, StringComparison.Ordinal);
        Assert.Contains("fullmektig for Bjørn Fullmaktsen", avvist, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversendelsen_og_kopien_har_anforslene_vurderingen_loven_og_dokumentene()
    {
        Brevbestilling Bestill(bool kopi) => Brevmaler.KlageOversendelse(
            Hode, Fakta, kopi, "Kari Nordmann", new DateOnly(2026, 11, 30), "innen fristen", "Jeg trenger flere timer.", "Fire timer dekker behovet.",
            "helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b", "pasient- og brukerrettighetsloven kapittel 7",
            ["Søknaden, sendt 01.10.2026", "Klagen, mottatt 20.11.2026"], "Kari søkte om bo-oppfølging.", "Kari Nordmann", false);
        var oversendelse = Tekst(Bestill(false));
        foreach (var del in new[] { "Jeg trenger flere timer.", "Fire timer dekker behovet.", "§ 3-2", "kapittel 7", "forvaltningsloven § 34", "Klagen, mottatt 20.11.2026", "Kari søkte om bo-oppfølging." })
            Assert.Contains(del, oversendelse, StringComparison.Ordinal);
        Assert.Contains("har fått kopi av dette brevet", oversendelse, StringComparison.Ordinal);

        var kopi = Tekst(Bestill(true));
        Assert.Contains("Du kan sende merknader", kopi, StringComparison.Ordinal);
        Assert.Contains("Fire timer dekker behovet.", kopi, StringComparison.Ordinal);
    }

    [Fact]
    public void Foreloepig_svar_sier_hvorfor_og_naar()
    {
        var tekst = Tekst(Brevmaler.KlageForelopigSvar(Hode, Fakta, "Vi venter på opplysninger fra NAV.", new DateOnly(2027, 1, 15), null));
        Assert.Contains("Vi venter på opplysninger fra NAV.", tekst, StringComparison.Ordinal);
        Assert.Contains("15.01.2027", tekst, StringComparison.Ordinal);
        Assert.Contains("forvaltningsloven § 11 a", tekst, StringComparison.Ordinal);
    }
}
