namespace BoOppfolging.Domain;

/// <summary>Why a team leader hands a bo-oppfølger's cases over to others (kept with each new contact period).</summary>
public enum Overleveringsarsak
{
    Slutter,
    Permisjon,

    /// <summary>
    /// Away for a while without more said. Shown as "Fravær", never as sick leave: the reason is written into every case's
    /// contact history, where colleagues read it, and an employee's health is not theirs to know.
    /// </summary>
    Sykmelding,
    Ferie,
    Annet,
}

public static class OverleveringsarsakTekster
{
    public static string Visningsnavn(this Overleveringsarsak arsak) => arsak switch
    {
        Overleveringsarsak.Slutter => "Slutter",
        Overleveringsarsak.Permisjon => "Permisjon",
        Overleveringsarsak.Sykmelding => "Fravær",
        Overleveringsarsak.Ferie => "Ferie",
        Overleveringsarsak.Annet => "Annet",
        _ => arsak.ToString(),
    };

    /// <summary>The reason as the contact history shows it: "Overført: Permisjon", with the team leader's words after it if any.</summary>
    public static string Begrunnelse(this Overleveringsarsak arsak, string? tekst) =>
        string.IsNullOrWhiteSpace(tekst) ? $"Overført: {arsak.Visningsnavn()}" : $"Overført: {arsak.Visningsnavn()}. {tekst.Trim()}";

    /// <summary>Room left for the team leader's own words in <see cref="Kontaktperiode.MaksBegrunnelse"/>.</summary>
    public const int MaksTekst = Kontaktperiode.MaksBegrunnelse - 40;
}
