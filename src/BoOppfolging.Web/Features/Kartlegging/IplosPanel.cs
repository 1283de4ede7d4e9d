using BoOppfolging.Application.Kartlegging;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Kartlegging;

/// <summary>
/// The case page's IPLOS panel: the newest finished assessment (date, assessor, next date), drafts, a link to each
/// assessment, and "Ny IPLOS-vurdering" when the user may start one. Loads its own read model; shows nothing to a user
/// who may not read it, or when there is nothing to show or do.
/// </summary>
public sealed class IplosPanel(IplosService iplos) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid sakId)
    {
        var panel = await iplos.HentPanelAsync(sakId, HttpContext.RequestAborted);
        return panel.IsSuccess && !panel.Value.ErTom
            ? View("/Features/Kartlegging/Components/IplosPanel/Default.cshtml", panel.Value)
            : Content("");
    }
}
