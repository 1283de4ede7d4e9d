using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>
/// Evaluation of the service with the citizen, under the case's follow-up: the vedtak and when it is due, the form (goals'
/// status, the assessment, continue to a next date or change or end), and the evaluations so far. After one that concluded to
/// change or end, the page leads to the vedtak to make. The permission table decides who records one; the policy is the gate.
/// </summary>
[Authorize(Policy = Policies.Saksarbeid)]
[Route("saker/{sakId:guid}/oppfolging/evaluering")]
public sealed class EvalueringController(EvalueringService evalueringer, TimeProvider tid) : Controller
{
    private const string Visning = "/Features/Oppfolging/Evaluering.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromRoute] Guid sakId, CancellationToken ct)
    {
        var side = await evalueringer.HentAsync(sakId, ct);
        return side.IsSuccess ? View(Visning, EvalueringViewModel.Fra(side.Value, Norsktid.Dato(tid.GetUtcNow()))) : NotFound();
    }

    [HttpPost("")]
    public async Task<IActionResult> Index([FromRoute] Guid sakId, EvalueringViewModel model, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        // A value that does not bind (a date that is no date) is shown back with the binder's Norwegian message, never saved.
        var result = ModelState.IsValid ? await evalueringer.RegistrerAsync(model.ToCommand(sakId), ct) : null;
        if (result is { IsNotFound: true }) return NotFound();
        if (result is { IsSuccess: true })
        {
            this.SettStatus(model.Konklusjon switch
            {
                Evalueringskonklusjon.Endre => "Evalueringen er registrert. Lag endringsvedtaket fra vedtakene på saken.",
                Evalueringskonklusjon.Avslutte => "Evalueringen er registrert. Lag opphørsvedtaket fra vedtakene på saken.",
                _ => "Evalueringen er registrert, med dato for neste evaluering.",
            });
            return Redirect($"/saker/{sakId}/oppfolging/evaluering");
        }

        if (result is not null) ModelState.AddErrors(result);
        var side = await evalueringer.HentAsync(sakId, ct);
        if (!side.IsSuccess) return NotFound();
        model.Side = side.Value;
        model.Idag = Norsktid.Dato(tid.GetUtcNow());
        return View(Visning, model);
    }
}
