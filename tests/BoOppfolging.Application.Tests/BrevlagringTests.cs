using BoOppfolging.Application.Brev;

namespace BoOppfolging.Application.Tests;

/// <summary>The stored form of a letter's content: sent letters are read back from it for as long as they are kept.</summary>
public sealed class BrevlagringTests
{
    /// <summary>
    /// A letter exactly as <c>Brevlagring.TilJson</c> stored it before the schema version existed
    /// (copied from its output; never edit). Every letter stored until then looks like this.
    /// </summary>
    internal const string LagretUtenVersjon =
        """{"Avsender":{"Kommune":"Eksempel kommune","Enhet":"Forvaltningsenheten, helse og omsorg","Adresse":"R\u00E5dhusgata 1, 0151 Oslo","Telefon":"22 00 00 00","Epost":"post@eksempel.kommune.no"},"Mottaker":{"Navn":"Kari Nordmann-\u00D8deg\u00E5rd","Adresselinjer":["Storgata 5 B","0155 Oslo"]},"Dato":"2026-11-02","Referanse":"BO-2026-000042","Tittel":"Forel\u00F8pig svar p\u00E5 s\u00F8knad om bo-oppf\u00F8lging","Seksjoner":[{"Overskrift":null,"Avsnitt":["Vi viser til s\u00F8knaden din om bo-oppf\u00F8lging, som vi mottok 02.11.2026.","F\u00F8rste \u0026 andre \u003Cavsnitt\u003E \u0022sitat\u0022."]},{"Overskrift":"N\u00E5r du kan vente svar","Avsnitt":["Innen 20.12.2026."]}],"SignaturNavn":"\u00C5se Saksbehandler","SignaturTittel":"Saksbehandler"}""";

    private static readonly Brevinnhold Innhold = new(
        new Brevavsender("Eksempel kommune", "Forvaltningsenheten, helse og omsorg", "Rådhusgata 1, 0151 Oslo", "22 00 00 00", "post@eksempel.kommune.no"),
        new Brevmottaker("Kari Nordmann-Ødegård", ["Storgata 5 B", "0155 Oslo"]),
        new DateOnly(2026, 11, 2),
        "BO-2026-000042",
        "Foreløpig svar på søknad om bo-oppfølging",
        [
            new Brevseksjon(null, ["Vi viser til søknaden din om bo-oppfølging, som vi mottok 02.11.2026.", "Første & andre <avsnitt> \"sitat\"."]),
            new Brevseksjon("Når du kan vente svar", ["Innen 20.12.2026."]),
        ],
        "Åse Saksbehandler",
        "Saksbehandler");

    [Fact]
    public void Et_brev_lagret_foer_skjemaversjonen_fantes_leses_som_versjon_1()
    {
        var lest = Brevlagring.FraJson(LagretUtenVersjon);

        AssertLike(Innhold, lest);
    }

    [Fact]
    public void Et_brev_lagret_som_versjon_1_med_nummeret_leses_som_foer()
    {
        var lest = Brevlagring.FraJson("""{"Skjemaversjon":1,""" + LagretUtenVersjon[1..]);

        AssertLike(Innhold, lest);
    }

    [Fact]
    public void Et_brev_lagres_som_versjon_2_med_nummeret_foerst_og_avsnittene_som_blokker()
    {
        var json = Brevlagring.TilJson(Innhold);

        Assert.StartsWith("""{"Skjemaversjon":2,""", json, StringComparison.Ordinal);
        Assert.Contains("""{"Overskrift":"N\u00E5r du kan vente svar","Blokker":[{"Type":"Avsnitt","Tekst":"Innen 20.12.2026."}]}""", json, StringComparison.Ordinal);
        AssertLike(Innhold, Brevlagring.FraJson(json));
    }

    [Fact]
    public void Lister_og_tabeller_kommer_tilbake_som_de_ble_lagret()
    {
        var innhold = Innhold with
        {
            Seksjoner =
            [
                new Brevseksjon("Vedtak",
                [
                    new Brevavsnitt("Du får bo-oppfølging."),
                    new Brevtabell(["", "Innvilget"], [["Timer per uke", "4,5"], ["Fra og med", "01.12.2026"]]),
                ]),
                new Brevseksjon("Klagen bør inneholde", [new Brevliste(["hva du klager på", "hvorfor"], Nummerert: true), new Brevliste(["Æ", "ø"])]),
            ],
        };

        var lest = Brevlagring.FraJson(Brevlagring.TilJson(innhold));

        var vedtak = lest.Seksjoner[0].Blokker;
        Assert.Equal("Du får bo-oppfølging.", Assert.IsType<Brevavsnitt>(vedtak[0]).Tekst);
        var tabell = Assert.IsType<Brevtabell>(vedtak[1]);
        Assert.Equal(["", "Innvilget"], tabell.Kolonner);
        Assert.Equal(["Timer per uke", "4,5"], tabell.Rader[0]);
        Assert.Equal(["Fra og med", "01.12.2026"], tabell.Rader[1]);
        var nummerert = Assert.IsType<Brevliste>(lest.Seksjoner[1].Blokker[0]);
        Assert.True(nummerert.Nummerert);
        Assert.Equal(["hva du klager på", "hvorfor"], nummerert.Punkter);
        Assert.False(Assert.IsType<Brevliste>(lest.Seksjoner[1].Blokker[1]).Nummerert);
    }

    [Theory]
    [InlineData("""{"Skjemaversjon":3,"Innhold":{}}""", "skjemaversjon 3,")]
    [InlineData("""{"Skjemaversjon":0}""", "skjemaversjon 0,")]
    [InlineData("""{"Skjemaversjon":"1"}""", "ugyldig skjemaversjon (\"1\")")]
    public void En_skjemaversjon_programmet_ikke_kjenner_gir_en_tydelig_feil_i_stedet_for_et_feillest_brev(string json, string melding)
    {
        var feil = Assert.Throws<NotSupportedException>(() => Brevlagring.FraJson(json));

        Assert.Contains(melding, feil.Message, StringComparison.Ordinal);
    }

    private static void AssertLike(Brevinnhold forventet, Brevinnhold faktisk)
    {
        Assert.Equal(forventet.Avsender, faktisk.Avsender);
        Assert.Equal(forventet.Mottaker.Navn, faktisk.Mottaker.Navn);
        Assert.Equal(forventet.Mottaker.Adresselinjer, faktisk.Mottaker.Adresselinjer);
        Assert.Equal((forventet.Dato, forventet.Referanse, forventet.Tittel), (faktisk.Dato, faktisk.Referanse, faktisk.Tittel));
        Assert.Equal(
            forventet.Seksjoner.Select(s => (s.Overskrift, string.Join("|", s.Tekster()))),
            faktisk.Seksjoner.Select(s => (s.Overskrift, string.Join("|", s.Tekster()))));
        Assert.Equal((forventet.SignaturNavn, forventet.SignaturTittel), (faktisk.SignaturNavn, faktisk.SignaturTittel));
    }
}
