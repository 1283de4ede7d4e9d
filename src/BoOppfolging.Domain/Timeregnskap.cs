using System.Globalization;

namespace BoOppfolging.Domain;

/// <summary>A visit as the hours count it: when, how long, and whether it is planned or registered with an outcome.</summary>
public readonly record struct Timeforing(DateOnly Dato, int Minutter, Besoksstatus Status, Besoksutfall? Utfall);

/// <summary>
/// One ISO week or calendar month of the hours: granted by the vedtak in force on each of its days, delivered (registered as
/// gjennomført), and planned from today on (the forecast). Minutes throughout; <see cref="Innvilget"/> is exact to the
/// fraction of a minute, as a grant per month spread over its days is.
/// </summary>
public sealed record Timeperiode(DateOnly Fra, DateOnly Til, string Navn, decimal Innvilget, int Levert, int Planlagt, bool Ferdig)
{
    /// <summary>Delivered and still planned: where the period is heading.</summary>
    public int Prognose => Levert + Planlagt;

    /// <summary>Part of the period had no vedtak with hours in force (before the start, after an end).</summary>
    public bool HarInnvilget => Innvilget > 0;
}

public enum Timevarseltype
{
    /// <summary>More delivered than granted.</summary>
    Over,

    /// <summary>Delivered and planned together will go over the granted hours.</summary>
    LiggerAnTilOver,

    /// <summary>A finished period well under the granted hours (the threshold is a setting).</summary>
    Under,
}

/// <summary>A warning on one period: which, what kind, and by how many minutes.</summary>
public sealed record Timevarsel(Timeperiode Periode, Timevarseltype Type, decimal Minutter);

/// <summary>
/// Delivered against granted hours (the issue's "hours against the vedtak"). The grant of each day comes from the vedtak in force
/// that day (<see cref="Vedtakskjede.IKraft"/>), so an endringsvedtak in the middle of a week splits the week: a grant per week gives
/// a seventh of it to each day, a grant per month gives each day its share of that month. A whole week under a weekly grant is
/// then exactly the grant, and a whole month under a monthly grant too. Only registered visits with the outcome gjennomført are
/// delivered; planned visits from today on are the forecast.
/// </summary>
public static class Timeregnskap
{
    private static readonly CultureInfo Norsk = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>The minutes granted on one day by the vedtak in force then (0 with none).</summary>
    public static decimal InnvilgetPaaDag<T>(IReadOnlyCollection<T> vedtak, DateOnly dato)
        where T : class, IVedtaksledd
    {
        if (Vedtakskjede.IKraft(vedtak, dato) is not { Kvarter: { } kvarter, Enhet: { } enhet }) return 0m;
        return enhet == Timeenhet.Uke ? kvarter * 15m / 7m : kvarter * 15m / DateTime.DaysInMonth(dato.Year, dato.Month);
    }

    /// <summary>
    /// The minutes granted from <paramref name="fra"/> to <paramref name="til"/> (both days included): the sum of
    /// <see cref="InnvilgetPaaDag"/> over the days. A day's grant changes only where a vedtak's period starts or ends, or a month
    /// begins (a monthly grant is shared by its days), so it is looked up once per stretch between such days and counted for each
    /// of its days: the team leader's overview sums two months for every case in follow-up.
    /// </summary>
    public static decimal Innvilget<T>(IReadOnlyCollection<T> vedtak, DateOnly fra, DateOnly til)
        where T : class, IVedtaksledd
    {
        ArgumentNullException.ThrowIfNull(vedtak);
        if (til < fra) return 0m;
        var skiller = new SortedSet<DateOnly> { til.AddDays(1) };
        foreach (var v in vedtak)
        {
            if (v.Fra is { } f && f > fra && f <= til) skiller.Add(f);
            if (v.Til is { } t && t >= fra && t < til) skiller.Add(t.AddDays(1));
        }

        for (var m = new DateOnly(fra.Year, fra.Month, 1).AddMonths(1); m <= til; m = m.AddMonths(1)) skiller.Add(m);
        var innvilget = 0m;
        var start = fra;
        foreach (var neste in skiller)
        {
            innvilget += InnvilgetPaaDag(vedtak, start) * (neste.DayNumber - start.DayNumber);
            start = neste;
        }

        return decimal.Round(innvilget, 2);
    }

