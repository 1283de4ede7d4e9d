using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>
/// Stand-in access ("break the glass"): the bo-oppfølger's form to open a case they cover for (<c>/oppfolging/vikar</c>), and the
/// team leader's review list (<c>/oppfolging/vikartilganger</c>).
/// </summary>
[Route("oppfolging")]
public sealed class VikarController(VikarService vikar) : Controller
{
    [Authorize(Policy = Policies.Oppfolger)]
    [HttpGet("vikar")]
    public async Task<IActionResult> Vikar(CancellationToken ct)
    {
        var skjema = await vikar.HentAsync(ct);
        return skjema.IsSuccess ? View("/Features/Oppfolging/Vikar.cshtml", new VikarViewModel { Skjema = skjema.Value }) : NotFound();
    }

    [Authorize(Policy = Policies.Oppfolger)]
    [HttpPost("vikar")]
    public async Task<IActionResult> Vikar(VikarViewModel model, CancellationToken ct)
    {
        var result = ModelState.IsValid
            ? await vikar.GiAsync(new GiVikartilgangCommand(model.Sok, model.Grunn, model.Begrunnelse, model.DekkerFor), ct)
            : null;
        if (result is { IsNotFound: true }) return NotFound();
        if (result is { IsSuccess: true })
        {
            this.SettStatus("Du har tilgang til saken ut dagen. Tilgangen og begrunnelsen er logget, og teamlederen ser den.");
            return Redirect($"/saker/{result.Value}/oppfolging");
        }

        if (result is not null) ModelState.AddErrors(result);
        var skjema = await vikar.HentAsync(ct);
        if (!skjema.IsSuccess) return NotFound();
        model.Skjema = skjema.Value;
        return View("/Features/Oppfolging/Vikar.cshtml", model);
    }

    [Authorize(Policy = Policies.Vikartilganger)]
    [HttpGet("vikartilganger")]
    public async Task<IActionResult> Oversikt(CancellationToken ct)
    {
        var oversikt = await vikar.OversiktAsync(ct);
        return oversikt.IsSuccess ? View("/Features/Oppfolging/Vikartilganger.cshtml", oversikt.Value) : NotFound();
    }

    [Authorize(Policy = Policies.Vikartilganger)]
    [HttpPost("vikartilganger/{id:guid}/gjennomgatt")]
    public async Task<IActionResult> Gjennomga([FromRoute] Guid id, CancellationToken ct)
    {
        var result = await vikar.GjennomgaAsync(id, ct);
        if (result.IsNotFound) return NotFound();
        this.SettStatus(result.IsSuccess ? "Tilgangen er merket som gjennomgått." : result.Error!.Melding);
        return Redirect("/oppfolging/vikartilganger");
    }
}

public sealed class VikarViewModel
{
    public string? Sok { get; set; }
    public Vikargrunn? Grunn { get; set; }
    public string? Begrunnelse { get; set; }
    public Guid? DekkerFor { get; set; }

    [BindNever, ValidateNever] public Vikarskjema Skjema { get; set; } = null!;
}
