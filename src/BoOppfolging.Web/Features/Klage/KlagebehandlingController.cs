using BoOppfolging.Application.Klage;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Klage;

/// <summary>
/// The unit's side of complaints: the work list across cases (<c>/klager</c>), registering a complaint that came by post, e-mail or
/// in person on a case, and the complaint's page. A case or complaint the user may not see gives 404.
/// </summary>
[Authorize(Policy = Policies.Forvaltning)]
public sealed class KlagebehandlingController(KlagebehandlingService behandling) : Controller
{
    [HttpGet("klager")]
    public async Task<IActionResult> Index([FromQuery] bool alle = false, [FromQuery] int side = 1, CancellationToken ct = default)
    {
        var liste = await behandling.ListAsync(alle, side, ct);
        if (liste is null) return NotFound();
        ViewData["Alle"] = alle;
        return View("/Features/Klage/Klager.cshtml", liste);
    }

    [HttpGet("saker/{sakId:guid}/klager/ny")]
    public async Task<IActionResult> Registrer(Guid sakId, CancellationToken ct)
    {
        var grunnlag = await behandling.HentRegistreringAsync(sakId, ct);
        if (grunnlag is null) return NotFound();
        return View("/Features/Klage/Registrer.cshtml", new RegistrerKlageViewModel
        {
            Grunnlag = grunnlag,
            SkjemaId = Guid.CreateVersion7(),
            VedtakId = grunnlag.Vedtak.Count == 1 ? grunnlag.Vedtak[0].Id : null,
        });
    }

    [HttpPost("saker/{sakId:guid}/klager/ny")]
    public async Task<IActionResult> Registrer(Guid sakId, RegistrerKlageViewModel model, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        var strommer = model.Filer.Select(f => (Fil: f, Strom: f.OpenReadStream())).ToList();
        try
        {
            var result = await behandling.RegistrerAsync(
                model.ToCommand(sakId), [.. strommer.Select(s => new Filopplasting(s.Fil.FileName, s.Strom, s.Fil.Length))], ct);
            if (result.IsNotFound) return NotFound();
            if (result.IsSuccess)
            {
                this.SettStatus("Klagen er registrert. Kvitteringen til klageren ligger som utkast under brev på klagen, klar til å sendes.");
                return Redirect($"/saker/{sakId}/klager/{result.Value}");
            }

            ModelState.AddErrors(result);
            if (model.Filer.Count > 0 && !ModelState.ContainsKey(nameof(model.Filer)))
                ModelState.AddModelError(nameof(model.Filer), "Velg filene på nytt: nettleseren tar ikke vare på valgte filer når siden vises igjen.");
        }
        finally
        {
            foreach (var (_, strom) in strommer) await strom.DisposeAsync();
        }

        var grunnlag = await behandling.HentRegistreringAsync(sakId, ct);
        if (grunnlag is null) return NotFound();
        model.Grunnlag = grunnlag;
        return View("/Features/Klage/Registrer.cshtml", model);
    }

    [HttpGet("saker/{sakId:guid}/klager/{klageId:guid}")]
    public async Task<IActionResult> Vis(Guid sakId, Guid klageId, CancellationToken ct)
    {
        var klage = await behandling.HentAsync(sakId, klageId, ct);
        return klage is null ? NotFound() : View("/Features/Klage/Vis.cshtml", klage);
    }
}