    /// <summary>The hours of one period (both days included).</summary>
    public static Timeperiode Periode<T>(
        IReadOnlyCollection<T> vedtak, IEnumerable<Timeforing> besok, DateOnly fra, DateOnly til, string navn, DateOnly idag)
        where T : class, IVedtaksledd
    {
        var innvilget = Innvilget(vedtak, fra, til);
        var levert = 0;
        var planlagt = 0;
        foreach (var b in besok)
        {
            if (b.Dato < fra || b.Dato > til) continue;
            if (Oppfolgingsregler.ErKontakt(b.Status, b.Utfall)) levert += b.Minutter;
            else if (b.Status == Besoksstatus.Planlagt && b.Dato >= idag) planlagt += b.Minutter;
        }

        return new Timeperiode(fra, til, navn, innvilget, levert, planlagt, til < idag);
    }

    /// <summary>Monday of the ISO week <paramref name="dato"/> is in.</summary>
    public static DateOnly UkeStart(DateOnly dato) => dato.AddDays(-(((int)dato.DayOfWeek + 6) % 7));

    public static DateOnly MaanedStart(DateOnly dato) => new(dato.Year, dato.Month, 1);

    /// <summary>"Uke 5, 2026" by the ISO week-numbering year.</summary>
    public static string Ukenavn(DateOnly mandag)
    {
        var dag = mandag.ToDateTime(TimeOnly.MinValue);
        return $"Uke {ISOWeek.GetWeekOfYear(dag)}, {ISOWeek.GetYear(dag)}";
    }

    /// <summary>"januar 2026".</summary>
    public static string Maanedsnavn(DateOnly forste) => forste.ToString("MMMM yyyy", Norsk);

    /// <summary>Every ISO week that has a day in [<paramref name="fra"/>, <paramref name="til"/>], whole weeks.</summary>
    public static IReadOnlyList<Timeperiode> Uker<T>(
        IReadOnlyCollection<T> vedtak, IReadOnlyCollection<Timeforing> besok, DateOnly fra, DateOnly til, DateOnly idag)
        where T : class, IVedtaksledd
    {
        var uker = new List<Timeperiode>();
        for (var mandag = UkeStart(fra); mandag <= til; mandag = mandag.AddDays(7))
        {
            uker.Add(Periode(vedtak, besok, mandag, mandag.AddDays(6), Ukenavn(mandag), idag));
        }

        return uker;
    }

    /// <summary>Every calendar month that has a day in [<paramref name="fra"/>, <paramref name="til"/>], whole months.</summary>
    public static IReadOnlyList<Timeperiode> Maaneder<T>(
        IReadOnlyCollection<T> vedtak, IReadOnlyCollection<Timeforing> besok, DateOnly fra, DateOnly til, DateOnly idag)
        where T : class, IVedtaksledd
    {
        var maaneder = new List<Timeperiode>();
        for (var forste = MaanedStart(fra); forste <= til; forste = forste.AddMonths(1))
        {
            maaneder.Add(Periode(vedtak, besok, forste, forste.AddMonths(1).AddDays(-1), Maanedsnavn(forste), idag));
        }

        return maaneder;
    }

    /// <summary>
    /// The warnings on these periods: over the grant (any period), heading over it (a period not finished, by the forecast),
    /// and, for a finished period with a grant, <paramref name="underProsent"/> percent or more under it.
    /// </summary>
    public static IReadOnlyList<Timevarsel> Varsler(IEnumerable<Timeperiode> perioder, int underProsent)
    {
        var varsler = new List<Timevarsel>();
        foreach (var p in perioder)
        {
            if (p.Levert > p.Innvilget)
            {
                varsler.Add(new Timevarsel(p, Timevarseltype.Over, p.Levert - p.Innvilget));
            }
            else if (!p.Ferdig && p.Prognose > p.Innvilget)
            {
                varsler.Add(new Timevarsel(p, Timevarseltype.LiggerAnTilOver, p.Prognose - p.Innvilget));
            }
            else if (p.Ferdig && p.HarInnvilget && p.Levert <= p.Innvilget * (100 - underProsent) / 100m)
            {
                varsler.Add(new Timevarsel(p, Timevarseltype.Under, p.Innvilget - p.Levert));
            }
        }

        return varsler;
    }

    /// <summary>Minutes as hours with a decimal comma: "4,5 t", "0,25 t".</summary>
    public static string Timer(decimal minutter) => $"{(minutter / 60m).ToString("0.##", Norsk)} t";
}
