using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>
/// The plans of the follow-up: the individuell plan (with its earlier versions), the kriseplan and the samarbeidsavtale.
/// Every staff user on the case reads them; the case's bo-oppfølgere and the team leader get the form while the case is in
/// follow-up (the permission table decides, the policy is only the coarse gate). The kriseplan and a summary of the others
/// are on the case page (<see cref="PlanPanelViewComponent"/>).
/// </summary>
[Authorize(Policy = Policies.Saksarbeid)]
[Route("saker/{sakId:guid}/planer")]
public sealed class PlanController(PlanService planer) : Controller
{
    private const string Mappe = "/Features/Oppfolging/";

    [HttpGet("individuell-plan")]
    public async Task<IActionResult> IndividuellPlan(Guid sakId, CancellationToken ct)
    {
        var visning = await planer.HentIndividuellPlanAsync(sakId, ct);
        if (!visning.IsSuccess) return NotFound();
        return View(Mappe + "IndividuellPlan.cshtml", IndividuellPlanViewModel.Fra(visning.Value));
    }

    [HttpPost("individuell-plan")]
    public async Task<IActionResult> IndividuellPlan(Guid sakId, IndividuellPlanViewModel model, CancellationToken ct)
    {
        var result = await planer.LagreIndividuellPlanAsync(model.ToCommand(sakId), ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result);
            var visning = await planer.HentIndividuellPlanAsync(sakId, ct);
            if (!visning.IsSuccess) return NotFound();
            model.Visning = visning.Value;
            if (result.IsConflict) model.Versjon = visning.Value.Versjon;
            return View(Mappe + "IndividuellPlan.cshtml", model.MedTommeRader());
        }

        this.SettStatus(model.Versjon == Guid.Empty ? "Den individuelle planen er lagret." : "Planen er revidert. Den forrige versjonen er tatt vare på.");
        return Redirect($"/saker/{sakId}/planer/individuell-plan");
    }

    [HttpGet("kriseplan")]
    public async Task<IActionResult> Kriseplan(Guid sakId, CancellationToken ct)
    {
        var visning = await planer.HentKriseplanAsync(sakId, ct);
        if (!visning.IsSuccess) return NotFound();
        return View(Mappe + "Kriseplan.cshtml", KriseplanViewModel.Fra(visning.Value));
    }

    [HttpPost("kriseplan")]
    public async Task<IActionResult> Kriseplan(Guid sakId, KriseplanViewModel model, CancellationToken ct)
    {
        var result = await planer.LagreKriseplanAsync(model.ToCommand(sakId), ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result);
            var visning = await planer.HentKriseplanAsync(sakId, ct);
            if (!visning.IsSuccess) return NotFound();
            model.Visning = visning.Value;
            if (result.IsConflict) model.Versjon = visning.Value.Versjon;
            return View(Mappe + "Kriseplan.cshtml", model.MedTommeRader());
        }

        this.SettStatus("Kriseplanen er lagret. Alle ansatte som ser saken, ser den på saken.");
        return Redirect($"/saker/{sakId}");
    }

    [HttpGet("samarbeidsavtale")]
    public async Task<IActionResult> Samarbeidsavtale(Guid sakId, CancellationToken ct)
    {
        var visning = await planer.HentSamarbeidsavtaleAsync(sakId, ct);
        if (!visning.IsSuccess) return NotFound();
        return View(Mappe + "Samarbeidsavtale.cshtml", SamarbeidsavtaleViewModel.Fra(visning.Value));
    }

    [HttpPost("samarbeidsavtale")]
    public async Task<IActionResult> Samarbeidsavtale(Guid sakId, SamarbeidsavtaleViewModel model, CancellationToken ct)
    {
        var result = await planer.LagreSamarbeidsavtaleAsync(model.ToCommand(sakId), ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result);
            var visning = await planer.HentSamarbeidsavtaleAsync(sakId, ct);
            if (!visning.IsSuccess) return NotFound();
            model.Visning = visning.Value;
            if (result.IsConflict) model.Versjon = visning.Value.Versjon;
            return View(Mappe + "Samarbeidsavtale.cshtml", model);
        }

        this.SettStatus("Samarbeidsavtalen er lagret.");
        return Redirect($"/saker/{sakId}/planer/samarbeidsavtale");
    }
}

/// <summary>
/// "Planer og avtaler" on the staff case page: the kriseplan in full (what to do, whom to call) so no one has to look for
/// it in a crisis, and what exists of the individuell plan and the samarbeidsavtale, with links.
/// </summary>
public sealed class PlanPanelViewComponent(PlanService planer) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid sakId)
    {
        var oversikt = await planer.OversiktAsync(sakId, HttpContext.RequestAborted);
        if (!oversikt.IsSuccess || (!oversikt.Value.HarNoe && !oversikt.Value.KanEndre)) return Content("");
        return View("/Features/Oppfolging/Components/PlanPanel/Default.cshtml", oversikt.Value);
    }
}

/// <summary>The citizen's individuell plan and samarbeidsavtale in "Mine saker", read-only.</summary>
public sealed class MinePlanerViewComponent(PlanService planer) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid sakId)
    {
        var mine = await planer.MineAsync(sakId, HttpContext.RequestAborted);
        return mine is null ? Content("") : View("/Features/Oppfolging/Components/MinePlaner/Default.cshtml", mine);
    }
}
