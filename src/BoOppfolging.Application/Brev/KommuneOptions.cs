namespace BoOppfolging.Application.Brev;

/// <summary>
/// The municipality's details, from configuration (section "Kommune"). Shown in the header and
/// footer, and the sender of every letter.
/// </summary>
public sealed class KommuneOptions
{
    public string Navn { get; set; } = "Eksempel kommune";
    public string Enhet { get; set; } = "Forvaltningsenheten, helse og omsorg";
    public string Adresse { get; set; } = "";
    public string Telefon { get; set; } = "";
    public string Epost { get; set; } = "";
}
