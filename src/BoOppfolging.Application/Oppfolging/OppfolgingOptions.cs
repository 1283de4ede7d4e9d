namespace BoOppfolging.Application.Oppfolging;

/// <summary>
/// The follow-up phase's settings (section "Oppfolging"). Each number has one meaning used by every list, flag
/// and count that needs it; the rules that use them are pure functions in the domain (<c>Domain/Oppfolgingsregler.cs</c>).
/// </summary>
public sealed class OppfolgingOptions
{
    public const string Seksjon = "Oppfolging";

    /// <summary>"No contact for N days": a case whose last visit or contact that took place (gjennomført) is more than this many days ago.</summary>
    public int DagerUtenKontakt { get; set; } = 14;

    /// <summary>A visit logged more than this many days after it happened is marked as logged late.</summary>
    public int SenRegistreringDager { get; set; } = 3;

    /// <summary>A finished week or month with delivered hours this many percent or more below the granted is "well under".</summary>
    public int UnderforbrukProsent { get; set; } = 25;

    /// <summary>Non-participation: this many visits "ikke truffet" or "avlyst av bruker" …</summary>
    public int IkkeMedvirkningAntall { get; set; } = 3;

    /// <summary>… within this many days raises the flag for the team leader.</summary>
    public int IkkeMedvirkningDager { get; set; } = 30;
}
