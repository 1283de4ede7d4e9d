using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>
/// Samarbeidsmøter on a case in follow-up: the list with the open actions, a new meeting, one meeting (with its actions
/// marked done there), and a correction of the minutes. Every staff user who sees the case reads them; the permission
/// table decides who records and changes them, the policy is only the coarse gate.
/// </summary>
[Authorize(Policy = Policies.Saksarbeid)]
[Route("saker/{sakId:guid}/moter")]
public sealed class MoteController(MoteService moter) : Controller
{
    private const string Mappe = "/Features/Oppfolging/";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromRoute] Guid sakId, CancellationToken ct)
    {
        var oversikt = await moter.HentOversiktAsync(sakId, ct);
        return oversikt.IsSuccess ? View(Mappe + "Moter.cshtml", oversikt.Value) : NotFound();
    }

    [HttpGet("ny")]
    public async Task<IActionResult> Ny([FromRoute] Guid sakId, CancellationToken ct)
    {
        var oversikt = await moter.HentOversiktAsync(sakId, ct);
        if (!oversikt.IsSuccess) return NotFound();
        if (!oversikt.Value.KanRegistrere)
        {
            this.SettStatus("Du kan ikke registrere samarbeidsmøter på denne saken nå.");
            return Redirect($"/saker/{sakId}/moter");
        }

        return View(Mappe + "NyttMote.cshtml", NyttMoteViewModel.Tomt(oversikt.Value, await moter.KontakterAsync(sakId, ct)));
    }

    [HttpPost("ny")]
    public async Task<IActionResult> Ny([FromRoute] Guid sakId, NyttMoteViewModel model, CancellationToken ct)
    {
        var result = await moter.RegistrerAsync(model.ToCommand(sakId), ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result);
            var oversikt = await moter.HentOversiktAsync(sakId, ct);
            if (!oversikt.IsSuccess) return NotFound();
            model.Oversikt = oversikt.Value;
            model.Kontakter = await moter.KontakterAsync(sakId, ct);
            model.FyllRader();
            // A second post of the same form: the meeting is already recorded, so a fresh id lets a different one through.
            if (result.IsConflict) model.MoteId = Guid.CreateVersion7();
            return View(Mappe + "NyttMote.cshtml", model);
        }

        this.SettStatus("Møtet er registrert.");
        return Redirect($"/saker/{sakId}/moter/{model.MoteId}");
    }

    [HttpGet("{moteId:guid}")]
    public async Task<IActionResult> Vis([FromRoute] Guid sakId, [FromRoute] Guid moteId, CancellationToken ct)
    {
        var mote = await moter.HentAsync(sakId, moteId, ct);
        return mote.IsSuccess ? View(Mappe + "Mote.cshtml", new MoteSideViewModel { Mote = mote.Value }) : NotFound();
    }

    [HttpPost("{moteId:guid}/tiltak/{tiltakId:guid}")]
    public async Task<IActionResult> FullforTiltak([FromRoute] Guid sakId, [FromRoute] Guid moteId, [FromRoute] Guid tiltakId, FullforTiltakViewModel model, CancellationToken ct)
    {
        var result = await moter.FullforTiltakAsync(new FullforTiltakCommand(sakId, moteId, model.Versjon, tiltakId, model.Merknad), ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess)
        {
            var mote = await moter.HentAsync(sakId, moteId, ct);
            if (!mote.IsSuccess) return NotFound();
            // The note is kept by the action it was written for, with the message beside it (the page's one field named "Merknad").
            ModelState.AddErrors(result);
            return View(Mappe + "Mote.cshtml", new MoteSideViewModel { Mote = mote.Value, FeilTiltak = tiltakId, Merknad = model.Merknad });
        }

        this.SettStatus("Tiltaket er markert som utført.");
        return Redirect($"/saker/{sakId}/moter/{moteId}");
    }

    [HttpGet("{moteId:guid}/rett")]
    public async Task<IActionResult> Rett([FromRoute] Guid sakId, [FromRoute] Guid moteId, CancellationToken ct)
    {
        var mote = await moter.HentAsync(sakId, moteId, ct);
        if (!mote.IsSuccess) return NotFound();
        if (!mote.Value.KanKorrigere)
        {
            this.SettStatus("Du kan ikke rette referatet på denne saken nå.");
            return Redirect($"/saker/{sakId}/moter/{moteId}");
        }

        return View(Mappe + "RettReferat.cshtml", new RettReferatViewModel { Mote = mote.Value, Versjon = mote.Value.Versjon, Referat = mote.Value.Referat });
    }

    [HttpPost("{moteId:guid}/rett")]
    public async Task<IActionResult> Rett([FromRoute] Guid sakId, [FromRoute] Guid moteId, RettReferatViewModel model, CancellationToken ct)
    {
        var result = await moter.KorrigerReferatAsync(new KorrigerReferatCommand(sakId, moteId, model.Versjon, model.Referat, model.Arsak), ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result);
            var mote = await moter.HentAsync(sakId, moteId, ct);
            if (!mote.IsSuccess) return NotFound();
            model.Mote = mote.Value;
            if (result.IsConflict) model.Versjon = mote.Value.Versjon;
            return View(Mappe + "RettReferat.cshtml", model);
        }

        this.SettStatus("Referatet er rettet. Det som sto før, er tatt vare på.");
        return Redirect($"/saker/{sakId}/moter/{moteId}");
    }
}

/// <summary>
/// The case page's panel: the last meeting, the open actions with their due dates (overdue marked), and the flag when
/// the case has had no meeting in three months. Shown on cases in follow-up, and on any case that has meetings.
/// </summary>
public sealed class MotePanelViewComponent(MoteService moter) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid sakId)
    {
        var oversikt = await moter.HentOversiktAsync(sakId, HttpContext.RequestAborted);
        if (!oversikt.IsSuccess || (oversikt.Value.Moter.Count == 0 && oversikt.Value.Status != Saksstatus.IOppfolging)) return Content("");
        return View("/Features/Oppfolging/Components/MotePanel/Default.cshtml", oversikt.Value);
    }
}
