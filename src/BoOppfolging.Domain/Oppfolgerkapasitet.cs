namespace BoOppfolging.Domain;

/// <summary>
/// How many hours a week a bo-oppfølger has for follow-up, set by the team leader: what the granted hours on their cases are
/// measured against before a new case is given to them. One row per bo-oppfølger, made by the first save; not case data.
/// </summary>
public sealed class Oppfolgerkapasitet : IHarVersjon
{
    private Oppfolgerkapasitet() { } // for EF Core

    public Oppfolgerkapasitet(Guid brukerId) => BrukerId = brukerId;

    public Guid BrukerId { get; private set; }

    /// <summary>Minutes a week, a quarter hour at a time.</summary>
    public int MinutterPerUke { get; private set; }
    public Guid? EndretAv { get; private set; }
    public DateTimeOffset? Endret { get; private set; }
    public Guid Versjon { get; private set; } = Guid.NewGuid();

    public void NyVersjon() => Versjon = Guid.NewGuid();

    public Result Sett(int kvarterPerUke, Guid av, DateTimeOffset tidspunkt)
    {
        if (kvarterPerUke is < 0 or > Vedtaksinnhold.MaksTimerPerUke * 4) return Result.Fail(KapasitetFeil.Utenfor);
        (MinutterPerUke, EndretAv, Endret) = (kvarterPerUke * 15, av, tidspunkt);
        return Result.Ok();
    }

    /// <summary>Room left: capacity minus the hours granted on their cases (negative when over).</summary>
    public static decimal Ledig(int kapasitetMinutter, decimal innvilgetMinutter) => kapasitetMinutter - innvilgetMinutter;
}

public static class KapasitetFeil
{
    public static readonly Feil Utenfor = new(
        "kapasitet_utenfor", $"Skriv timer per uke mellom 0 og {Vedtaksinnhold.MaksTimerPerUke}, i hele kvarter (for eksempel 22,5).", "Timer");
}
