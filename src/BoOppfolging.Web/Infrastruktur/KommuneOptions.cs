namespace BoOppfolging.Web.Infrastruktur;

/// <summary>The municipality's details, from configuration (section "Kommune"). Shown in the header, footer and letters.</summary>
public sealed class KommuneOptions
{
    public string Navn { get; set; } = "Eksempel kommune";
    public string Enhet { get; set; } = "Forvaltningsenheten, helse og omsorg";
    public string Adresse { get; set; } = "";
    public string Telefon { get; set; } = "";
    public string Epost { get; set; } = "";
}
