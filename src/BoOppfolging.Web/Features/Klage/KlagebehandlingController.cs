using BoOppfolging.Application.Klage;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using BoOppfolging.Domain;

namespace BoOppfolging.Web.Features.Klage;

/// <summary>
/// The unit's side of complaints: the work list across cases (<c>/klager</c>), registering a complaint that came by post, e-mail or
/// in person on a case, and the complaint's page. A case or complaint the user may not see gives 404.
/// </summary>
[Authorize(Policy = Policies.Forvaltning)]
public sealed class KlagebehandlingController(KlagebehandlingService behandling, KlageService klager) : Controller
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

    [HttpGet("saker/{sakId:guid}/klager/{klageId:guid}/formkrav")]
    public Task<IActionResult> Formkrav(Guid sakId, Guid klageId, CancellationToken ct) => VisStegAsync<FormkravViewModel>(sakId, klageId, "Formkrav", FormkravViewModel.Fra, ct);

    [HttpPost("saker/{sakId:guid}/klager/{klageId:guid}/formkrav")]
    public async Task<IActionResult> Formkrav(Guid sakId, Guid klageId, FormkravViewModel model, CancellationToken ct) =>
        await EtterAsync(sakId, klageId, model, "Formkrav", await behandling.VurderFormkravAsync(model.ToCommand(sakId, klageId), ct), "Formkravene er registrert.", ct);

    [HttpGet("saker/{sakId:guid}/klager/{klageId:guid}/retting")]
    public Task<IActionResult> Retting(Guid sakId, Guid klageId, CancellationToken ct) =>
        VisStegAsync(sakId, klageId, "Retting", v => new KlageRettingViewModel { Visning = v, Versjon = v.Klage.Versjon }, ct);

    [HttpPost("saker/{sakId:guid}/klager/{klageId:guid}/retting")]
    public async Task<IActionResult> Retting(Guid sakId, Guid klageId, KlageRettingViewModel model, CancellationToken ct) =>
        await EtterAsync(sakId, klageId, model, "Retting", await behandling.BeOmRettingAsync(model.ToCommand(sakId, klageId), ct),
            "Fristen for å rette er registrert. Brevet til klageren ligger som utkast under brev, klart til å sendes.", ct);

    [HttpGet("saker/{sakId:guid}/klager/{klageId:guid}/avvis")]
    public Task<IActionResult> Avvis(Guid sakId, Guid klageId, CancellationToken ct) =>
        VisStegAsync(sakId, klageId, "Avvis", v => new AvvisKlageViewModel { Visning = v, Versjon = v.Klage.Versjon }, ct);

    [HttpPost("saker/{sakId:guid}/klager/{klageId:guid}/avvis")]
    public async Task<IActionResult> Avvis(Guid sakId, Guid klageId, AvvisKlageViewModel model, CancellationToken ct) =>
        await EtterAsync(sakId, klageId, model, "Avvis", await behandling.AvvisAsync(model.ToCommand(sakId, klageId), ct),
            "Klagen er avvist. Avvisningsbrevet ligger som utkast under brev, klart til å sendes.", ct);

    [HttpGet("saker/{sakId:guid}/klager/{klageId:guid}/vurdering")]
    public async Task<IActionResult> Vurdering(Guid sakId, Guid klageId, CancellationToken ct)
    {
        var visning = await behandling.HentAsync(sakId, klageId, ct);
        if (visning is null) return NotFound();
        var mulige = await behandling.DokumenterAsync(visning.Klage, ct);
        return View("/Features/Klage/Vurdering.cshtml", new OpprettholdKlageViewModel
        {
            Visning = visning, Versjon = visning.Klage.Versjon, Vurdering = visning.Klage.Vurdering, MuligeDokumenter = mulige,
            Dokumenter = [.. mulige.Select(d => d.Nokkel)],
        });
    }

    [HttpPost("saker/{sakId:guid}/klager/{klageId:guid}/vurdering")]
    public async Task<IActionResult> Vurdering(Guid sakId, Guid klageId, OpprettholdKlageViewModel model, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        var result = await behandling.OpprettholdAsync(model.ToCommand(sakId, klageId), ct);
        if (result.IsSuccess || result.IsNotFound)
            return await EtterAsync(sakId, klageId, model, "Vurdering", result,
                "Vurderingen er lagret. Oversendelsesbrevet og kopien til klageren ligger som utkast under brev. Klagen er sendt til Statsforvalteren når oversendelsesbrevet er registrert som sendt.", ct);
        var visning = await behandling.HentAsync(sakId, klageId, ct);
        if (visning is null) return NotFound();
        ModelState.AddErrors(result);
        model.Visning = visning;
        model.MuligeDokumenter = await behandling.DokumenterAsync(visning.Klage, ct);
        if (result.IsConflict) model.Versjon = visning.Klage.Versjon;
        return View("/Features/Klage/Vurdering.cshtml", model);
    }

    [HttpGet("saker/{sakId:guid}/klager/{klageId:guid}/omgjor")]
    public Task<IActionResult> Omgjor(Guid sakId, Guid klageId, CancellationToken ct) =>
        VisStegAsync(sakId, klageId, "Omgjor", v => new OmgjorKlageViewModel { Visning = v, Versjon = v.Klage.Versjon, Begrunnelse = v.Klage.Vurdering }, ct);

    /// <summary>Reverses the vedtak: the new vedtak's draft opens, to complete and send for approval as any vedtak.</summary>
    [HttpPost("saker/{sakId:guid}/klager/{klageId:guid}/omgjor")]
    public async Task<IActionResult> Omgjor(Guid sakId, Guid klageId, OmgjorKlageViewModel model, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        var result = await behandling.OmgjorAsync(model.ToCommand(sakId, klageId), ct);
        if (!result.IsSuccess) return await EtterAsync(sakId, klageId, model, "Omgjor", result, "", ct);
        this.SettStatus("Det nye vedtaket er startet. Fyll det ut og send det til godkjenning. Klagen er omgjort når vedtaket er godkjent.");
        return Redirect($"/saker/{sakId}/vedtak/{result.Value}");
    }

    /// <summary>After Statsforvalteren's medhold or opphevelse: the new vedtak's draft opens.</summary>
    [HttpPost("saker/{sakId:guid}/klager/{klageId:guid}/nytt-vedtak")]
    public async Task<IActionResult> NyttVedtak(Guid sakId, Guid klageId, Guid versjon, CancellationToken ct)
    {
        var result = await behandling.NyttVedtakEtterAvgjorelseAsync(new NyttVedtakEtterKlageCommand(sakId, klageId, versjon), ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess)
        {
            this.SettAdvarsel(result.Error!.Melding);
            return Redirect($"/saker/{sakId}/klager/{klageId}");
        }

        this.SettStatus("Det nye vedtaket er startet. Fyll det ut og send det til godkjenning.");
        return Redirect($"/saker/{sakId}/vedtak/{result.Value}");
    }

    /// <summary>The complainant told the unit (by phone, letter or in person) that they withdraw the complaint.</summary>
    [HttpPost("saker/{sakId:guid}/klager/{klageId:guid}/trekk")]
    public async Task<IActionResult> Trekk(Guid sakId, Guid klageId, Guid versjon, CancellationToken ct)
    {
        var result = await klager.TrekkAsync(sakId, klageId, versjon, ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsSuccess) this.SettStatus("Klagen er registrert som trukket.");
        else this.SettAdvarsel(result.Error!.Melding);
        return Redirect($"/saker/{sakId}/klager/{klageId}");
    }

    [HttpGet("saker/{sakId:guid}/klager/{klageId:guid}/resultat")]
    public Task<IActionResult> Resultat(Guid sakId, Guid klageId, CancellationToken ct) =>
        VisStegAsync(sakId, klageId, "Resultat", v => new KlageresultatViewModel { Visning = v, Versjon = v.Klage.Versjon }, ct);

    [HttpPost("saker/{sakId:guid}/klager/{klageId:guid}/resultat")]
    public async Task<IActionResult> Resultat(Guid sakId, Guid klageId, KlageresultatViewModel model, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        Result result;
        if (model.Fil is { } fil)
        {
            await using var strom = fil.OpenReadStream();
            result = await behandling.RegistrerResultatAsync(model.ToCommand(sakId, klageId), new Filopplasting(fil.FileName, strom, fil.Length), ct);
        }
        else
        {
            result = await behandling.RegistrerResultatAsync(model.ToCommand(sakId, klageId), null, ct);
        }

        if (!result.IsSuccess && model.Fil is not null && !result.Errors.Any(f => f.Felt == "Fil"))
            ModelState.AddModelError(nameof(model.Fil), "Velg filen på nytt: nettleseren tar ikke vare på en valgt fil når siden vises igjen.");
        return await EtterAsync(sakId, klageId, model, "Resultat", result, "Statsforvalterens avgjørelse er registrert.", ct);
    }

    [HttpGet("saker/{sakId:guid}/klager/{klageId:guid}/forelopig-svar")]
    public Task<IActionResult> ForelopigSvar(Guid sakId, Guid klageId, CancellationToken ct) =>
        VisStegAsync(sakId, klageId, "ForelopigSvar", v => new KlageForelopigSvarViewModel { Visning = v, Versjon = v.Klage.Versjon }, ct);

    [HttpPost("saker/{sakId:guid}/klager/{klageId:guid}/forelopig-svar")]
    public async Task<IActionResult> ForelopigSvar(Guid sakId, Guid klageId, KlageForelopigSvarViewModel model, CancellationToken ct) =>
        await EtterAsync(sakId, klageId, model, "ForelopigSvar", await behandling.ForelopigSvarAsync(model.ToCommand(sakId, klageId), ct),
            "Det foreløpige svaret ligger som utkast under brev. Datoen for svar flyttes når brevet er registrert som sendt.", ct);

    private async Task<IActionResult> VisStegAsync<T>(Guid sakId, Guid klageId, string side, Func<Klagevisning, T> lag, CancellationToken ct)
        where T : KlagestegViewModel
    {
        var visning = await behandling.HentAsync(sakId, klageId, ct);
        if (visning is null || !visning.KanBehandle) return NotFound();
        return View($"/Features/Klage/{side}.cshtml", lag(visning));
    }

    /// <summary>After a step: back to the complaint with a receipt, or the form again with the messages and what was typed (on a conflict, read anew).</summary>
    private async Task<IActionResult> EtterAsync<T>(Guid sakId, Guid klageId, T model, string side, Domain.Result result, string melding, CancellationToken ct)
        where T : KlagestegViewModel
    {
        if (result.IsNotFound) return NotFound();
        if (result.IsSuccess)
        {
            this.SettStatus(melding);
            return Redirect($"/saker/{sakId}/klager/{klageId}");
        }

        var visning = await behandling.HentAsync(sakId, klageId, ct);
        if (visning is null) return NotFound();
        ModelState.AddErrors(result);
        model.Visning = visning;
        if (result.IsConflict) model.Versjon = visning.Klage.Versjon;
        return View($"/Features/Klage/{side}.cshtml", model);
    }
}
