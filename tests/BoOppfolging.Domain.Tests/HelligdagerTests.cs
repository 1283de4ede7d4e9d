namespace BoOppfolging.Domain.Tests;

/// <summary>Norwegian public holidays: the dates every deadline later counts around.</summary>
public sealed class HelligdagerTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)] // late extreme of the range
    [InlineData(2285, 3, 22)] // earliest possible date
    public void Paaskedag_er_riktig(int aar, int maaned, int dag) =>
        Assert.Equal(new DateOnly(aar, maaned, dag), Helligdager.Paaskedag(aar));

    [Theory]
    [InlineData("2026-01-01")] // første nyttårsdag
    [InlineData("2026-04-02")] // skjærtorsdag
    [InlineData("2026-04-03")] // langfredag
    [InlineData("2026-04-05")] // første påskedag
    [InlineData("2026-04-06")] // andre påskedag
    [InlineData("2026-05-01")] // arbeidernes dag
    [InlineData("2026-05-14")] // Kristi himmelfartsdag
    [InlineData("2026-05-17")] // grunnlovsdag
    [InlineData("2026-05-24")] // første pinsedag
    [InlineData("2026-05-25")] // andre pinsedag
    [InlineData("2026-12-25")] // første juledag
    [InlineData("2026-12-26")] // andre juledag
    public void Helligdager_i_2026_er_helligdager_og_ikke_virkedager(string dato)
    {
        var d = DateOnly.Parse(dato, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Helligdager.ErHelligdag(d));
        Assert.False(Helligdager.ErVirkedag(d));
    }

    [Theory]
    [InlineData("2026-12-24")] // julaften is not a public holiday
    [InlineData("2026-12-31")]
    [InlineData("2026-04-01")] // onsdag før påske
    [InlineData("2026-04-07")]
    [InlineData("2026-05-18")]
    public void Vanlige_dager_er_ikke_helligdager(string dato) =>
        Assert.False(Helligdager.ErHelligdag(DateOnly.Parse(dato, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Helg_er_ikke_virkedag_og_ukedag_uten_helligdag_er_det()
    {
        Assert.False(Helligdager.ErVirkedag(new DateOnly(2026, 11, 21))); // lørdag
        Assert.False(Helligdager.ErVirkedag(new DateOnly(2026, 11, 22))); // søndag
        Assert.True(Helligdager.ErVirkedag(new DateOnly(2026, 11, 23)));  // mandag
    }

    [Theory]
    [InlineData("2026-04-02", "2026-04-07")] // skjærtorsdag -> tirsdag etter påske
    [InlineData("2026-11-21", "2026-11-23")] // lørdag -> mandag
    [InlineData("2026-12-24", "2026-12-24")] // a working day is its own answer
    [InlineData("2026-12-25", "2026-12-28")] // juledag (fredag) -> mandag
    public void Neste_virkedag_fra_og_med(string fra, string forventet) =>
        Assert.Equal(
            DateOnly.Parse(forventet, System.Globalization.CultureInfo.InvariantCulture),
            Helligdager.NesteVirkedagFraOgMed(DateOnly.Parse(fra, System.Globalization.CultureInfo.InvariantCulture)));
}
