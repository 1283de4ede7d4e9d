using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Infrastruktur;

/// <summary>A status message that survives the redirect after a POST (TempData, kept in a cookie: no server state).</summary>
public static class Statusmelding
{
    public const string Nokkel = "Statusmelding";

    public static void SettStatus(this Controller controller, string melding) => controller.TempData[Nokkel] = melding;
}
