using BoOppfolging.Application.Klage;
using BoOppfolging.Domain;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Klage;

/// <summary>
/// The citizen's complaint on a vedtak, from "Mine saker": one form (kept as a draft whenever it is saved or a file is attached),
/// the receipt after the complaint is committed, and withdrawing it. Another person's case or complaint gives 404.
/// </summary>
[Authorize(Policy = Policies.Innbygger)]
[Route("mine-saker/{sakId:guid}")]
public sealed class KlageController(KlageService klager) : Controller
{
    [HttpGet("vedtak/{vedtakId:guid}/klage")]
    public async Task<IActionResult> Skjema(Guid sakId, Guid vedtakId, CancellationToken ct)
    {
        var skjema = await klager.HentSkjemaAsync(sakId, vedtakId, ct);
        return skjema is null ? NotFound() : View(KlageSkjemaViewModel.Fra(skjema));
    }

    [HttpPost("vedtak/{vedtakId:guid}/klage")]
    public async Task<IActionResult> Skjema(Guid sakId, Guid vedtakId, KlageSkjemaViewModel model, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        var lastetOpp = false;
        foreach (var (fil, type, felt) in new[] { (model.Fullmakt, VedleggType.Fullmakt, "Fullmakt"), (model.NyttVedlegg, VedleggType.Dokumentasjon, "NyttVedlegg") })
        {
            if (fil is null) continue;
            await using var strom = fil.OpenReadStream();
            var result = await klager.LastOppVedleggAsync(sakId, vedtakId, model.UtkastId, model.ToInput(), type, fil.FileName, strom, fil.Length, ct);
            if (result.IsNotFound) return NotFound();
            if (!result.IsSuccess)
            {
                foreach (var f in result.Errors)
                    ModelState.AddModelError(f.Felt == "Vedlegg" ? felt : f.Felt ?? "", f.Melding + " Det du har skrevet, er tatt vare på.");
                return await VisAsync(sakId, vedtakId, model, ct);
            }

            lastetOpp = true;
        }

        switch (model.Handling)
        {
            case "lastopp":
                if (lastetOpp) return await VisAsync(sakId, vedtakId, model, ct, "Filen er lastet opp, og det du har skrevet, er lagret.");
                ModelState.AddModelError("NyttVedlegg", "Du har ikke valgt noen fil. Velg filen først, eller trykk «Lagre utkast» for å lagre uten fil.");
                return await VisAsync(sakId, vedtakId, model, ct);
            case "send":
                var sendt = await klager.SendAsync(sakId, vedtakId, model.UtkastId, model.ToInput(), ct);
                if (sendt.IsNotFound) return NotFound();
                if (sendt.IsSuccess) return Redirect($"/mine-saker/{sakId}/klager/{sendt.Value}/kvittering");
                ModelState.AddErrors(sendt);
                return await VisAsync(sakId, vedtakId, model, ct);
            default:
                var lagret = await klager.LagreUtkastAsync(sakId, vedtakId, model.UtkastId, model.ToInput(), ct);
                if (lagret.IsNotFound) return NotFound();
                if (!lagret.IsSuccess)
                {
                    ModelState.AddErrors(lagret);
                    return await VisAsync(sakId, vedtakId, model, ct);
                }

                this.SettStatus("Utkastet er lagret. Du kan fortsette senere fra vedtaket i Mine saker.");
                return Redirect($"/mine-saker/{sakId}/vedtak/{vedtakId}/klage");
        }
    }

    [HttpGet("vedtak/{vedtakId:guid}/klage/vedlegg/{vedleggId:guid}")]
    public async Task<IActionResult> UtkastVedlegg(Guid sakId, Guid vedtakId, Guid vedleggId, CancellationToken ct)
    {
        var vedlegg = await klager.AapneUtkastVedleggAsync(sakId, vedtakId, vedleggId, ct);
        return vedlegg is null ? NotFound() : File(vedlegg.Innhold, vedlegg.Innholdstype, vedlegg.Filnavn);
    }

    [HttpPost("vedtak/{vedtakId:guid}/klage/vedlegg/{vedleggId:guid}/slett")]
    public async Task<IActionResult> SlettVedlegg(Guid sakId, Guid vedtakId, Guid vedleggId, KlageSkjemaViewModel model, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        // What was written on the page is kept with the draft, as when a file is attached.
        var lagret = await klager.LagreUtkastAsync(sakId, vedtakId, model.UtkastId, model.ToInput(), ct);
        if (lagret.IsNotFound) return NotFound();
        var result = await klager.SlettVedleggAsync(sakId, vedtakId, vedleggId, ct);
        if (result.IsNotFound) return NotFound();
        this.SettStatus("Filen er fjernet.");
        return Redirect($"/mine-saker/{sakId}/vedtak/{vedtakId}/klage");
    }

    [HttpGet("klager/{klageId:guid}/kvittering")]
    public async Task<IActionResult> Kvittering(Guid sakId, Guid klageId, CancellationToken ct)
    {
        var kvittering = await klager.HentKvitteringAsync(sakId, klageId, ct);
        return kvittering is null ? NotFound() : View(kvittering);
    }

    /// <summary>Asks before withdrawing: a withdrawn complaint is not processed.</summary>
    [HttpGet("klager/{klageId:guid}/trekk")]
    public async Task<IActionResult> Trekk(Guid sakId, Guid klageId, CancellationToken ct)
    {
        var klage = (await klager.MineAsync(sakId, ct)).FirstOrDefault(k => k.Id == klageId);
        if (klage is null) return NotFound();
        if (!klage.KanTrekkes) return Redirect($"/mine-saker/{sakId}#klager");
        return View(new TrekkKlageViewModel(sakId, klage));
    }

    [HttpPost("klager/{klageId:guid}/trekk")]
    public async Task<IActionResult> Trekk(Guid sakId, Guid klageId, Guid versjon, CancellationToken ct)
    {
        var result = await klager.TrekkAsync(sakId, klageId, versjon, ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsConflict)
        {
            var klage = (await klager.MineAsync(sakId, ct)).FirstOrDefault(k => k.Id == klageId);
            if (klage is null) return NotFound();
            if (klage.KanTrekkes) return View(new TrekkKlageViewModel(sakId, klage, result.Error!.Melding));
        }

        this.SettStatus(result.IsSuccess ? "Klagen er trukket." : result.Error!.Melding);
        return Redirect($"/mine-saker/{sakId}#klager");
    }

    private async Task<IActionResult> VisAsync(Guid sakId, Guid vedtakId, KlageSkjemaViewModel model, CancellationToken ct, string? melding = null)
    {
        var skjema = await klager.HentSkjemaAsync(sakId, vedtakId, ct);
        if (skjema is null) return NotFound();
        model.Skjema = skjema;
        if (skjema.UtkastId is { } id) model.UtkastId = id;
        if (melding is not null) ViewData["Melding"] = melding;
        return View("Skjema", model);
    }
}
