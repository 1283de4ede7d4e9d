using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Kartlegging;

/// <summary>
/// The IPLOS functional assessment: a new one started from the case page, the scoring form of a draft ("Lagre utkast",
/// "Ferdigstill"), each assessment read-only with the change since the one before, and the list of assessments due.
/// Staff pages (the coarse gate); who may score is the permission table's (<c>Handling.VurderIplos</c>), who may read is
/// whoever sees the case. The views live beside this controller in Features/Kartlegging, named Iplos*.
/// </summary>
[Authorize(Policy = Policies.Saksarbeid)]
public sealed class IplosController(IplosService iplos) : Controller
{
    private const string Mappe = "/Features/Kartlegging/";

    /// <summary>Finished assessments whose next date is within 30 days or passed, for the cases the user may see.</summary>
    [HttpGet("vurdering/iplos")]
    public async Task<IActionResult> Forfall(int? side, CancellationToken ct) => View(Mappe + "IplosForfall.cshtml", await iplos.ForfalteAsync(side ?? 1, ct));

    [HttpPost("saker/{sakId:guid}/iplos/ny")]
    public async Task<IActionResult> Ny(Guid sakId, Guid versjon, CancellationToken ct)
    {
        var result = await iplos.NyAsync(sakId, versjon, ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess)
        {
            this.SettAdvarsel(result.Error!.Melding);
            return Redirect($"/saker/{sakId}");
        }

        this.SettStatus("En ny IPLOS-vurdering er startet. Du kan lagre den som utkast underveis.");
        return Redirect($"/saker/{sakId}/iplos/{result.Value}");
    }

    /// <summary>A draft the user may score opens as the form; anything else (finished, or read only for this user) read-only.</summary>
    [HttpGet("saker/{sakId:guid}/iplos/{id:guid}")]
    public async Task<IActionResult> Vurdering(Guid sakId, Guid id, CancellationToken ct)
    {
        var vurdering = await iplos.HentAsync(sakId, id, ct);
        if (!vurdering.IsSuccess) return NotFound();
        return vurdering.Value.KanEndre
            ? View(Mappe + "Iplos.cshtml", IplosSkjemaViewModel.Fra(vurdering.Value))
            : View(Mappe + "IplosVis.cshtml", vurdering.Value);
    }

    /// <summary>
    /// Saves the draft, or finishes it. A rejection shows the form again with everything as typed, the messages at their
    /// fields and in the summary (every variable still without a score, each a link to its group). A conflict keeps the
    /// input and takes the new version, so the user sees what is saved and can save again knowingly.
    /// </summary>
    [HttpPost("saker/{sakId:guid}/iplos/{id:guid}")]
    public async Task<IActionResult> Vurdering(Guid sakId, Guid id, IplosSkjemaViewModel model, CancellationToken ct)
    {
        // Input that did not bind (a score that is not a number) is shown at its field; nothing is saved without it.
        var result = ModelState.IsValid ? await iplos.LagreAsync(model.ToCommand(sakId, id), ct) : null;
        if (result?.IsNotFound == true) return NotFound();
        if (result?.IsSuccess == true)
        {
            this.SettStatus(model.Handling == IplosSkjemaViewModel.Ferdigstill
                ? "IPLOS-vurderingen er ferdigstilt."
                : "Utkastet er lagret. Vurderingen kan ferdigstilles når alle variablene har en skår.");
            return Redirect($"/saker/{sakId}/iplos/{id}");
        }

        if (result is not null) ModelState.AddErrors(result);
        var vurdering = await iplos.HentAsync(sakId, id, ct);
        if (!vurdering.IsSuccess) return NotFound();
        if (!vurdering.Value.KanEndre)
        {
            // Finished by someone else meanwhile, or no longer this user's to score: show it as it is, with the reason.
            this.SettAdvarsel(result?.Error?.Melding ?? "Vurderingen kan ikke endres.");
            return Redirect($"/saker/{sakId}/iplos/{id}");
        }

        model.Vurdering = vurdering.Value;
        if (result?.IsConflict == true) model.Versjon = vurdering.Value.Versjon;
        return View(Mappe + "Iplos.cshtml", model);
    }
}
