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

    /// <summary>
    /// The web address of "Mine saker", where citizens log in: the vedtak letters name it as the place to complain online, and the
    /// e-mail about a letter sent digitally points there. Empty stops a vedtak letter until it is set.
    /// </summary>
    public string MineSakerAdresse { get; set; } = "";

    /// <summary>
    /// Days a letter by post is taken to need to arrive: the complaint deadline runs from the sent date plus these for a letter by
    /// post, from the sent date for one sent digitally or handed over (<see cref="Domain.Klagefrist.Mottatt"/>).
    /// </summary>
    public int PostgangDager { get; set; } = 3;
}
