namespace BoOppfolging.Domain.Tests;

/// <summary>Forvaltningsloven § 11 a: the date a foreløpig svar is due, one month after receipt.</summary>
public sealed class FristerTests
{
    [Theory]
    [InlineData("2026-11-23", "2026-12-23")] // an ordinary working day
    [InlineData("2026-11-25", "2026-12-28")] // 25.12 and 26.12 are holidays, then a Sunday
    [InlineData("2027-01-31", "2027-03-01")] // no 31 February: the last day of the month, a Sunday, moves on
    [InlineData("2027-02-25", "2027-03-30")] // 25.03.2027 is skjærtorsdag: past 2. påskedag (29.03) to the first working day
    public void Frist_for_forelopig_svar_er_en_maaned_etter_mottak_paa_en_virkedag(string mottatt, string frist) =>
        Assert.Equal(Dato(frist), Frister.ForelopigSvar(Dato(mottatt)));

    [Fact]
    public void Norsk_dato_er_datoen_i_norsk_tid_ikke_utc()
    {
        // 23:30 UTC on 31 December is already New Year's Day in Norway.
        Assert.Equal(new DateOnly(2027, 1, 1), Norsktid.Dato(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void En_ny_sak_faar_fristen_fra_mottaksdatoen()
    {
        var sak = Sak.Opprett("BO-2026-000001", Guid.NewGuid(), Kanal.Soknad, new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero), null);
        Assert.Equal(new DateOnly(2026, 12, 28), sak.Frist);
    }

    private static DateOnly Dato(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
