using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>
/// A case's follow-up: the page with contacts, hours and visits; the team leader's assignment of the contacts; and the visit
/// forms (plan, register, document a planned one, correct a registered one). The permission table decides who may do what
/// (<see cref="OppfolgingService"/>); the policy is only the coarse gate. Built for a phone: one column, large targets.
/// </summary>
[Authorize(Policy = Policies.Saksarbeid)]
[Route("saker/{sakId:guid}")]
public sealed class OppfolgingController(OppfolgingService oppfolging, TimeProvider tid) : Controller
{
    [HttpGet("oppfolging")]
    public async Task<IActionResult> Index(Guid sakId, CancellationToken ct)
    {
        var visning = await oppfolging.HentAsync(sakId, ct);
        return visning.IsSuccess ? View(visning.Value) : NotFound();
    }

    [HttpGet("oppfolging/kontakter")]
    public async Task<IActionResult> Kontakter(Guid sakId, CancellationToken ct)
    {
        var skjema = await oppfolging.HentTildelingAsync(sakId, ct);
        if (!skjema.IsSuccess) return NotFound();
        var s = skjema.Value;
        return View(new KontakterViewModel
        {
            Skjema = s, Versjon = s.Versjon, PrimaerkontaktId = s.PrimaerkontaktId, SekundaerkontaktId = s.SekundaerkontaktId,
            Fra = Norsktid.Dato(tid.GetUtcNow()),
        });
    }

    [HttpPost("oppfolging/kontakter")]
    public async Task<IActionResult> Kontakter(Guid sakId, KontakterViewModel model, CancellationToken ct)
    {
        var result = ModelState.IsValid ? await oppfolging.TildelKontakterAsync(model.ToCommand(sakId), ct) : null;
        if (result is { IsNotFound: true }) return NotFound();
        if (result is { IsSuccess: true })
        {
            this.SettStatus("Kontaktene er tildelt. De ser saken i «Mine brukere».");
            return Redirect($"/saker/{sakId}/oppfolging");
        }

        if (result is not null) ModelState.AddErrors(result);
        var skjema = await oppfolging.HentTildelingAsync(sakId, ct);
        if (!skjema.IsSuccess) return NotFound();
        model.Skjema = skjema.Value;
        if (result?.IsConflict == true) model.Versjon = skjema.Value.Versjon;
        return View(model);
    }

    [HttpGet("besok/planlegg")]
    public async Task<IActionResult> Planlegg(Guid sakId, CancellationToken ct)
    {
        var skjema = await oppfolging.HentSkjemaAsync(sakId, null, Handling.PlanleggBesok, ct);
        if (!skjema.IsSuccess) return NotFound();
        var oppfolgere = skjema.Value.Oppfolgere;
        var meg = oppfolgere.Any(o => o.Id == skjema.Value.Meg) ? skjema.Value.Meg : oppfolgere.Count > 0 ? oppfolgere[0].Id : Guid.Empty;
        return View(new PlanleggViewModel
        {
            Skjema = skjema.Value, BesokId = Guid.CreateVersion7(), UtfortAv = meg == Guid.Empty ? null : meg, Minutter = 60, Type = Besokstype.Hjemmebesok,
        });
    }

    [HttpPost("besok/planlegg")]
    public async Task<IActionResult> Planlegg(Guid sakId, PlanleggViewModel model, CancellationToken ct)
    {
        var result = ModelState.IsValid ? await oppfolging.PlanleggAsync(model.ToCommand(sakId), ct) : null;
        if (result is { IsNotFound: true }) return NotFound();
        if (result is { IsSuccess: true })
        {
            this.SettStatus($"Besøket {Visning.Dato(model.Dato!.Value)} er planlagt.");
            return Redirect($"/saker/{sakId}/oppfolging");
        }

        if (result is not null) ModelState.AddErrors(result);
        var skjema = await oppfolging.HentSkjemaAsync(sakId, null, Handling.PlanleggBesok, ct);
        if (!skjema.IsSuccess) return NotFound();
        model.Skjema = skjema.Value;
        return View(model);
    }

