using System.Security.Claims;
using BoOppfolging.Application.Mottak;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Mottak;

/// <summary>
/// The forvaltningsenhet's intake: a referral registered by staff, and the forms on a case in
/// mottak (screening, contact, missing information, assignment, on to the vurderingsteam, referral
/// to another service, closing, duplicates, foreløpig svar). Each form is its own page: a rejected
/// post comes back with the messages next to the fields and everything typed kept. The intake's own forms
/// are the forvaltningsenhet's (<see cref="Policies.Forvaltning"/>); referral elsewhere and asking for
/// information are also the vurderingsteam's in Til vurdering, so those two let all case workers through
/// (<see cref="Policies.Saksarbeid"/>) and the permission table decides.
/// </summary>
public sealed class MottakController(MottakService mottak) : Controller
{
    [Authorize(Policy = Policies.Forvaltning)]
    [HttpGet("mottak/henvendelse/ny")]
    public IActionResult Henvendelse() => View(new HenvendelseViewModel());

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpPost("mottak/henvendelse/ny")]
    public async Task<IActionResult> Henvendelse(HenvendelseViewModel model, CancellationToken ct)
    {
        var result = await mottak.RegistrerHenvendelseAsync(model.ToCommand(), ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result);
            return View(model);
        }

        this.SettStatus("Henvendelsen er registrert. Ta kontakt med personen og registrer om hen ønsker hjelp.");
        return Redirect($"/saker/{result.Value}");
    }

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpGet("saker/{sakId:guid}/mottak/kontroll")]
    public Task<IActionResult> Kontroll(Guid sakId, CancellationToken ct) => VisAsync(sakId, new KontrollViewModel(), h => h.KanKontrollere, ct);

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpPost("saker/{sakId:guid}/mottak/kontroll")]
    public async Task<IActionResult> Kontroll(Guid sakId, KontrollViewModel model, CancellationToken ct) =>
        await EtterAsync(sakId, model, await mottak.KontrollerAsync(model.ToCommand(sakId), ct), "Mottakskontrollen er registrert.", ct);

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpGet("saker/{sakId:guid}/mottak/adresse")]
    public Task<IActionResult> Adresse(Guid sakId, CancellationToken ct) =>
        VisAsync(sakId, new AdresseViewModel(), h => h.KanEndreAdresse, ct, m => (m.Adresse, m.Postnummer, m.Poststed) = m.Sak.Adresse is { } a ? (a.Adresse, a.Postnummer, a.Poststed) : (null, null, null));

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpPost("saker/{sakId:guid}/mottak/adresse")]
    public async Task<IActionResult> Adresse(Guid sakId, AdresseViewModel model, CancellationToken ct) =>
        await EtterAsync(sakId, model, await mottak.EndreAdresseAsync(model.ToCommand(sakId), ct),
            "Adressen er lagret. Brev som lages fra nå av, går dit.", ct);

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpGet("saker/{sakId:guid}/mottak/kontakt")]
    public Task<IActionResult> Kontakt(Guid sakId, CancellationToken ct) => VisAsync(sakId, new KontaktViewModel(), h => h.KanRegistrereKontakt, ct);

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpPost("saker/{sakId:guid}/mottak/kontakt")]
    public async Task<IActionResult> Kontakt(Guid sakId, KontaktViewModel model, CancellationToken ct) =>
        await EtterAsync(sakId, model, await mottak.RegistrerKontaktAsync(model.ToCommand(sakId), ct), "Kontakten er registrert.", ct);

    [Authorize(Policy = Policies.Saksarbeid)]
    [HttpGet("saker/{sakId:guid}/mottak/opplysninger")]
    public Task<IActionResult> Opplysninger(Guid sakId, CancellationToken ct) => VisAsync(sakId, new OpplysningerViewModel(), h => h.KanBeOmOpplysninger, ct);

    [Authorize(Policy = Policies.Saksarbeid)]
    [HttpPost("saker/{sakId:guid}/mottak/opplysninger")]
    public async Task<IActionResult> Opplysninger(Guid sakId, OpplysningerViewModel model, CancellationToken ct)
    {
        var result = await mottak.BeOmOpplysningerAsync(model.ToCommand(sakId), ct);
        return await EtterAsync(sakId, model, result,
            "Opplysningene er etterspurt, og fristen står på saken. Brevet er laget: skriv det ut eller last det ned, og registrer når det er sendt.", ct,
            result.IsSuccess ? $"/saker/{sakId}/brev/{result.Value}" : null);
    }

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpPost("saker/{sakId:guid}/mottak/opplysninger/{behovId:guid}/mottatt")]
    public async Task<IActionResult> OpplysningerMottatt(Guid sakId, Guid behovId, Guid versjon, CancellationToken ct)
    {
        var result = await mottak.OpplysningerMottattAsync(sakId, versjon, behovId, ct);
        if (result.IsNotFound) return NotFound();
        this.SettStatus(result.IsSuccess ? "Opplysningene er registrert som mottatt." : result.Error!.Melding);
        return Redirect($"/saker/{sakId}");
    }

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpGet("saker/{sakId:guid}/mottak/tildel")]
    public Task<IActionResult> Tildel(Guid sakId, CancellationToken ct) =>
        VisAsync(sakId, new TildelViewModel(), h => h.KanTildele, ct, m => m.SaksbehandlerId = m.Sak.SaksbehandlerId ?? MinId);

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpPost("saker/{sakId:guid}/mottak/tildel")]
    public async Task<IActionResult> Tildel(Guid sakId, TildelViewModel model, CancellationToken ct)
    {
        var result = await mottak.TildelSaksbehandlerAsync(model.ToCommand(sakId), ct);
        // Given to someone else, the case leaves a saksbehandler's own list: go back to the list then.
        var tilListen = result.IsSuccess && model.SaksbehandlerId != MinId && !User.IsInRole(Roller.Teamleder);
        return await EtterAsync(sakId, model, result, "Saksbehandler er tildelt.", ct, tilListen ? "/saker" : null);
    }

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpGet("saker/{sakId:guid}/mottak/vurdering")]
    public Task<IActionResult> Vurdering(Guid sakId, CancellationToken ct) =>
        VisAsync(sakId, new VurderingViewModel(), h => h.KanSendeTilVurdering, ct, m => m.TeamId = m.Sak.Team.Count == 1 ? m.Sak.Team[0].Id : null);

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpPost("saker/{sakId:guid}/mottak/vurdering")]
    public async Task<IActionResult> Vurdering(Guid sakId, VurderingViewModel model, CancellationToken ct) =>
        await EtterAsync(sakId, model, await mottak.SendTilVurderingAsync(model.ToCommand(sakId), ct), "Saken er sendt til vurderingsteamet.", ct);

    [Authorize(Policy = Policies.Saksarbeid)]
    [HttpGet("saker/{sakId:guid}/mottak/henvis")]
    public Task<IActionResult> Henvis(Guid sakId, CancellationToken ct) => VisAsync(sakId, new HenvisViewModel(), h => h.KanHenvise, ct);

    [Authorize(Policy = Policies.Saksarbeid)]
    [HttpPost("saker/{sakId:guid}/mottak/henvis")]
    public async Task<IActionResult> Henvis(Guid sakId, HenvisViewModel model, CancellationToken ct)
    {
        var result = await mottak.HenvisAsync(model.ToCommand(sakId), ct);
        return await EtterAsync(sakId, model, result,
            "Saken er henvist. Brevet til innbyggeren er laget: skriv det ut eller last det ned, og registrer når det er sendt.", ct,
            result.IsSuccess ? $"/saker/{sakId}/brev/{result.Value}" : null);
    }

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpGet("saker/{sakId:guid}/mottak/henlegg")]
    public Task<IActionResult> Henlegg(Guid sakId, CancellationToken ct) => VisAsync(sakId, new HenleggViewModel(), h => h.KanHenlegge, ct);

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpPost("saker/{sakId:guid}/mottak/henlegg")]
    public async Task<IActionResult> Henlegg(Guid sakId, HenleggViewModel model, CancellationToken ct) =>
        await EtterAsync(sakId, model, await mottak.HenleggAsync(model.ToCommand(sakId), ct), "Saken er henlagt.", ct);

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpGet("saker/{sakId:guid}/mottak/koble")]
    public Task<IActionResult> Koble(Guid sakId, CancellationToken ct) =>
        VisAsync(sakId, new KobleViewModel(), h => h.KanKoble, ct, m => m.AapenSakId = m.Sak.AndreAapneSaker.Count == 1 ? m.Sak.AndreAapneSaker[0].Id : null);

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpPost("saker/{sakId:guid}/mottak/koble")]
    public async Task<IActionResult> Koble(Guid sakId, KobleViewModel model, CancellationToken ct) =>
        await EtterAsync(sakId, model, await mottak.KobleTilAsync(model.ToCommand(sakId), ct),
            "Saken er koblet til den åpne saken og henlagt.", ct);

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpGet("saker/{sakId:guid}/mottak/forelopig-svar")]
    public Task<IActionResult> ForelopigSvar(Guid sakId, CancellationToken ct) => VisAsync(sakId, new ForelopigSvarViewModel(), h => h.KanLageForelopigSvar, ct);

    [Authorize(Policy = Policies.Forvaltning)]
    [HttpPost("saker/{sakId:guid}/mottak/forelopig-svar")]
    public async Task<IActionResult> ForelopigSvar(Guid sakId, ForelopigSvarViewModel model, CancellationToken ct)
    {
        var result = await mottak.LagForelopigSvarAsync(model.ToCommand(sakId), ct);
        return await EtterAsync(sakId, model, result,
            "Det foreløpige svaret er laget. Skriv det ut eller last det ned, og registrer når det er sendt.", ct,
            result.IsSuccess ? $"/saker/{sakId}/brev/{result.Value}" : null);
    }

    private Guid? MinId => Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>
    /// A form for the first time: only when the permission table allows the action on the case now
    /// (<see cref="MottakHandlinger"/>); otherwise back to the case with the reason. Not found for a
    /// case the user may not see.
    /// </summary>
    private async Task<IActionResult> VisAsync<T>(
        Guid sakId, T model, Func<MottakHandlinger, bool> tillatt, CancellationToken ct, Action<T>? forbered = null)
        where T : MottakSkjemaViewModel
    {
        var sak = await mottak.HentAsync(sakId, ct);
        if (!sak.IsSuccess) return NotFound();
        if (!tillatt(sak.Value.Handlinger))
        {
            this.SettStatus(TilgangFeil.IkkeIDenneStatusen(sak.Value.Status).Melding);
            return Redirect($"/saker/{sakId}");
        }

        return await VisSkjemaAsync(sakId, model, ct, forbered, sak.Value);
    }

    private async Task<IActionResult> VisSkjemaAsync<T>(
        Guid sakId, T model, CancellationToken ct, Action<T>? forbered = null, MottakVisning? lest = null, bool nyVersjon = false)
        where T : MottakSkjemaViewModel
    {
        var sak = lest is null ? await mottak.HentAsync(sakId, ct) : Result<MottakVisning>.Ok(lest);
        if (!sak.IsSuccess) return NotFound();
        model.Sak = sak.Value;
        if (model.Versjon == Guid.Empty || nyVersjon) model.Versjon = sak.Value.Versjon;
        forbered?.Invoke(model);
        return View(ControllerContext.ActionDescriptor.ActionName, model);
    }

    /// <summary>
    /// After a post: a success redirects (PRG) with a message; a rejection shows the form again with the
    /// messages and the input. A conflict (someone else changed the case) keeps the input and takes the
    /// new version, so the user sees the current case and can save again knowingly.
    /// </summary>
    private async Task<IActionResult> EtterAsync<T>(Guid sakId, T model, Result result, string melding, CancellationToken ct, string? til = null)
        where T : MottakSkjemaViewModel
    {
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result);
            return await VisSkjemaAsync(sakId, model, ct, nyVersjon: result.IsConflict);
        }

        this.SettStatus(melding);
        return Redirect(til ?? $"/saker/{sakId}");
    }
}
