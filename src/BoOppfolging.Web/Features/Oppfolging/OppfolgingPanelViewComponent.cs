using BoOppfolging.Application.Oppfolging;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>
/// The follow-up on the staff case page, once the case has its contacts or may be given them: the contacts, this week's and
/// month's hours, the flags, and the way to the follow-up page. Loads its own read model; nothing before a vedtak.
/// </summary>
public sealed class OppfolgingPanelViewComponent(OppfolgingService oppfolging) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid sakId)
    {
        var visning = await oppfolging.HentPanelAsync(sakId, HttpContext.RequestAborted);
        return visning is null ? Content("") : View("/Features/Oppfolging/Components/OppfolgingPanel/Default.cshtml", visning);
    }
}
