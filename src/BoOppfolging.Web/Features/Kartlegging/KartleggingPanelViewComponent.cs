using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Domain;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Kartlegging;

/// <summary>
/// The mapping's panel on the case page, for staff who may see the case: its state, meetings, needs, goals,
/// the innstilling, the links to the forms this user may use now, and the history. It reads its own model
/// (<see cref="KartleggingsarbeidService.HentAsync"/>), so the case page's controller needs nothing for it;
/// it shows nothing on a case without a mapping, or one the team has only assessed so far.
/// </summary>
public sealed class KartleggingPanelViewComponent(KartleggingsarbeidService kartlegging) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid sakId)
    {
        var visning = await kartlegging.HentAsync(sakId, HttpContext.RequestAborted);
        if (!visning.IsSuccess) return Content(string.Empty);
        var v = visning.Value;
        if (v.Status == Saksstatus.TilVurdering && !v.BareAvslag && v.Innstilling is null) return Content(string.Empty);
        return View(KartleggingsarbeidController.Sti("Components/KartleggingPanel/Default"), v);
    }
}
