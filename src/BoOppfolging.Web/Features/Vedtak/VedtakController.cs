using BoOppfolging.Application.Tilgang;
using BoOppfolging.Application.Vedtak;
using BoOppfolging.Domain;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Vedtak;

/// <summary>
/// Phase 2: the vedtak on a case (<see cref="VedtakService"/>). Staff who see the case read it; the saksbehandler
/// drafts and sends it (<see cref="Handling.UtarbeidVedtak"/>), the team leader approves or returns it
/// (<see cref="Handling.GodkjennVedtak"/>) and sees every vedtak waiting on "Til godkjenning". The page shows an
/// action only by its flag; the service and the database refuse it anyway.
/// </summary>
public sealed class VedtakController(VedtakService vedtak) : Controller
{
    [Authorize(Policy = Policies.Saksarbeid)]
    [HttpGet("saker/{sakId:guid}/vedtak/{vedtakId:guid}")]
    public async Task<IActionResult> Vis(Guid sakId, Guid vedtakId, CancellationToken ct)
    {
        var v = await vedtak.HentAsync(sakId, vedtakId, ct);
        if (!v.IsSuccess) return NotFound();
        var model = new VedtakViewModel { Vedtak = v.Value, Versjon = v.Value.Versjon };
        model.FyllFra(v.Value);
        return View("Vis", model);
    }

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpPost("saker/{sakId:guid}/vedtak/{vedtakId:guid}")]
    public async Task<IActionResult> Vis(Guid sakId, Guid vedtakId, VedtakViewModel model, CancellationToken ct)
    {
        var send = model.Knapp == "send";
        var result = await vedtak.LagreAsync(model.ToCommand(sakId, vedtakId), ct);
        return await EtterAsync(sakId, vedtakId, model, result,
            send ? "Vedtaket er sendt til godkjenning." : "Utkastet er lagret.", send ? $"/saker/{sakId}" : null, ct);
    }

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpPost("saker/{sakId:guid}/vedtak/ny")]
    public async Task<IActionResult> Ny(Guid sakId, Guid versjon, CancellationToken ct)
    {
        var result = await vedtak.UtarbeidAsync(new UtarbeidVedtakCommand(sakId, versjon), ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess)
        {
            this.SettStatus(result.Error!.Melding);
            return Redirect($"/saker/{sakId}");
        }

        this.SettStatus("Vedtaksutkastet er laget fra innstillingen. Velg hjemmel og skriv begrunnelsen.");
        return Redirect($"/saker/{sakId}/vedtak/{result.Value}");
    }

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpGet("saker/{sakId:guid}/vedtak/endring")]
    public async Task<IActionResult> Endring(Guid sakId, CancellationToken ct)
    {
        var panel = await vedtak.HentPanelAsync(sakId, null, ct);
        if (!panel.IsSuccess) return NotFound();
        if (!panel.Value.KanEndre)
        {
            this.SettStatus("Saken har ikke et fattet vedtak med timer å endre, eller et vedtak er allerede under arbeid.");
            return Redirect($"/saker/{sakId}");
        }

        return View("Endring", new EndringViewModel { Panel = panel.Value, Versjon = panel.Value.SakVersjon });
    }

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpPost("saker/{sakId:guid}/vedtak/endring")]
    public async Task<IActionResult> Endring(Guid sakId, EndringViewModel model, CancellationToken ct)
    {
        var result = await vedtak.EndreAsync(model.ToCommand(sakId), ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsSuccess)
        {
            this.SettStatus($"{model.Type!.Value.Visningsnavn()} er startet. Fyll ut og send det til godkjenning.");
            return Redirect($"/saker/{sakId}/vedtak/{result.Value}");
        }

        ModelState.AddErrors(result);
        var panel = await vedtak.HentPanelAsync(sakId, null, ct);
        if (!panel.IsSuccess) return NotFound();
        model.Panel = panel.Value;
        if (result.IsConflict) model.Versjon = panel.Value.SakVersjon;
        return View("Endring", model);
    }

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpPost("saker/{sakId:guid}/vedtak/{vedtakId:guid}/tilbake")]
    public async Task<IActionResult> TaTilbake(Guid sakId, Guid vedtakId, VedtakViewModel model, CancellationToken ct) =>
        await EtterAsync(sakId, vedtakId, model, await vedtak.TaTilbakeAsync(new TaVedtakTilbakeCommand(sakId, vedtakId, model.Versjon), ct),
            "Vedtaket er tatt tilbake og er et utkast igjen.", null, ct);

    [Authorize(Policy = Policies.Godkjenning)]
    [HttpPost("saker/{sakId:guid}/vedtak/{vedtakId:guid}/godkjenn")]
    public async Task<IActionResult> Godkjenn(Guid sakId, Guid vedtakId, VedtakViewModel model, CancellationToken ct) =>
        await EtterAsync(sakId, vedtakId, model,
            await vedtak.BeslutteAsync(new VedtakBeslutningCommand(sakId, vedtakId, model.Versjon, true, [], null), ct),
            "Vedtaket er godkjent.", "/vedtak/godkjenning", ct);

    [Authorize(Policy = Policies.Godkjenning)]
    [HttpPost("saker/{sakId:guid}/vedtak/{vedtakId:guid}/underkjenn")]
    public async Task<IActionResult> Underkjenn(Guid sakId, Guid vedtakId, VedtakViewModel model, CancellationToken ct) =>
        await EtterAsync(sakId, vedtakId, model,
            await vedtak.BeslutteAsync(new VedtakBeslutningCommand(sakId, vedtakId, model.Versjon, false, model.Arsaker, model.Begrunnelse), ct),
            "Vedtaket er underkjent og sendt tilbake til saksbehandleren.", "/vedtak/godkjenning", ct);

    [Authorize(Policy = Policies.Godkjenning)]
    [HttpGet("vedtak/godkjenning")]
    public async Task<IActionResult> Godkjenning(string? side, CancellationToken ct) =>
        View("Godkjenning", await vedtak.TilGodkjenningAsync(int.TryParse(side, out var s) ? s : 1, ct));

    /// <summary>
    /// After a post: a success redirects (PRG) with a message; a rejection shows the page again with the messages and
    /// the input. A conflict keeps the input and takes the new version, so the user sees the current vedtak and saves again knowingly.
    /// </summary>
    private async Task<IActionResult> EtterAsync(
        Guid sakId, Guid vedtakId, VedtakViewModel model, Domain.Result result, string melding, string? til, CancellationToken ct)
    {
        if (result.IsNotFound) return NotFound();
        if (result.IsSuccess)
        {
            this.SettStatus(melding);
            return Redirect(til ?? $"/saker/{sakId}/vedtak/{vedtakId}");
        }

        ModelState.AddErrors(result);
        var v = await vedtak.HentAsync(sakId, vedtakId, ct);
        if (!v.IsSuccess) return NotFound();
        model.Vedtak = v.Value;
        if (result.IsConflict) model.Versjon = v.Value.Versjon;
        return View("Vis", model);
    }
}
