using BoOppfolging.Application.Soknad;
using BoOppfolging.Domain;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Soknad;

/// <summary>
/// The citizen's application, a guided form in five steps. Each valid step is saved to the draft at
/// once (PRG to the next step); a rejected step comes back with the messages and everything typed.
/// </summary>
[Authorize(Policy = Policies.Innbygger)]
[Route("soknad")]
public sealed class SoknadController(SoknadService soknadService) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await soknadService.HentUtkastAsync(ct));

    [HttpGet("steg/{steg:int}")]
    public async Task<IActionResult> Steg(int steg, CancellationToken ct)
    {
        var utkast = await soknadService.HentUtkastAsync(ct);
        if (steg < 1 || steg > Soknadsinnhold.AntallSteg) return NotFound();
        var forste = utkast is null ? 1 : utkast.ForsteManglendeSteg ?? Soknadsinnhold.AntallSteg;
        if (steg > forste) return Redirect($"/soknad/steg/{forste}"); // the steps are filled in order
        var innhold = utkast?.Innhold ?? new Soknadsinnhold();
        StegViewModel model = steg switch
        {
            1 => Med(new OmDegViewModel(), m => m.Fra(innhold.OmDeg)),
            2 => Med(new BosituasjonViewModel(), m => m.Fra(innhold.Bosituasjon)),
            3 => Med(new HjelpebehovViewModel(), m => m.Fra(innhold.Hjelpebehov)),
            4 => Med(new KontakterViewModel(), m => m.Fra(innhold.Kontakter)),
            _ => Med(new SamtykkerViewModel(), m =>
            {
                m.Kilder = [.. innhold.Samtykker?.Kilder ?? []];
                m.BekreftetRiktig = innhold.Samtykker is not null;
            }),
        };
        return await VisStegAsync(steg, model, ct, utkast);
    }

    [HttpPost("steg/1")]
    public async Task<IActionResult> Steg1(OmDegViewModel model, CancellationToken ct) =>
        await EtterLagringAsync(1, model, await soknadService.LagreOmDegAsync(model.ToInput(), ct), ct);

    [HttpPost("steg/2")]
    public async Task<IActionResult> Steg2(BosituasjonViewModel model, CancellationToken ct) =>
        ModelState.IsValid
            ? await EtterLagringAsync(2, model, await soknadService.LagreBosituasjonAsync(model.ToInput(), ct), ct)
            : await VisStegAsync(2, model, ct);

    [HttpPost("steg/3")]
    public async Task<IActionResult> Steg3(HjelpebehovViewModel model, CancellationToken ct) =>
        await EtterLagringAsync(3, model, await soknadService.LagreHjelpebehovAsync(model.ToInput(), ct), ct);

    [HttpPost("steg/4")]
    public async Task<IActionResult> Steg4(KontakterViewModel model, CancellationToken ct)
    {
        if (model.Fullmakt is { } fil && !await LastOppAsync(VedleggType.Fullmakt, fil, nameof(model.Fullmakt), ct))
        {
            return await VisStegAsync(4, model, ct);
        }

        if (model.Handling == "lastopp") return await EtterOpplastingAsync(4, model, model.Fullmakt, nameof(model.Fullmakt), "Fullmakten er lastet opp.", ct);
        return await EtterLagringAsync(4, model, await soknadService.LagreKontakterAsync(model.ToInput(), ct), ct);
    }

    [HttpPost("steg/5")]
    public async Task<IActionResult> Steg5(SamtykkerViewModel model, CancellationToken ct)
    {
        if (model.NyttVedlegg is { } fil && !await LastOppAsync(VedleggType.Dokumentasjon, fil, nameof(model.NyttVedlegg), ct))
        {
            return await VisStegAsync(5, model, ct);
        }

        if (model.Handling == "lastopp") return await EtterOpplastingAsync(5, model, model.NyttVedlegg, nameof(model.NyttVedlegg), "Filen er lastet opp.", ct);
        return await EtterLagringAsync(5, model, await soknadService.LagreSamtykkerAsync(model.ToInput(), ct), ct);
    }

    [HttpGet("oppsummering")]
    public async Task<IActionResult> Oppsummering(CancellationToken ct)
    {
        var utkast = await soknadService.HentUtkastAsync(ct);
        if (utkast is null) return Redirect("/soknad");
        if (utkast.ForsteManglendeSteg is { } steg) return Redirect($"/soknad/steg/{steg}");
        return View(new OppsummeringViewModel { Utkast = utkast });
    }

    [HttpPost("send")]
    public async Task<IActionResult> Send(Guid utkastId, CancellationToken ct)
    {
        var result = await soknadService.SendAsync(utkastId, ct);
        if (result.IsNotFound) return Redirect("/mine-saker"); // already sent from another tab, or nothing to send
        if (!result.IsSuccess)
        {
            this.SettStatus(result.Error!.Melding);
            return Redirect("/soknad/oppsummering");
        }

        return Redirect($"/soknad/kvittering/{result.Value}");
    }

    [HttpGet("kvittering/{sakId:guid}")]
    public async Task<IActionResult> Kvittering(Guid sakId, CancellationToken ct)
    {
        var kvittering = await soknadService.HentKvitteringAsync(sakId, ct);
        return kvittering is null ? NotFound() : View(kvittering);
    }

    [HttpGet("vedlegg/{vedleggId:guid}")]
    public async Task<IActionResult> Vedlegg(Guid vedleggId, CancellationToken ct)
    {
        var vedlegg = await soknadService.AapneVedleggAsync(null, vedleggId, ct);
        return vedlegg is null ? NotFound() : File(vedlegg.Innhold, vedlegg.Innholdstype, vedlegg.Filnavn);
    }

    [HttpPost("vedlegg/{vedleggId:guid}/slett")]
    public async Task<IActionResult> SlettVedlegg(Guid vedleggId, int steg, CancellationToken ct)
    {
        var result = await soknadService.SlettVedleggAsync(vedleggId, ct);
        if (result.IsNotFound) return NotFound();
        this.SettStatus("Vedlegget er fjernet.");
        return Redirect($"/soknad/steg/{Math.Clamp(steg, 4, 5)}");
    }

    private async Task<bool> LastOppAsync(VedleggType type, IFormFile fil, string felt, CancellationToken ct)
    {
        await using var strom = fil.OpenReadStream();
        var result = await soknadService.LastOppVedleggAsync(type, fil.FileName, strom, fil.Length, ct);
        if (result.IsSuccess) return true;
        ModelState.AddModelError(felt, result.Error!.Melding + " Andre opplysninger på siden er tatt vare på.");
        return false;
    }

    /// <summary>
    /// After the upload button: the step again, saying the file is there. Without a file the button
    /// was pressed by mistake, or pressing Enter in a text field chose it (the first button in the
    /// form): say so at the file field, keep what was typed, and claim nothing.
    /// </summary>
    private async Task<IActionResult> EtterOpplastingAsync(int steg, StegViewModel model, IFormFile? fil, string felt, string melding, CancellationToken ct)
    {
        if (fil is not null) return await VisStegAsync(steg, model, ct, melding: melding);
        var lagre = steg < Soknadsinnhold.AntallSteg ? "Lagre og gå videre" : "Lagre og se over søknaden";
        ModelState.AddModelError(felt, $"Du har ikke valgt noen fil. Velg filen først, eller trykk «{lagre}» for å lagre siden uten fil.");
        return await VisStegAsync(steg, model, ct);
    }

    private async Task<IActionResult> EtterLagringAsync(int steg, StegViewModel model, Domain.Result result, CancellationToken ct)
    {
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result);
            return await VisStegAsync(steg, model, ct);
        }

        return Redirect(steg < Soknadsinnhold.AntallSteg ? $"/soknad/steg/{steg + 1}" : "/soknad/oppsummering");
    }

    private async Task<IActionResult> VisStegAsync(int steg, StegViewModel model, CancellationToken ct, UtkastVisning? utkast = null, string? melding = null)
    {
        utkast ??= await soknadService.HentUtkastAsync(ct);
        var soker = utkast is not null ? (utkast.Navn, utkast.Fodselsnummer) : await soknadService.HentSokerAsync(ct);
        model.Steg = steg;
        (model.Navn, model.Fodselsnummer) = soker ?? ("", "");
        model.SlettesEtter = utkast?.SlettesEtter;
        model.Vedlegg = utkast?.Vedlegg ?? [];
        if (model is KontakterViewModel kontakter) kontakter.FyllTommeRader();
        if (model is SamtykkerViewModel samtykker && utkast?.Innhold.Kontakter is { } k) samtykker.MuligeKilder = SoknadService.MuligeKilder(k);
        if (melding is not null) ViewData["Melding"] = melding;
        return View($"Steg{steg}", model);
    }

    private static T Med<T>(T model, Action<T> fyll)
    {
        fyll(model);
        return model;
    }
}
