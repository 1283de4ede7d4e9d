using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Infrastruktur;

/// <summary>A status message that survives the redirect after a POST (TempData, kept in a cookie: no server state).</summary>
public static class Statusmelding
{
    public const string Nokkel = "Statusmelding";
    public const string AdvarselNokkel = "Statusmelding.Advarsel";

    public static void SettStatus(this Controller controller, string melding) => controller.TempData[Nokkel] = melding;

    /// <summary>A message that something the user asked for was only partly done (shown as a warning).</summary>
    public static void SettAdvarsel(this Controller controller, string melding) => controller.TempData[AdvarselNokkel] = melding;
}