    [HttpGet("besok/ny")]
    public async Task<IActionResult> Registrer(Guid sakId, CancellationToken ct)
    {
        var skjema = await oppfolging.HentSkjemaAsync(sakId, null, Handling.LoggBesok, ct);
        if (!skjema.IsSuccess) return NotFound();
        return View("Besoksskjema", BesokViewModel.Ny(skjema.Value, Norsktid.Dato(tid.GetUtcNow())));
    }

    [HttpPost("besok/ny")]
    public Task<IActionResult> Registrer(Guid sakId, BesokViewModel model, CancellationToken ct) =>
        LagreAsync(sakId, null, Besoksmodus.Ny, model, ct);

    [HttpGet("besok/{besokId:guid}")]
    public async Task<IActionResult> Besok(Guid sakId, Guid besokId, CancellationToken ct)
    {
        var visning = await oppfolging.HentBesokAsync(sakId, besokId, ct);
        return visning.IsSuccess ? View(visning.Value) : NotFound();
    }

    [HttpGet("besok/{besokId:guid}/registrer")]
    public async Task<IActionResult> Dokumenter(Guid sakId, Guid besokId, CancellationToken ct)
    {
        var skjema = await oppfolging.HentSkjemaAsync(sakId, besokId, Handling.LoggBesok, ct);
        if (!skjema.IsSuccess || skjema.Value.Besok is not { KanRegistrere: true }) return NotFound();
        return View("Besoksskjema", BesokViewModel.FraPlanlagt(skjema.Value));
    }

    [HttpPost("besok/{besokId:guid}/registrer")]
    public Task<IActionResult> Dokumenter([FromRoute] Guid sakId, [FromRoute] Guid besokId, BesokViewModel model, CancellationToken ct) =>
        LagreAsync(sakId, besokId, Besoksmodus.Dokumenter, model, ct);

    [HttpGet("besok/{besokId:guid}/rett")]
    public async Task<IActionResult> Rett(Guid sakId, Guid besokId, CancellationToken ct)
    {
        var skjema = await oppfolging.HentSkjemaAsync(sakId, besokId, Handling.KorrigerBesok, ct);
        if (!skjema.IsSuccess || skjema.Value.Besok is not { KanKorrigere: true }) return NotFound();
        return View("Besoksskjema", BesokViewModel.FraRegistrert(skjema.Value));
    }

    [HttpPost("besok/{besokId:guid}/rett")]
    public Task<IActionResult> Rett([FromRoute] Guid sakId, [FromRoute] Guid besokId, BesokViewModel model, CancellationToken ct) =>
        LagreAsync(sakId, besokId, Besoksmodus.Rett, model, ct);

    private async Task<IActionResult> LagreAsync(Guid sakId, Guid? besokId, Besoksmodus modus, BesokViewModel model, CancellationToken ct)
    {
        if (besokId is { } id) model.BesokId = id;
        var command = model.ToCommand(sakId);
        var result = !ModelState.IsValid ? null
            : modus == Besoksmodus.Rett ? await oppfolging.KorrigerAsync(command, ct)
            : await oppfolging.RegistrerAsync(modus == Besoksmodus.Ny ? command with { Versjon = Guid.Empty } : command, ct);
        if (result is { IsNotFound: true }) return NotFound();
        if (result is { IsSuccess: true })
        {
            this.SettStatus(modus == Besoksmodus.Rett
                ? "Rettelsen er lagret. Den opprinnelige registreringen er tatt vare på."
                : $"Besøket {Visning.Dato(model.Dato!.Value)} er registrert.");
            return Redirect(modus == Besoksmodus.Ny ? $"/saker/{sakId}/oppfolging" : $"/saker/{sakId}/besok/{model.BesokId}");
        }

        if (result is not null) ModelState.AddErrors(result);
        var handling = modus == Besoksmodus.Rett ? Handling.KorrigerBesok : Handling.LoggBesok;
        var skjema = await oppfolging.HentSkjemaAsync(sakId, besokId, handling, ct);
        if (!skjema.IsSuccess) return NotFound();
        model.Skjema = skjema.Value;
        model.Modus = modus;
        if (result?.IsConflict == true && skjema.Value.Besok is { } b) model.Versjon = b.Versjon;
        return View("Besoksskjema", model);
    }
}
