using BoOppfolging.Application.Brevtekster;
using BoOppfolging.Domain;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Brevtekster;

/// <summary>
/// The administrator's letter texts: the list of letter types, a draft made from the text in force, the
/// editor, a preview with a sample case, publishing with a valid-from date, and the history.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
[Route("admin/brevtekster")]
public sealed class BrevteksterController(BrevtekstService service) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var result = await service.OversiktAsync(ct);
        return result.IsSuccess ? View(result.Value) : NotFound();
    }

    [HttpPost("nytt-utkast")]
    public async Task<IActionResult> NyttUtkast(Brevtype? type, CancellationToken ct)
    {
        if (type is null || !Enum.IsDefined(type.Value)) return RedirectToAction(nameof(Index));
        var result = await service.NyttUtkastAsync(type.Value, ct);
        if (!result.IsSuccess) return NotFound();
        this.SettStatus("Et nytt utkast er laget av teksten som gjelder i dag.");
        return Redirect($"/admin/brevtekster/{result.Value}");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Versjon(Guid id, CancellationToken ct)
    {
        var result = await service.HentAsync(id, ct);
        return result.IsSuccess ? View(BrevtekstViewModel.Fra(result.Value)) : NotFound();
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Lagre(Guid id, BrevtekstViewModel model, CancellationToken ct)
    {
        var result = await service.LagreAsync(model.ToCommand(id), ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess)
        {
            // The messages name the sections as saved (the empty and removed ones left out): show those.
            model.Seksjoner = model.SeksjonerSomLagres();
            return await VisPaaNyttAsync(id, model, result, ct);
        }

        this.SettStatus("Utkastet er lagret.");
        return Redirect($"/admin/brevtekster/{id}");
    }

    [HttpPost("{id:guid}/publiser")]
    public async Task<IActionResult> Publiser(Guid id, BrevtekstViewModel model, CancellationToken ct)
    {
        var result = await service.PubliserAsync(new PubliserBrevtekstCommand(id, model.Versjon, model.GyldigFra), ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess)
        {
            // The publish form has only the date: the editor shows the draft as it is stored.
            var detaljer = await service.HentAsync(id, ct);
            if (!detaljer.IsSuccess) return NotFound();
            var side = BrevtekstViewModel.Fra(detaljer.Value);
            side.GyldigFra = model.GyldigFra;
            ModelState.Clear();
            ModelState.AddErrors(result);
            return View(nameof(Versjon), side);
        }

        this.SettStatus($"Teksten er publisert og gjelder fra {Visning.Dato(model.GyldigFra!.Value)}.");
        return Redirect($"/admin/brevtekster/{id}");
    }

    [HttpPost("{id:guid}/slett")]
    public async Task<IActionResult> Slett(Guid id, BrevtekstViewModel model, CancellationToken ct)
    {
        var result = await service.SlettUtkastAsync(id, model.Versjon, ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess) return await VisPaaNyttAsync(id, model, result, ct);
        this.SettStatus("Utkastet er slettet.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:guid}/forhandsvisning")]
    public async Task<IActionResult> Forhandsvisning(Guid id, [FromQuery(Name = "betingelse")] string[]? betingelser, CancellationToken ct)
    {
        var result = await service.ForhandsvisAsync(id, betingelser ?? [], ct);
        return result.IsSuccess ? View(new ForhandsvisningViewModel(result.Value)) : NotFound();
    }

    private async Task<IActionResult> VisPaaNyttAsync(Guid id, BrevtekstViewModel model, Result result, CancellationToken ct)
    {
        var detaljer = await service.HentAsync(id, ct);
        if (!detaljer.IsSuccess) return NotFound();
        model.Detaljer = detaljer.Value;
        ModelState.AddErrors(result);
        return View(nameof(Versjon), model);
    }
}
