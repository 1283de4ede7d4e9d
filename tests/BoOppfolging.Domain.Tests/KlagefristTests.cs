using BoOppfolging.Domain;

namespace BoOppfolging.Domain.Tests;

/// <summary>
/// The complaint deadline (domain.md, "Dates and numbers"): weeks from receipt, moved past Saturdays, Sundays and
/// public holidays (1 and 17 May included), ending at the end of the day in Norwegian time. The holidays here are
/// worked out from a table of Easter dates, not from <see cref="Helligdager"/>, so a wrong Easter rule fails.
/// </summary>
public sealed class KlagefristTests
{
    private static readonly Dictionary<int, DateOnly> Paaskedager = new()
    {
        [2026] = new(2026, 4, 5), [2027] = new(2027, 3, 28), [2028] = new(2028, 4, 16), [2029] = new(2029, 4, 1),
        [2030] = new(2030, 4, 21), [2031] = new(2031, 4, 13), [2032] = new(2032, 3, 28), [2033] = new(2033, 4, 17),
        [2034] = new(2034, 4, 9), [2035] = new(2035, 3, 25), [2036] = new(2036, 4, 13),
    };

    private static HashSet<DateOnly> Fridager(int aar)
    {
        var p = Paaskedager[aar];
        return
        [
            new(aar, 1, 1), p.AddDays(-3), p.AddDays(-2), p, p.AddDays(1), new(aar, 5, 1), new(aar, 5, 17),
            p.AddDays(39), p.AddDays(49), p.AddDays(50), new(aar, 12, 25), new(aar, 12, 26),
        ];
    }

    private static bool Arbeidsdag(DateOnly d) => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Fridager(d.Year).Contains(d);

    public static TheoryData<int> Aar() => [.. Enumerable.Range(2026, 10)];

    [Theory]
    [MemberData(nameof(Aar))]
    public void En_frist_som_ender_paa_en_helligdag_flyttes_til_neste_arbeidsdag_i_ti_aar(int aar)
    {
        foreach (var helligdag in Fridager(aar))
        {
            foreach (var uker in new[] { 3, 4 })
            {
                var sendt = helligdag.AddDays(-7 * uker);
                var forventet = helligdag;
                while (!Arbeidsdag(forventet)) forventet = forventet.AddDays(1);

                Assert.Equal(forventet, Klagefrist.Frist(sendt, Forsendelse.Digital, postgangDager: 3, uker));
                Assert.Equal(forventet, Klagefrist.Frist(sendt, Forsendelse.Overlevert, postgangDager: 3, uker));
                // By post the same deadline is reached from a letter sent the post days earlier.
                Assert.Equal(forventet, Klagefrist.Frist(sendt.AddDays(-3), Forsendelse.Post, postgangDager: 3, uker));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Aar))]
    public void En_frist_paa_en_vanlig_arbeidsdag_staar_og_ender_paa_samme_ukedag(int aar)
    {
        for (var sendt = new DateOnly(aar, 1, 1); sendt.Year == aar; sendt = sendt.AddDays(1))
        {
            var rett = sendt.AddDays(28);
            if (!Arbeidsdag(rett)) continue;
            Assert.Equal(rett, Klagefrist.Frist(sendt, Forsendelse.Digital, 3, 4));
            Assert.Equal(sendt.DayOfWeek, Klagefrist.Frist(sendt, Forsendelse.Digital, 3, 4).DayOfWeek);
        }
    }

    [Theory]
    // Skjærtorsdag 2027 (25.03): langfredag, the weekend and 2. påskedag follow, so Tuesday 30.03.
    [InlineData("2027-02-25", Forsendelse.Digital, 4, "2027-03-30")]
    // 17 May 2027 is a Monday.
    [InlineData("2027-04-19", Forsendelse.Digital, 4, "2027-05-18")]
    // 1 May 2027 is a Saturday, 2 May a Sunday: Monday 3 May.
    [InlineData("2027-04-10", Forsendelse.Digital, 3, "2027-05-03")]
    // By post, received three days later: 25.11.2026 + 3 = 28.11, + 4 weeks = Saturday 26.12 (2. juledag too), then Sunday: Monday 28.12.
    [InlineData("2026-11-25", Forsendelse.Post, 4, "2026-12-28")]
    // Christmas Eve and New Year's Eve are working days.
    [InlineData("2026-11-26", Forsendelse.Digital, 4, "2026-12-24")]
    [InlineData("2026-12-03", Forsendelse.Digital, 4, "2026-12-31")]
    // Kristi himmelfartsdag 2028 is 25.05; 2. pinsedag 2028 is 05.06.
    [InlineData("2028-04-27", Forsendelse.Digital, 4, "2028-05-26")]
    [InlineData("2028-05-08", Forsendelse.Overlevert, 4, "2028-06-06")]
    public void Kjente_datoer(string sendt, Forsendelse forsendelse, int uker, string frist) =>
        Assert.Equal(DateOnly.Parse(frist), Klagefrist.Frist(DateOnly.Parse(sendt), forsendelse, postgangDager: 3, uker));

    [Fact]
    public void Fristen_gaar_ut_ved_slutten_av_dagen_norsk_tid()
    {
        var frist = new DateOnly(2027, 3, 30); // summer time from 28.03.2027

        Assert.Equal(new DateTimeOffset(2027, 3, 31, 0, 0, 0, TimeSpan.FromHours(2)), Klagefrist.Utlop(frist));
        Assert.True(Klagefrist.ErInnenFristen(frist, new DateTimeOffset(2027, 3, 30, 23, 59, 59, TimeSpan.FromHours(2))));
        Assert.False(Klagefrist.ErInnenFristen(frist, new DateTimeOffset(2027, 3, 30, 22, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2027, 1, 6, 0, 0, 0, TimeSpan.FromHours(1)), Klagefrist.Utlop(new DateOnly(2027, 1, 5)));
    }
}
