using BoOppfolging.Domain;

namespace BoOppfolging.Domain.Tests;

/// <summary>The name parts the work list searches: what a name and what a search text are split into.</summary>
public sealed class NavnedelTests
{
    [Theory]
    [InlineData("Kari Nordmann", new[] { "kari", "nordmann" })]
    [InlineData("  KARI   nordMANN ", new[] { "kari", "nordmann" })]
    [InlineData("Anne-Lise Nordmann-Hansen", new[] { "anne", "lise", "nordmann", "hansen" })]
    [InlineData("ØYDIS ÆRLIGHETSEN-ÅS", new[] { "øydis", "ærlighetsen", "ås" })]
    [InlineData("Conor O'Brien", new[] { "conor", "o", "brien" })]
    [InlineData("Anne Anne", new[] { "anne" })]
    [InlineData("(navn ikke registrert)", new[] { "navn", "ikke", "registrert" })]
    [InlineData("Олена Ковальчук", new[] { "олена", "ковальчук" })]
    public void Et_navn_deles_i_smaa_bokstaver_ved_mellomrom_og_tegn(string navn, string[] deler)
    {
        Assert.Equal(deler, Navnedel.Deler(navn));
    }

    [Fact]
    public void Aa_skrevet_som_a_med_ring_over_er_samme_bokstav_som_aa()
    {
        // "Åse" as A followed by the combining ring (U+030A), as some systems send it.
        Assert.Equal(["åse"], Navnedel.Deler("A\u030Ase"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("- / ,")]
    public void Tekst_uten_bokstaver_eller_tall_har_ingen_deler(string? tekst)
    {
        Assert.Empty(Navnedel.Deler(tekst));
    }

    [Fact]
    public void En_ny_person_har_delene_av_navnet_sitt()
    {
        var person = new Person("Kari", "Nordmann-Hansen", null, new DateOnly(1990, 1, 1));

        Assert.Equal(["kari", "nordmann", "hansen"], person.Navnedeler.Select(n => n.Del));
    }

    [Fact]
    public void Nytt_navn_gir_nye_deler_og_beholder_delene_som_er_like()
    {
        var person = new Person("Kari", "Nordmann", null, new DateOnly(1990, 1, 1));
        var kari = person.Navnedeler.Single(n => n.Del == "kari");

        person.EndreNavn("Kari", "Østby");

        Assert.Equal(["kari", "østby"], person.Navnedeler.Select(n => n.Del));
        Assert.Same(kari, person.Navnedeler.Single(n => n.Del == "kari"));
    }
}
