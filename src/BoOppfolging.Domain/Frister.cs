namespace BoOppfolging.Domain;

/// <summary>Legal deadlines counted from dates, with Norwegian working days.</summary>
public static class Frister
{
    /// <summary>
    /// Forvaltningsloven § 11 a: a case not decided within one month of receipt needs a foreløpig svar.
    /// The month is counted from the date received; a deadline on a Saturday, Sunday or public
    /// holiday moves to the next working day (as for complaint deadlines, domain.md).
    /// </summary>
    public static DateOnly ForelopigSvar(DateOnly mottatt) => Helligdager.NesteVirkedagFraOgMed(mottatt.AddMonths(1));
}
