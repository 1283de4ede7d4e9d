using BoOppfolging.Application.Saker;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Saker;

/// <summary>Staff: the cases this user may see (the role's start page) and one case with its timeline.</summary>
[Authorize(Policy = Policies.Saksarbeid)]
[Route("saker")]
public sealed class SakerController(SakService sakService) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int side = 1, CancellationToken ct = default) =>
        View(await sakService.ListAsync(side, ct));

    [HttpGet("{sakId:guid}")]
    public async Task<IActionResult> Detaljer(Guid sakId, CancellationToken ct)
    {
        var result = await sakService.HentAsync(sakId, ct);
        return result.IsSuccess ? View(result.Value) : NotFound();
    }
}
