using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>
/// The transition checklist from an institution or prison to the citizen's own home: the checklist (and the form that makes
/// it, or changes its dates), and a page per item with its form, "done" and "reopen". Every staff user who sees the case
/// reads it; the permission table decides who changes it, the policy is only the coarse gate.
/// </summary>
[Authorize(Policy = Policies.Saksarbeid)]
[Route("saker/{sakId:guid}/overgang")]
public sealed class OvergangController(OvergangService overgang, TimeProvider tid) : Controller
{
    private const string Mappe = "/Features/Oppfolging/";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromRoute] Guid sakId, CancellationToken ct)
    {
        var visning = await overgang.HentAsync(sakId, ct);
        return visning.IsSuccess ? View(Mappe + "Overgang.cshtml", OvergangViewModel.Fra(visning.Value)) : NotFound();
    }

    [HttpPost("")]
    public async Task<IActionResult> Opprett([FromRoute] Guid sakId, OvergangViewModel model, CancellationToken ct)
    {
        var result = await overgang.OpprettAsync(model.ToCommand(sakId), ct);
        if (result.IsSuccess) this.SettStatus("Overgangsplanen er opprettet med standardpunktene. Se over datoene og hvem som er ansvarlig.");
        return await EtterAsync(sakId, model, result, ct);
    }

    [HttpPost("periode")]
    public async Task<IActionResult> Periode([FromRoute] Guid sakId, OvergangViewModel model, CancellationToken ct)
    {
        var result = await overgang.EndrePeriodeAsync(model.ToCommand(sakId), ct);
        if (result.IsSuccess) this.SettStatus("Datoene er endret.");
        return await EtterAsync(sakId, model, result, ct);
    }

    [HttpGet("punkter/{punkt}")]
    public async Task<IActionResult> Punkt([FromRoute] Guid sakId, [FromRoute] string punkt, CancellationToken ct)
    {
        if (Overgangslenker.Punkt(punkt) is not { } p) return NotFound();
        var visning = await overgang.HentAsync(sakId, ct);
        if (!visning.IsSuccess || !visning.Value.Finnes) return NotFound();
        return View(Mappe + "Overgangspunkt.cshtml", OvergangspunktViewModel.Fra(visning.Value, p, Norsktid.Dato(tid.GetUtcNow())));
    }

    [HttpPost("punkter/{punkt}")]
    public Task<IActionResult> Punkt([FromRoute] Guid sakId, [FromRoute] string punkt, OvergangspunktViewModel model, CancellationToken ct) =>
        PunktEndringAsync(sakId, punkt, model, p => overgang.EndrePunktAsync(new(sakId, model.Versjon, p, model.Frist, model.Ansvarlig, model.Merknad), ct), "Punktet er lagret.", ct);

    [HttpPost("punkter/{punkt}/gjort")]
    public Task<IActionResult> Gjort([FromRoute] Guid sakId, [FromRoute] string punkt, OvergangspunktViewModel model, CancellationToken ct) =>
        PunktEndringAsync(sakId, punkt, model, p => overgang.MarkerGjortAsync(new(sakId, model.Versjon, p, model.GjortDato), ct), "Punktet er markert som gjort.", ct);

    [HttpPost("punkter/{punkt}/gjenapne")]
    public Task<IActionResult> Gjenapne([FromRoute] Guid sakId, [FromRoute] string punkt, OvergangspunktViewModel model, CancellationToken ct) =>
        PunktEndringAsync(
            sakId, punkt, model, p => overgang.GjenapneAsync(new(sakId, model.Versjon, p, model.Arsak), ct),
            "Punktet er åpnet igjen. Det som sto før, er tatt vare på.", ct);

    private async Task<IActionResult> EtterAsync(Guid sakId, OvergangViewModel model, Result result, CancellationToken ct)
    {
        if (result.IsNotFound) return NotFound();
        if (result.IsSuccess) return Redirect($"/saker/{sakId}/overgang");
        ModelState.AddErrors(result);
        var visning = await overgang.HentAsync(sakId, ct);
        if (!visning.IsSuccess) return NotFound();
        model.Visning = visning.Value;
        if (result.IsConflict) model.Versjon = visning.Value.Versjon;
        return View(Mappe + "Overgang.cshtml", model);
    }

    /// <summary>A change on one item: back to the checklist when it is done, or the item's page again with the input kept and the message by the field.</summary>
    private async Task<IActionResult> PunktEndringAsync(
        Guid sakId, string punkt, OvergangspunktViewModel model, Func<Overgangspunkt, Task<Result>> endre, string melding, CancellationToken ct)
    {
        if (Overgangslenker.Punkt(punkt) is not { } p) return NotFound();
        var result = await endre(p);
        if (result.IsNotFound) return NotFound();
        if (result.IsSuccess)
        {
            this.SettStatus(melding);
            return Redirect($"/saker/{sakId}/overgang");
        }

        ModelState.AddErrors(result);
        var visning = await overgang.HentAsync(sakId, ct);
        if (!visning.IsSuccess || !visning.Value.Finnes) return NotFound();
        model.Visning = visning.Value;
        model.Punkt = visning.Value.Punkter.Single(x => x.Punkt == p);
        if (result.IsConflict) model.Versjon = visning.Value.Versjon;
        return View(Mappe + "Overgangspunkt.cshtml", model);
    }
}

/// <summary>Each item's address: its name in lower case with hyphens ("kontrakt-signert"), never a number that could change.</summary>
public static class Overgangslenker
{
    public static string Sti(Overgangspunkt punkt) =>
        string.Concat(punkt.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static Overgangspunkt? Punkt(string? sti) =>
        Enum.GetValues<Overgangspunkt>().Cast<Overgangspunkt?>().FirstOrDefault(p => Sti(p!.Value) == sti);
}

/// <summary>
/// The transition panel on the staff case page: progress ("5 av 10 gjort"), the next item, the overdue ones marked «Forfalt»,
/// or the offer to make the checklist on a case that came from an institution or prison.
/// </summary>
public sealed class OvergangPanelViewComponent(OvergangService overgang) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid sakId)
    {
        var kort = await overgang.KortAsync(sakId, HttpContext.RequestAborted);
        return kort is null ? Content("") : View("/Features/Oppfolging/Components/OvergangPanel/Default.cshtml", kort);
    }
}

/// <summary>The citizen's transition checklist in "Mine saker", read-only.</summary>
public sealed class MinOvergangViewComponent(OvergangService overgang) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid sakId)
    {
        var min = await overgang.MinAsync(sakId, HttpContext.RequestAborted);
        return min is null ? Content("") : View("/Features/Oppfolging/Components/MinOvergang/Default.cshtml", min);
    }
}
