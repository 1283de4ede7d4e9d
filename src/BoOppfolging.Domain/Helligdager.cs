namespace BoOppfolging.Domain;

/// <summary>Norwegian public holidays and working days, computed for any year.</summary>
public static class Helligdager
{
    /// <summary>Easter Sunday (1. påskedag) in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    public static DateOnly Paaskedag(int aar)
    {
        var a = aar % 19;
        var b = aar / 100;
        var c = aar % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var maaned = (h + l - (7 * m) + 114) / 31;
        var dag = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(aar, maaned, dag);
    }

    /// <summary>
    /// True on Norwegian public holidays: 1 January, skjærtorsdag, langfredag, 1. and 2. påskedag,
    /// 1 May, 17 May, Kristi himmelfartsdag, 1. and 2. pinsedag, 25 and 26 December.
    /// </summary>
    public static bool ErHelligdag(DateOnly dato)
    {
        switch (dato.Month, dato.Day)
        {
            case (1, 1):
            case (5, 1):
            case (5, 17):
            case (12, 25):
            case (12, 26):
                return true;
        }

        var dagerEtterPaaske = dato.DayNumber - Paaskedag(dato.Year).DayNumber;
        return dagerEtterPaaske is
            -3 // skjærtorsdag
            or -2 // langfredag
            or 0 // 1. påskedag
            or 1 // 2. påskedag
            or 39 // Kristi himmelfartsdag
            or 49 // 1. pinsedag
            or 50; // 2. pinsedag
    }

    /// <summary>True on weekdays that are not public holidays.</summary>
    public static bool ErVirkedag(DateOnly dato) =>
        dato.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !ErHelligdag(dato);

    /// <summary>The date itself if it is a working day, otherwise the next working day.</summary>
    public static DateOnly NesteVirkedagFraOgMed(DateOnly dato)
    {
        while (!ErVirkedag(dato))
        {
            dato = dato.AddDays(1);
        }

        return dato;
    }
}
