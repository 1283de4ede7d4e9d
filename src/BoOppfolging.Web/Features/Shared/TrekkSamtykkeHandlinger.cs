using BoOppfolging.Application.Samtykker;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Shared;

/// <summary>
/// Withdrawing a consent, shared by the citizen's Mine saker and the staff case page: the question page
/// (with the case's version), and the post through the change pipeline. A stale version shows the question
/// again with the conflict message and the case as it is now.
/// </summary>
public static class TrekkSamtykkeHandlinger
{
    public static async Task<IActionResult> VisTrekkSamtykkeAsync(
        this Controller controller, SamtykkeService samtykker, Guid sakId, Guid samtykkeId, bool forAnsatt, string tilbake, string? melding,
        CancellationToken ct)
    {
        var result = await samtykker.HentAsync(sakId, samtykkeId, ct);
        if (!result.IsSuccess) return controller.NotFound();
        if (!result.Value.Samtykke.KanTrekkes)
        {
            if (melding is not null) controller.SettStatus(melding);
            return controller.Redirect(tilbake);
        }

        return controller.View("TrekkSamtykke", new TrekkSamtykkeViewModel(
            result.Value.Samtykke, forAnsatt, $"{tilbake}/samtykker/{samtykkeId}/trekk", tilbake, result.Value.Versjon, melding));
    }

    public static async Task<IActionResult> TrekkSamtykkeAsync(
        this Controller controller, SamtykkeService samtykker, Guid sakId, Guid samtykkeId, Guid versjon, bool forAnsatt, string tilbake,
        string kvittering, CancellationToken ct)
    {
        var result = await samtykker.TrekkTilbakeAsync(sakId, samtykkeId, versjon, ct);
        if (result.IsNotFound) return controller.NotFound();
        if (result.IsConflict) return await controller.VisTrekkSamtykkeAsync(samtykker, sakId, samtykkeId, forAnsatt, tilbake, result.Error!.Melding, ct);
        controller.SettStatus(result.IsSuccess ? kvittering : result.Error!.Melding);
        return controller.Redirect(tilbake);
    }
}
