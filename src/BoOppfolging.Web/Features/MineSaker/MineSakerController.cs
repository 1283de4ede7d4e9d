using BoOppfolging.Application.Saker;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.MineSaker;

/// <summary>The citizen's own cases. Another person's case id gives 404, never its contents.</summary>
[Authorize(Policy = Policies.Innbygger)]
[Route("mine-saker")]
public sealed class MineSakerController(SakService sakService) : Controller
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
