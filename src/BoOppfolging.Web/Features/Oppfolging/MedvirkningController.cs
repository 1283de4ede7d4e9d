using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>
/// The non-participation path on a case in follow-up: the visits that count against the duty to take part, the warnings sent
/// with their letters, the form for a new warning (what happened, prefilled from those visits, and a deadline), which lands on
/// the letter to send as other letters are; and a page per sent warning for its follow-up. Every staff user who sees the case
/// reads it; the permission table decides who warns and follows up, the policy is only the coarse gate.
/// </summary>
[Authorize(Policy = Policies.Saksarbeid)]
[Route("saker/{sakId:guid}/oppfolging/medvirkning")]
public sealed class MedvirkningController(MedvirkningService medvirkning) : Controller
{
    private const string Side = "/Features/Oppfolging/Medvirkning.cshtml";
    private const string OppfolgingSide = "/Features/Oppfolging/MedvirkningOppfolging.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromRoute] Guid sakId, CancellationToken ct)
    {
        var side = await medvirkning.HentAsync(sakId, ct);
        return side.IsSuccess ? View(Side, MedvirkningViewModel.Fra(side.Value)) : NotFound();
    }

    [HttpPost("")]
    public async Task<IActionResult> Index([FromRoute] Guid sakId, MedvirkningViewModel model, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        // A value that does not bind (a date that is no date) is shown back, never saved.
        var result = ModelState.IsValid ? await medvirkning.VarsleAsync(new(sakId, model.Versjon, model.HvaSkjedde, model.Frist), ct) : null;
        if (result is { IsNotFound: true }) return NotFound();
        if (result is { IsSuccess: true })
        {
            this.SettStatus("Varselet er registrert, og brevet er laget. Les det gjennom, send det, og registrer når det er sendt.");
            return Redirect($"/saker/{sakId}/brev/{result.Value}");
        }

        if (result is not null) ModelState.AddErrors(result);
        var side = await medvirkning.HentAsync(sakId, ct);
        if (!side.IsSuccess) return NotFound();
        model.Side = side.Value;
        if (result is { IsConflict: true }) model.Versjon = side.Value.SakVersjon;
        return View(Side, model);
    }

    [HttpGet("{varselId:guid}/oppfolging")]
    public async Task<IActionResult> Oppfolging([FromRoute] Guid sakId, [FromRoute] Guid varselId, CancellationToken ct)
    {
        var side = await medvirkning.HentAsync(sakId, ct);
        if (!side.IsSuccess || side.Value.Varsler.SingleOrDefault(v => v.Id == varselId) is not { } varsel) return NotFound();
        if (!varsel.KanFolgeOpp)
        {
            this.SettStatus(varsel.Utfall is null ? "Du kan ikke følge opp dette varselet nå." : "Varselet er allerede fulgt opp.");
            return Redirect($"/saker/{sakId}/oppfolging/medvirkning");
        }

        return View(OppfolgingSide, new MedvirkningOppfolgingViewModel { Side = side.Value, Varsel = varsel, Versjon = varsel.Versjon });
    }

    [HttpPost("{varselId:guid}/oppfolging")]
    public async Task<IActionResult> Oppfolging(
        [FromRoute] Guid sakId, [FromRoute] Guid varselId, MedvirkningOppfolgingViewModel model, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        var result = ModelState.IsValid
            ? await medvirkning.FolgOppAsync(new(sakId, varselId, model.Versjon, model.Dato, model.Utfall, model.Notat), ct)
            : null;
        if (result is { IsNotFound: true }) return NotFound();
        if (result is { IsSuccess: true })
        {
            this.SettStatus("Oppfølgingen av varselet er registrert.");
            return Redirect($"/saker/{sakId}/oppfolging/medvirkning");
        }

        if (result is not null) ModelState.AddErrors(result);
        var side = await medvirkning.HentAsync(sakId, ct);
        if (!side.IsSuccess || side.Value.Varsler.SingleOrDefault(v => v.Id == varselId) is not { } varsel) return NotFound();
        model.Side = side.Value;
        model.Varsel = varsel;
        if (result is { IsConflict: true }) model.Versjon = varsel.Versjon;
        return View(OppfolgingSide, model);
    }
}
