namespace BoOppfolging.Domain;

/// <summary>
/// The follow-up phase's rules over dates, each defined once here and used by every list, flag and count
/// (CASA's lesson: two definitions of "no contact" give two answers). The numbers are settings
/// (<c>OppfolgingOptions</c>), passed in.
/// </summary>
public static class Oppfolgingsregler
{
    /// <summary>Contact is a visit or contact that took place: registered as gjennomført, of any type (a phone call counts).</summary>
    public static bool ErKontakt(Besoksstatus status, Besoksutfall? utfall) => status == Besoksstatus.Registrert && utfall == Besoksutfall.Gjennomfort;

    /// <summary>
    /// The first day that still counts as "recent" for "no contact for <paramref name="dager"/> days": a case whose last
    /// contact (or, with none yet, the start of its follow-up) is before this date has had no contact. Lists ask the
    /// database with this date; <see cref="UtenKontakt"/> asks it of one case.
    /// </summary>
    public static DateOnly KontaktGrense(DateOnly idag, int dager) => idag.AddDays(-dager);

    /// <summary>No contact for <paramref name="dager"/> days: the last contact, or the follow-up's start when there was none, is older.</summary>
    public static bool UtenKontakt(DateOnly? sisteKontakt, DateOnly oppfolgingStart, DateOnly idag, int dager) =>
        (sisteKontakt ?? oppfolgingStart) < KontaktGrense(idag, dager);

    /// <summary>Days since the last contact (or the start), for lists that show how long.</summary>
    public static int DagerSidenKontakt(DateOnly? sisteKontakt, DateOnly oppfolgingStart, DateOnly idag) =>
        idag.DayNumber - (sisteKontakt ?? oppfolgingStart).DayNumber;

    /// <summary>Logged late: registered more than <paramref name="dager"/> days (Norwegian dates) after the day it happened.</summary>
    public static bool ErSenRegistrert(DateOnly dato, DateTimeOffset registrert, int dager) =>
        Norsktid.Dato(registrert).DayNumber - dato.DayNumber > dager;

    /// <summary>The outcomes that count against the citizen's duty to take part (seed 000).</summary>
    public static bool TellerSomIkkeMedvirkning(Besoksutfall? utfall) => utfall is Besoksutfall.IkkeTruffet or Besoksutfall.AvlystAvBruker;

    /// <summary>
    /// Non-participation: at least <paramref name="antall"/> visits "ikke truffet" or "avlyst av bruker" dated within the last
    /// <paramref name="dager"/> days (today included).
    /// </summary>
    public static bool ManglendeMedvirkning(IEnumerable<(DateOnly Dato, Besoksutfall? Utfall)> besok, DateOnly idag, int antall, int dager)
    {
        var fra = idag.AddDays(-(dager - 1));
        return besok.Count(b => b.Dato >= fra && b.Dato <= idag && TellerSomIkkeMedvirkning(b.Utfall)) >= antall;
    }

    /// <summary>Planned and not documented after its day: a list for the bo-oppfølger and the team leader.</summary>
    public static bool ErUdokumentert(Besoksstatus status, DateOnly dato, DateOnly idag) => status == Besoksstatus.Planlagt && dato < idag;

    /// <summary>
    /// The first day a meeting still counts as recent for the three-month rule (seed 004: a samarbeidsmøte at least every
    /// three months): the same day three calendar months back (the month's last day when that month is shorter).
    /// Lists ask the database with this date; <see cref="ManglerMote"/> asks it of one case.
    /// </summary>
    public static DateOnly MoteGrense(DateOnly idag) => idag.AddMonths(-3);

    /// <summary>
    /// No held meeting in the last three calendar months: the last meeting, or the follow-up's start when there was none,
    /// is before <see cref="MoteGrense"/>. A meeting exactly three months ago still counts.
    /// </summary>
    public static bool ManglerMote(DateOnly? sisteMote, DateOnly oppfolgingStart, DateOnly idag) =>
        (sisteMote ?? oppfolgingStart) < MoteGrense(idag);
}
