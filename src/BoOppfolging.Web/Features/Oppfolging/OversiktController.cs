using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>
/// The follow-up overview across cases (<c>/oppfolging/oversikt</c>): the team leader's lists over the unit, the saksbehandler's
/// evaluations due. <c>?liste=</c> shows one list in full (up to 500 cases); <c>?team=</c> chooses the team leader's follow-up team
/// (a team's id, or <c>alle</c> for the whole unit).
/// </summary>
[Authorize(Policy = Policies.Oppfolgingsoversikt)]
[Route("oppfolging/oversikt")]
public sealed class OversiktController(OppfolgingsoversiktService oversikt) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? liste, [FromQuery] string? team, CancellationToken ct)
    {
        Oversiktsliste? bare = Enum.TryParse<Oversiktsliste>(liste, ignoreCase: false, out var l) && Enum.IsDefined(l) ? l : null;
        var result = await oversikt.HentAsync(bare, team, ct);
        if (!result.IsSuccess) return NotFound();
        ViewData["Bare"] = bare;
        return View("/Features/Oppfolging/Oversikt.cshtml", result.Value);
    }
}
