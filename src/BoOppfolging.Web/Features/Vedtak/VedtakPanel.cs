using BoOppfolging.Application.Vedtak;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Vedtak;

/// <summary>
/// The case page's vedtak panel: the chain of vedtak, which one is in force on a chosen date (<c>?vedtaksdato=</c>,
/// today by default) and with how many hours, and the buttons to start a vedtak or an endring. Loads its own read model.
/// </summary>
public sealed class VedtakPanel(VedtakService vedtak) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid sakId)
    {
        DateOnly? dato = DateOnly.TryParseExact(Request.Query["vedtaksdato"].ToString(), "yyyy-MM-dd", out var d) ? d : null;
        var panel = await vedtak.HentPanelAsync(sakId, dato, HttpContext.RequestAborted);
        return panel.IsSuccess && (panel.Value.Vedtak.Count > 0 || panel.Value.KanUtarbeide)
            ? View("/Features/Vedtak/Components/VedtakPanel/Default.cshtml", panel.Value)
            : Content("");
    }
}
