using BoOppfolging.Application.Brev;
using BoOppfolging.Domain;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BoOppfolging.Web.Features.Brev;

/// <summary>
/// Staff: a letter on a case, its print view (A4, no navigation), its PDF, and registering it as
/// sent. Once sent, the PDF is the stored copy. Citizens read their letters from Mine saker.
/// </summary>
[Authorize(Policy = Policies.Saksarbeid)]
[Route("saker/{sakId:guid}/brev/{brevId:guid}")]
public sealed class BrevController(BrevService brevService, TimeProvider tid) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid sakId, Guid brevId, CancellationToken ct)
    {
        var brev = await brevService.HentAsync(sakId, brevId, ct);
        if (!brev.IsSuccess) return NotFound();
        return View(new BrevViewModel { Brev = brev.Value, SendtDato = Norsktid.Dato(tid.GetUtcNow()), Versjon = brev.Value.Versjon });
    }

    [HttpGet("utskrift")]
    public async Task<IActionResult> Utskrift(Guid sakId, Guid brevId, CancellationToken ct)
    {
        var brev = await brevService.HentAsync(sakId, brevId, ct);
        return brev.IsSuccess ? View(brev.Value) : NotFound();
    }

    [HttpGet("pdf")]
    public async Task<IActionResult> Pdf(Guid sakId, Guid brevId, CancellationToken ct)
    {
        return this.Pdf(await brevService.HentPdfAsync(sakId, brevId, ct));
    }

    // The controller's Saksarbeid gate only: the vurderingsteam registers its own letters as sent (Handling.SendBrev decides).
    [HttpPost("send")]
    public async Task<IActionResult> Send(Guid sakId, Guid brevId, BrevViewModel model, CancellationToken ct)
    {
        var result = await brevService.SendAsync(new SendBrevCommand(sakId, brevId, model.SendtDato, model.Forsendelse, model.Versjon), ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result);
            var brev = await brevService.HentAsync(sakId, brevId, ct);
            if (!brev.IsSuccess) return NotFound();
            model.Brev = brev.Value;
            if (result.IsConflict) model.Versjon = brev.Value.Versjon;
            return View("Index", model);
        }

        this.SettStatus("Brevet er registrert som sendt. Den lagrede PDF-en er nå brevet i saken.");
        return Redirect($"/saker/{sakId}/brev/{brevId}");
    }

    // The saksbehandler's free texts in a draft, with the letter as it is now.
    [HttpGet("fritekst")]
    public async Task<IActionResult> Fritekst(Guid sakId, Guid brevId, CancellationToken ct)
    {
        var brev = await brevService.HentAsync(sakId, brevId, ct);
        if (!brev.IsSuccess) return NotFound();
        if (!brev.Value.KanSende || brev.Value.Fritekstfelt.Count == 0) return Redirect($"/saker/{sakId}/brev/{brevId}");
        return View(new BrevViewModel { Brev = brev.Value, Versjon = brev.Value.Versjon });
    }

    // The saksbehandler's free texts in a draft: the letter is made again from its own text version.
    [HttpPost("fritekst")]
    public async Task<IActionResult> Fritekst(Guid sakId, Guid brevId, BrevViewModel model, CancellationToken ct)
    {
        var fritekst = model.Fritekst.Where(f => f.Key is not null).ToDictionary(f => f.Key, f => f.Value ?? "", StringComparer.Ordinal);
        var result = await brevService.LagreFritekstAsync(new LagreFritekstCommand(sakId, brevId, model.Versjon, fritekst), ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result);
            var brev = await brevService.HentAsync(sakId, brevId, ct);
            if (!brev.IsSuccess) return NotFound();
            model.Brev = brev.Value;
            if (result.IsConflict) model.Versjon = brev.Value.Versjon;
            return View("Fritekst", model);
        }

        this.SettStatus("Teksten er lagret i brevet.");
        return Redirect($"/saker/{sakId}/brev/{brevId}");
    }
}

public sealed class BrevViewModel
{
    /// <summary>The free texts by key, from the draft's form.</summary>
    public Dictionary<string, string?> Fritekst { get; set; } = [];

    [BindNever, ValidateNever] public BrevVisning Brev { get; set; } = null!;
    public DateOnly? SendtDato { get; set; }
    public Forsendelse? Forsendelse { get; set; }
    public Guid Versjon { get; set; }

    public static IEnumerable<SelectListItem> Forsendelser =>
        Enum.GetValues<Forsendelse>().Select(f => new SelectListItem(f.Visningsnavn(), f.ToString()));
}
