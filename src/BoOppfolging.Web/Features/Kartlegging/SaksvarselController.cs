using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BoOppfolging.Web.Features.Kartlegging;

/// <summary>
/// What everyone who visits must know: the staff form for a case's flags (eviction notice, safety at home visits,
/// interpreter, individuell plan). The flags themselves are shown at the top of the case page by
/// <see cref="SaksvarselPanelViewComponent"/>. Every staff role on the case may keep them up to date; the
/// permission table decides, the policy is only the coarse gate.
/// </summary>
[Authorize(Policy = Policies.Saksarbeid)]
[Route("saker/{sakId:guid}/varsler")]
public sealed class SaksvarselController(SaksvarselService varsler) : Controller
{
    private const string Skjema = "/Features/Kartlegging/Saksvarsler.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Saksvarsler(Guid sakId, CancellationToken ct)
    {
        var visning = await varsler.HentAsync(sakId, ct);
        if (!visning.IsSuccess) return NotFound();
        if (!visning.Value.KanEndre)
        {
            this.SettStatus("Du kan ikke endre varslene på denne saken nå.");
            return Redirect($"/saker/{sakId}");
        }

        return View(Skjema, SaksvarslerViewModel.Fra(visning.Value));
    }

    [HttpPost("")]
    public async Task<IActionResult> Saksvarsler(Guid sakId, SaksvarslerViewModel model, CancellationToken ct)
    {
        var result = await varsler.LagreAsync(model.ToCommand(sakId), ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result);
            var visning = await varsler.HentAsync(sakId, ct);
            if (!visning.IsSuccess) return NotFound();
            model.Visning = visning.Value;
            if (result.IsConflict) model.Versjon = visning.Value.Versjon;
            return View(Skjema, model);
        }

        this.SettStatus("Varslene er lagret. Alle ansatte som ser saken, ser dem øverst på saken.");
        return Redirect($"/saker/{sakId}");
    }
}

/// <summary>The flags form; everything typed is kept on a rejected post.</summary>
public sealed class SaksvarslerViewModel
{
    public Guid Versjon { get; set; }
    public DateOnly? UtkastelseDato { get; set; }
    public string? UtkastelseMerknad { get; set; }
    public List<Risikotype> Risiko { get; set; } = [];
    public string? SikkerhetMerknad { get; set; }
    public DateOnly? GjennomgaasDato { get; set; }
    public string? Tolkesprak { get; set; }
    public IndividuellPlanStatus? IndividuellPlan { get; set; }
    public string? Koordinator { get; set; }

    [BindNever, ValidateNever] public SaksvarslerVisning Visning { get; set; } = null!;

    public static IEnumerable<SelectListItem> Risikotyper =>
        Enum.GetValues<Risikotype>().Select(r => new SelectListItem(r.Visningsnavn(), r.ToString()));

    public static IEnumerable<SelectListItem> Planvalg =>
        Enum.GetValues<IndividuellPlanStatus>().Select(p => new SelectListItem(p == IndividuellPlanStatus.Nei ? "Nei, ingen individuell plan" : p.Visningsnavn(), p.ToString()));

    public static SaksvarslerViewModel Fra(SaksvarslerVisning v) => new()
    {
        Visning = v,
        Versjon = v.Versjon,
        UtkastelseDato = v.Utkastelse?.Dato,
        UtkastelseMerknad = v.Utkastelse?.Merknad,
        Risiko = [.. v.Sikkerhet?.Risiko ?? []],
        SikkerhetMerknad = v.Sikkerhet?.Merknad,
        GjennomgaasDato = v.Sikkerhet?.GjennomgaasDato,
        Tolkesprak = v.Tolkesprak,
        IndividuellPlan = v.IndividuellPlan,
        Koordinator = v.Koordinator,
    };

    public LagreSaksvarslerCommand ToCommand(Guid sakId) => new(
        sakId, Versjon, UtkastelseDato, UtkastelseMerknad, Risiko, SikkerhetMerknad, GjennomgaasDato, Tolkesprak, IndividuellPlan, Koordinator);
}

/// <summary>
/// The case's flags at the top of the staff case page, for every staff user who may see the case: the eviction
/// notice as urgent with its date, the safety assessment with its review date (an overdue review marked), the
/// interpreter and the individuell plan. Loads its own read model; nothing for the citizen.
/// </summary>
public sealed class SaksvarselPanelViewComponent(SaksvarselService varsler) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid sakId)
    {
        var visning = await varsler.HentAsync(sakId, HttpContext.RequestAborted);
        if (!visning.IsSuccess || (!visning.Value.HarVarsler && !visning.Value.KanEndre)) return Content("");
        return View("/Features/Kartlegging/Components/SaksvarselPanel/Default.cshtml", visning.Value);
    }
}
