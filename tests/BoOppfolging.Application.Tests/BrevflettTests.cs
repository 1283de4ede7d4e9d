using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Brevtekster;
using BoOppfolging.Domain;

namespace BoOppfolging.Application.Tests;

/// <summary>The letter-text engine: checks against the catalogue, merge fields, conditions, lists, tables and raw HTML.</summary>
public sealed class BrevflettTests
{
    private static readonly Brevkatalog Vedtak = Brevkataloger.For(Brevtype.Vedtak);

    private static Flettedata Data(Dictionary<string, Flettverdi> felt, string[]? betingelser = null, Dictionary<string, string>? fritekst = null) =>
        new(felt, (betingelser ?? []).ToHashSet(), fritekst ?? []);

    private static Flettresultat Lag(string markdown, Flettedata data, string? betingelse = null) =>
        Brevflett.Lag("Tittel", [new Brevtekstseksjon("Overskrift", markdown, betingelse)], Vedtak, data);

    [Fact]
    public void Et_ukjent_flettefelt_avvises_med_navnet_i_meldingen()
    {
        var feil = Brevflett.Kontroller("Vedtak om {{vedtak.tjeneste}}", [new(null, "Hei {{person.fornavn}} og {{person.navn}}.")], Vedtak);

        var f = Assert.Single(feil);
        Assert.Equal(("brevtekst_ukjent_felt", "Seksjoner[0].Tekst"), (f.Kode, f.Felt));
        Assert.Contains("«{{person.fornavn}}»", f.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void Et_ukjent_felt_i_tittelen_og_en_ukjent_betingelse_avvises()
    {
        var feil = Brevflett.Kontroller("Vedtak {{vedtak.belop}}", [new("Kun ved avslag", "Tekst.", "avvist")], Vedtak);

        Assert.Equal(["Tittel", "Seksjoner[0].Betingelse"], feil.Select(f => f.Felt));
        Assert.Contains("«avvist»", feil[1].Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void Kjente_felt_og_betingelser_også_negert_godtas()
    {
        Assert.Empty(Brevflett.Kontroller("Vedtak om {{vedtak.tjeneste}}", [new(null, "{{ person.navn }}", "!post")], Vedtak));
    }

    [Fact]
    public void To_fritekstfelt_med_samme_nokkel_avvises()
    {
        var fritekst = new Fritekstfelt("tillegg", "Tillegg", false);
        var feil = Brevflett.Kontroller("T", [new(null, "", Fritekst: fritekst), new(null, "", Fritekst: fritekst)], Vedtak);

        Assert.Equal("Seksjoner[1].FritekstNokkel", Assert.Single(feil).Felt);
    }

    [Fact]
    public void Flettefelt_fylles_inn_og_tomme_felt_rapporteres()
    {
        var resultat = Lag("Vedtaket gjelder {{person.navn}} fra {{vedtak.fra}}.", Data(new() { ["person.navn"] = Flettverdi.Av("Kari Nordmann") }));

        var avsnitt = Assert.IsType<Brevavsnitt>(Assert.Single(Assert.Single(resultat.Seksjoner).Blokker));
        Assert.Equal("Vedtaket gjelder Kari Nordmann fra [mangler: Fra dato].", avsnitt.Tekst);
        Assert.Equal(["vedtak.fra"], resultat.TommeFelt.Select(f => f.Nokkel));
        Assert.False(resultat.Komplett);
    }

    [Fact]
    public void En_seksjon_med_betingelse_tas_bare_med_nar_betingelsen_gjelder_og_feltene_dens_rapporteres_bare_da()
    {
        var seksjoner = new List<Brevtekstseksjon>
        {
            new("Avslag", "Du kan søke om {{vedtak.annen_hjelp}}.", "avslag"),
            new("Ikke avslag", "Innvilget.", "!avslag"),
        };

        var innvilget = Brevflett.Lag("T", seksjoner, Vedtak, Data([]));
        var avslag = Brevflett.Lag("T", seksjoner, Vedtak, Data([], ["avslag"]));

        Assert.Equal(["Ikke avslag"], innvilget.Seksjoner.Select(s => s.Overskrift));
        Assert.Empty(innvilget.TommeFelt);
        Assert.Equal(["Avslag"], avslag.Seksjoner.Select(s => s.Overskrift));
        Assert.Equal(["vedtak.annen_hjelp"], avslag.TommeFelt.Select(f => f.Nokkel));
    }

    [Fact]
    public void Et_listefelt_pa_egen_linje_blir_en_liste_og_inne_i_en_setning_en_oppramsing()
    {
        var data = Data(new() { ["vedtak.omrader"] = Flettverdi.Liste(["Økonomi", "Struktur i hverdagen"]) });

        var resultat = Lag("Du får hjelp med:\n{{vedtak.omrader}}\n\nOmrådene er {{vedtak.omrader}}.", data);

        var blokker = Assert.Single(resultat.Seksjoner).Blokker;
        Assert.Equal(new Brevavsnitt("Du får hjelp med:"), blokker[0]);
        Assert.Equal(["Økonomi", "Struktur i hverdagen"], Assert.IsType<Brevliste>(blokker[1]).Punkter);
        Assert.Equal(new Brevavsnitt("Områdene er Økonomi, Struktur i hverdagen."), blokker[2]);
    }

    [Fact]
    public void Markdown_lister_og_tabeller_blir_brevets_blokker()
    {
        var data = Data(new() { ["vedtak.timer"] = Flettverdi.Av("4,5 timer per uke"), ["vedtak.mal"] = Flettverdi.Liste(["Betale husleie"]) });

        var resultat = Lag("1. første\n2. andre\n\n- {{vedtak.mal}}\n- siste\n\n| Hva | Innvilget |\n|---|---|\n| Omfang | {{vedtak.timer}} |", data);

        var blokker = Assert.Single(resultat.Seksjoner).Blokker;
        Assert.True(((Brevliste)blokker[0]).Nummerert);
        Assert.Equal(["første", "andre"], ((Brevliste)blokker[0]).Punkter);
        Assert.Equal(["Betale husleie", "siste"], ((Brevliste)blokker[1]).Punkter);
        var tabell = Assert.IsType<Brevtabell>(blokker[2]);
        Assert.Equal(["Hva", "Innvilget"], tabell.Kolonner);
        Assert.Equal(["Omfang", "4,5 timer per uke"], Assert.Single(tabell.Rader));
    }

    [Fact]
    public void Ra_html_i_teksten_vises_som_tekst_og_en_verdi_kan_ikke_legge_til_formatering()
    {
        var data = Data(new() { ["person.navn"] = Flettverdi.Av("**Kari** <b>") });

        var resultat = Lag("<script>alert(1)</script>\n\nHei *{{person.navn}}*, <img src=x onerror=alert(1)>", data);

        var tekster = Assert.Single(resultat.Seksjoner).Tekster().ToList();
        Assert.Equal(["<script>alert(1)</script>", "Hei **Kari** <b>, <img src=x onerror=alert(1)>"], tekster);
    }

    [Fact]
    public void Et_tomt_paakrevd_fritekstfelt_rapporteres_og_et_tomt_valgfritt_utelates()
    {
        var seksjoner = new List<Brevtekstseksjon>
        {
            new("Begrunnelse", "", Fritekst: new("begrunnelse", "Begrunnelse", true)),
            new("Andre opplysninger", "", Fritekst: new("tillegg", "Tillegg", false)),
        };

        var tom = Brevflett.Lag("T", seksjoner, Vedtak, Data([]));
        var fylt = Brevflett.Lag("T", seksjoner, Vedtak, Data([], fritekst: new() { ["begrunnelse"] = "Første.\n\nAndre *ikke markdown*." }));

        Assert.Equal(["begrunnelse"], tom.TommeFritekster.Select(f => f.Nokkel));
        Assert.Equal(["Begrunnelse"], tom.Seksjoner.Select(s => s.Overskrift));
        Assert.True(fylt.Komplett);
        Assert.Equal(["Første.", "Andre *ikke markdown*."], Assert.Single(fylt.Seksjoner).Tekster());
    }

    [Fact]
    public void Versjonen_som_gjelder_er_den_publiserte_med_senest_gyldig_fra_til_og_med_datoen()
    {
        var naa = DateTimeOffset.UnixEpoch;
        var v1 = Brevtekstversjon.Grunnversjon(Guid.NewGuid(), Brevtype.Vedtak, "En", [], new DateOnly(2020, 1, 1), naa);
        var v2 = Brevtekstversjon.NyttUtkast(Brevtype.Vedtak, 2, "To", [], null, naa);
        Assert.True(v2.Publiser(new DateOnly(2027, 3, 1), new DateOnly(2026, 12, 2), null, naa).IsSuccess);
        var utkast = Brevtekstversjon.NyttUtkast(Brevtype.Vedtak, 3, "Tre", [], null, naa);

        Assert.Same(v1, Brevtekstversjon.GjeldendePaa([v1, v2, utkast], new DateOnly(2027, 2, 28)));
        Assert.Same(v2, Brevtekstversjon.GjeldendePaa([v1, v2, utkast], new DateOnly(2027, 3, 1)));
        Assert.Null(Brevtekstversjon.GjeldendePaa([v1, v2], new DateOnly(2019, 12, 31)));
    }

    [Fact]
    public void En_publisert_versjon_kan_ikke_endres_og_gyldig_fra_kan_ikke_vaere_for_i_dag()
    {
        var naa = DateTimeOffset.UnixEpoch;
        var idag = new DateOnly(2026, 12, 2);
        var utkast = Brevtekstversjon.NyttUtkast(Brevtype.Vedtak, 2, "To", [], null, naa);

        Assert.Equal(BrevtekstFeil.GyldigFraTilbakeITid, utkast.Publiser(idag.AddDays(-1), idag, null, naa).Error);
        Assert.True(utkast.Publiser(idag, idag, null, naa).IsSuccess);
        Assert.Equal(BrevtekstFeil.AlleredePublisert, utkast.Endre("Ny", [], null, naa).Error);
        Assert.Equal("To", utkast.Tittel);
    }

    [Fact]
    public void Standardtekstene_bruker_bare_felt_og_betingelser_fra_katalogen_sin()
    {
        foreach (var type in Brevkataloger.Typer)
        {
            var (tittel, seksjoner) = Standardtekster.For(type);
            Assert.Empty(Brevflett.Kontroller(tittel, seksjoner, Brevkataloger.For(type)));
        }
    }

    [Theory]
    [InlineData(Brevtype.Vedtak, "innvilget")]
    [InlineData(Brevtype.Vedtak, "delvis")]
    [InlineData(Brevtype.Avslag, "avslag")]
    [InlineData(Brevtype.Endringsvedtak, "innvilget")]
    [InlineData(Brevtype.Opphorsvedtak, "post")]
    public void Et_vedtaksbrev_med_alle_felt_fylt_er_komplett_og_har_klagefristen_og_begge_navnene(Brevtype type, string betingelse)
    {
        var katalog = Brevkataloger.For(type);
        var (tittel, seksjoner) = Standardtekster.For(type);

        var resultat = Brevflett.Lag(tittel, seksjoner, katalog, katalog.Eksempel([betingelse, "fullmektig"]));

        Assert.True(resultat.Komplett, string.Join(", ", resultat.TommeFelt.Select(f => f.Nokkel)));
        var tekst = string.Join("\n", resultat.Seksjoner.SelectMany(s => s.Tekster()));
        Assert.DoesNotContain("{{", tekst, StringComparison.Ordinal);
        Assert.Contains("senest 30.12.2026", tekst, StringComparison.Ordinal);
        Assert.Contains("Saksbehandler: Ola Saksbehandler", tekst, StringComparison.Ordinal);
        Assert.Contains("Vedtaket er godkjent av: Tone Teamleder", tekst, StringComparison.Ordinal);
        Assert.Contains("Pasient- og brukerombudet", tekst, StringComparison.Ordinal);
    }
}
