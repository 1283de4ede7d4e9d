using BoOppfolging.Application.Klage;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Klage;

/// <summary>The case page's complaints: each with its state and deadline status, and the button to register one that came on paper.</summary>
public sealed class KlagePanel(KlagebehandlingService behandling) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid sakId)
    {
        var panel = await behandling.PanelAsync(sakId, HttpContext.RequestAborted);
        return panel is null ? Content("") : View("/Features/Klage/Components/KlagePanel/Default.cshtml", panel);
    }
}
