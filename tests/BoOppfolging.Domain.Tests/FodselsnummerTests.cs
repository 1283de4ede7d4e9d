using BoOppfolging.Domain;

namespace BoOppfolging.Domain.Tests;

// The numbers below have check digits computed by hand with the weights 3 7 6 1 8 9 4 5 2 and 5 4 3 2 7 6 5 4 3 2.
public sealed class FodselsnummerTests
{
    [Fact]
    public void Gyldig_fodselsnummer_godtas_og_gir_fodselsdatoen()
    {
        var fnr = Fodselsnummer.Parse("15076500565", tillatSyntetisk: false);

        Assert.True(fnr.IsSuccess);
        Assert.Equal(new DateOnly(1965, 7, 15), fnr.Value.Fodselsdato);
        Assert.Equal(FodselsnummerType.Fodselsnummer, fnr.Value.Type);
        Assert.False(fnr.Value.ErSyntetisk);
    }

    [Fact]
    public void D_nummer_godtas_med_dag_pluss_40()
    {
        var fnr = Fodselsnummer.Parse("41076500531", tillatSyntetisk: false);

        Assert.True(fnr.IsSuccess);
        Assert.Equal(FodselsnummerType.DNummer, fnr.Value.Type);
        Assert.Equal(new DateOnly(1965, 7, 1), fnr.Value.Fodselsdato);
    }

    [Theory]
    [InlineData("15876500520")] // Skatteetaten: month + 80
    [InlineData("15476500548")] // NAV: month + 40
    public void Syntetisk_testnummer_godtas_bare_utenfor_produksjon(string nummer)
    {
        Assert.True(Fodselsnummer.Parse(nummer, tillatSyntetisk: true).IsSuccess);
        var avvist = Fodselsnummer.Parse(nummer, tillatSyntetisk: false);
        Assert.False(avvist.IsSuccess);
        Assert.Equal("Testnummer kan ikke brukes her.", avvist.Error!.Melding);
    }

    [Theory]
    [InlineData("15076500575")] // first check digit wrong
    [InlineData("15076500566")] // second check digit wrong
    [InlineData("31029012302")] // check digits right, 31 February does not exist
    [InlineData("1507650056")]
    [InlineData("1507650056a")]
    [InlineData("")]
    [InlineData(null)]
    public void Ugyldig_nummer_avvises_med_norsk_melding_paa_feltet(string? nummer)
    {
        var result = Fodselsnummer.Parse(nummer, tillatSyntetisk: true);

        Assert.False(result.IsSuccess);
        Assert.Equal("Fodselsnummer", result.Error!.Felt);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Melding));
    }

    [Fact]
    public void Skuddagen_i_2000_er_gyldig()
    {
        var fnr = Fodselsnummer.Parse("29020051386", tillatSyntetisk: false);

        Assert.True(fnr.IsSuccess);
        Assert.Equal(new DateOnly(2000, 2, 29), fnr.Value.Fodselsdato);
    }

    [Fact]
    public void Atten_aar_fylles_paa_fodselsdagen_ikke_dagen_for()
    {
        var fodt = new DateOnly(2008, 11, 22);

        Assert.Equal(17, Fodselsnummer.Alder(fodt, new DateOnly(2026, 11, 21)));
        Assert.Equal(18, Fodselsnummer.Alder(fodt, new DateOnly(2026, 11, 22)));
    }

    [Theory]
    [InlineData(1925, 3, 1)]
    [InlineData(1985, 12, 31)]
    [InlineData(2001, 9, 8)]
    [InlineData(2024, 2, 29)]
    public void Lagde_syntetiske_nummer_er_gyldige_og_har_riktig_dato(int aar, int maaned, int dag)
    {
        var dato = new DateOnly(aar, maaned, dag);

        var fnr = Fodselsnummer.Parse(Fodselsnummer.LagSyntetisk(dato, 100), tillatSyntetisk: true);

        Assert.True(fnr.IsSuccess);
        Assert.True(fnr.Value.ErSyntetisk);
        Assert.Equal(dato, fnr.Value.Fodselsdato);
    }

    [Fact]
    public void Nummeret_vises_aldri_helt_i_tekst()
    {
        var fnr = Fodselsnummer.Parse("15076500565", tillatSyntetisk: false).Value;

        Assert.Equal("150765*****", fnr.Maskert);
        Assert.DoesNotContain("00565", fnr.ToString(), StringComparison.Ordinal);
    }
}
