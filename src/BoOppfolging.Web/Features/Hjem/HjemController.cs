using BoOppfolging.Domain;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Hjem;

public sealed class HjemController : Controller
{
    [AllowAnonymous]
    [HttpGet("/")]
    public IActionResult Index() => View();

    [AllowAnonymous]
    [HttpGet("/personvern")]
    public IActionResult Personvern() => View();

    /// <summary>Each role's start page. A user with several roles lands on the first that fits.</summary>
    [Authorize(Policy = Policies.Innlogget)]
    [UtenTofaktorKrav]
    [HttpGet("/start")]
    public IActionResult Start() => Redirect(StartSide(User));

    public static string StartSide(System.Security.Claims.ClaimsPrincipal user)
    {
        // A bo-oppfølger's day starts with their users; with another staff role too, with that role's work list.
        if (user.IsInRole(Roller.BoOppfolger) && !Policies.SaksarbeidRoller.Any(r => r != Roller.BoOppfolger && user.IsInRole(r))) return "/mine-brukere";
        if (Policies.SaksarbeidRoller.Any(user.IsInRole)) return "/saker";
        if (user.IsInRole(Roller.Administrator)) return "/admin/brukere";
        if (user.IsInRole(Roller.Innbygger)) return "/mine-saker";
        return "/";
    }
}
