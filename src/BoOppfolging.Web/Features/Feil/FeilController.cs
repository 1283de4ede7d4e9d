using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Feil;

/// <summary>Norwegian error pages. Re-executed by the status code and exception middleware for any method.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class FeilController : Controller
{
    [Route("feil/{kode:int}")]
    public IActionResult Index(int kode)
    {
        var statuskode = kode is >= 400 and <= 599 ? kode : StatusCodes.Status404NotFound;
        Response.StatusCode = statuskode;
        var model = new FeilViewModel(statuskode, HttpContext.TraceIdentifier ?? Activity.Current?.Id ?? "");
        return statuskode switch
        {
            StatusCodes.Status403Forbidden => View("Forbudt", model),
            StatusCodes.Status404NotFound => View("IkkeFunnet", model),
            StatusCodes.Status409Conflict => View("Konflikt", model),
            >= 500 => View("Serverfeil", model),
            _ => View("Annen", model),
        };
    }
}

public sealed record FeilViewModel(int Statuskode, string KorrelasjonsId);
