using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Application.Samtykker;
using BoOppfolging.Application.Soknad;
using BoOppfolging.Domain;
using BoOppfolging.Application.Saker;
using BoOppfolging.Web.Features.Shared;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.MineSaker;

/// <summary>The citizen's own cases. Another person's case id gives 404, never its contents.</summary>
[Authorize(Policy = Policies.Innbygger)]
[Route("mine-saker")]
public sealed class MineSakerController(
    SakService sakService, SoknadService soknadService, BrevService brevService, SamtykkeService samtykkeService,
    ForberedelseService forberedelser) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int side = 1, CancellationToken ct = default) =>
        View(await sakService.ListAsync(side, ct));

    [HttpGet("{sakId:guid}")]
    public async Task<IActionResult> Detaljer(Guid sakId, CancellationToken ct)
    {
        var result = await sakService.HentAsync(sakId, ct);
        if (!result.IsSuccess) return NotFound();
        return View(new MinSakViewModel(result.Value, await brevService.ListAsync(sakId, ct),
            new SamtykkeListe(await samtykkeService.ListAsync(sakId, ct), ForAnsatt: false, $"/mine-saker/{sakId}/samtykker"),
            await forberedelser.HentMinKartleggingAsync(sakId, ct)));
    }

    /// <summary>A letter sent to the citizen: always the stored copy, exactly as it was sent.</summary>
    [HttpGet("{sakId:guid}/brev/{brevId:guid}")]
    public async Task<IActionResult> Brev(Guid sakId, Guid brevId, CancellationToken ct)
    {
        return this.Pdf(await brevService.HentPdfAsync(sakId, brevId, ct));
    }

    /// <summary>Asks before withdrawing: a withdrawn application cannot be taken back.</summary>
    [HttpGet("{sakId:guid}/trekk")]
    public async Task<IActionResult> Trekk(Guid sakId, CancellationToken ct)
    {
        var result = await sakService.HentAsync(sakId, ct);
        if (!result.IsSuccess) return NotFound();
        if (!result.Value.KanTrekkeSoknad) return Redirect($"/mine-saker/{sakId}");
        return View(new TrekkSoknadViewModel(result.Value, result.Value.Versjon));
    }

    /// <summary>
    /// Withdraws the application. If the case changed since the question was shown (a letter, a new
    /// status), the question is shown again with the case as it is now, so the citizen decides knowingly.
    /// </summary>
    [HttpPost("{sakId:guid}/trekk")]
    public async Task<IActionResult> Trekk(Guid sakId, Guid versjon, CancellationToken ct)
    {
        var result = await soknadService.TrekkAsync(sakId, versjon, ct);
        if (result.IsNotFound) return NotFound();
        if (result.IsConflict)
        {
            var sak = await sakService.HentAsync(sakId, ct);
            if (!sak.IsSuccess) return NotFound();
            if (!sak.Value.KanTrekkeSoknad)
            {
                this.SettStatus(result.Error!.Melding);
                return Redirect($"/mine-saker/{sakId}");
            }

            return View(new TrekkSoknadViewModel(sak.Value, sak.Value.Versjon, result.Error!.Melding));
        }

        this.SettStatus(result.IsSuccess ? "Søknaden er trukket." : result.Error!.Melding);
        return Redirect($"/mine-saker/{sakId}");
    }

    /// <summary>Asks before a consent is withdrawn, and says what it means.</summary>
    [HttpGet("{sakId:guid}/samtykker/{samtykkeId:guid}/trekk")]
    public async Task<IActionResult> TrekkSamtykke(Guid sakId, Guid samtykkeId, CancellationToken ct) =>
        await this.VisTrekkSamtykkeAsync(samtykkeService, sakId, samtykkeId, forAnsatt: false, $"/mine-saker/{sakId}", null, ct);

    [HttpPost("{sakId:guid}/samtykker/{samtykkeId:guid}/trekk")]
    [ActionName("TrekkSamtykke")]
    public async Task<IActionResult> TrekkSamtykkePost(Guid sakId, Guid samtykkeId, Guid versjon, CancellationToken ct) =>
        await this.TrekkSamtykkeAsync(samtykkeService, sakId, samtykkeId, versjon, forAnsatt: false, $"/mine-saker/{sakId}",
            "Samtykket er trukket tilbake.", ct);

    [HttpGet("{sakId:guid}/vedlegg/{vedleggId:guid}")]
    public async Task<IActionResult> Vedlegg(Guid sakId, Guid vedleggId, CancellationToken ct)
    {
        var vedlegg = await soknadService.AapneVedleggAsync(sakId, vedleggId, ct);
        return vedlegg is null ? NotFound() : File(vedlegg.Innhold, vedlegg.Innholdstype, vedlegg.Filnavn);
    }
}

public sealed record MinSakViewModel(SakDetaljer Sak, IReadOnlyList<BrevListeElement> Brev, SamtykkeListe Samtykker, MinKartleggingVisning? Kartlegging);

/// <summary>The question before an application is withdrawn: the case, the version it was read at, and a conflict message if any.</summary>
public sealed record TrekkSoknadViewModel(SakDetaljer Sak, Guid Versjon, string? Melding = null);
