using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>
/// The follow-up overview across cases (<c>/oppfolging/oversikt</c>): the team leader's lists over the unit, the saksbehandler's
/// evaluations due. <c>?liste=</c> shows one list in full (up to 500 cases).
/// </summary>
[Authorize(Policy = Policies.Oppfolgingsoversikt)]
[Route("oppfolging/oversikt")]
public sealed class OversiktController(OppfolgingsoversiktService oversikt) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? liste, CancellationToken ct)
    {
        Oversiktsliste? bare = Enum.TryParse<Oversiktsliste>(liste, ignoreCase: false, out var l) && Enum.IsDefined(l) ? l : null;
        var result = await oversikt.HentAsync(bare, ct);
        if (!result.IsSuccess) return NotFound();
        ViewData["Bare"] = bare;
        return View("/Features/Oppfolging/Oversikt.cshtml", result.Value);
    }
}
