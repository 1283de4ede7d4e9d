using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>
/// The citizen's goals under the case's follow-up: every goal with its status and its history (status changes and the
/// progress notes from visits), and a page per goal with the form to change its status. Every staff user who sees the case
/// reads it; the permission table decides who changes a status, the policy is only the coarse gate.
/// </summary>
[Authorize(Policy = Policies.Saksarbeid)]
[Route("saker/{sakId:guid}/oppfolging/maal")]
public sealed class MaalController(MaalService maal) : Controller
{
    private const string Mappe = "/Features/Oppfolging/";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromRoute] Guid sakId, CancellationToken ct)
    {
        var visning = await maal.HentAsync(sakId, ct);
        return visning.IsSuccess ? View(Mappe + "Maal.cshtml", visning.Value) : NotFound();
    }

    [HttpGet("{maalId:guid}")]
    public async Task<IActionResult> Status([FromRoute] Guid sakId, [FromRoute] Guid maalId, CancellationToken ct)
    {
        var visning = await maal.HentAsync(sakId, ct);
        if (!visning.IsSuccess || visning.Value.Maal.SingleOrDefault(m => m.Id == maalId) is not { } m) return NotFound();
        return View(Mappe + "Maalstatus.cshtml", MaalstatusViewModel.Fra(visning.Value, m));
    }

    [HttpPost("{maalId:guid}")]
    public async Task<IActionResult> Status([FromRoute] Guid sakId, [FromRoute] Guid maalId, MaalstatusViewModel model, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        // A value that does not bind (a version that is no Guid reads as "no row yet") is shown back, never saved.
        var result = ModelState.IsValid ? await maal.SettStatusAsync(new(sakId, maalId, model.Versjon, model.Status, model.Arsak), ct) : null;
        if (result is { IsNotFound: true }) return NotFound();
        if (result is { IsSuccess: true })
        {
            this.SettStatus("Statusen for målet er endret. Det som sto før, er tatt vare på.");
            return Redirect($"/saker/{sakId}/oppfolging/maal");
        }

        if (result is not null) ModelState.AddErrors(result);
        var visning = await maal.HentAsync(sakId, ct);
        if (!visning.IsSuccess || visning.Value.Maal.SingleOrDefault(m => m.Id == maalId) is not { } m) return NotFound();
        model.Visning = visning.Value;
        model.Maal = m;
        if (result is { IsConflict: true }) model.Versjon = m.Versjon;
        return View(Mappe + "Maalstatus.cshtml", model);
    }
}

/// <summary>The citizen's goals in "Mine saker", read-only: their words, the status in plain words and the progress notes.</summary>
public sealed class MineMaalViewComponent(MaalService maal) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid sakId)
    {
        var mine = await maal.MineAsync(sakId, HttpContext.RequestAborted);
        return mine is null || mine.Count == 0 ? Content("") : View("/Features/Oppfolging/Components/MineMaal/Default.cshtml", mine);
    }
}
