using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Application.Mottak;
using BoOppfolging.Application.Samtykker;
using BoOppfolging.Application.Saker;
using BoOppfolging.Application.Soknad;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using BoOppfolging.Web.Features.Shared;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BoOppfolging.Web.Features.Saker;

/// <summary>Staff: the work list of the cases this user may see, and one case with its timeline, letters and intake.</summary>
[Authorize(Policy = Policies.Saksarbeid)]
[Route("saker")]
public sealed class SakerController(
    SakService sakService, MottakService mottakService, KartleggingService kartleggingService, BrevService brevService, SoknadService soknadService, SamtykkeService samtykkeService,
    IBrukerOppslag brukere, TilgangService tilgang) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) => VisListeAsync(new SakslisteViewModel(), ct);

    /// <summary>The filter is posted so that a search by name or fødselsnummer never appears in an address.</summary>
    [HttpPost("")]
    public Task<IActionResult> Index(SakslisteViewModel model, CancellationToken ct)
    {
        // A date that could not be read is shown next to its field by the model binder; the rest of the filter applies.
        if (model.MottattFra is { } fra && model.MottattTil is { } til && til < fra)
        {
            ModelState.AddModelError(nameof(model.MottattTil), "Til-datoen kan ikke være før fra-datoen.");
            model.MottattTil = null;
        }

        return VisListeAsync(model, ct);
    }

    [HttpGet("{sakId:guid}")]
    public async Task<IActionResult> Detaljer(Guid sakId, CancellationToken ct)
    {
        var result = await sakService.HentAsync(sakId, ct);
        if (!result.IsSuccess) return NotFound();
        var mottak = await mottakService.HentAsync(sakId, ct);
        var vurdering = await kartleggingService.HentAsync(sakId, ct);
        // Shown once the case has been with a vurderingsteam (its team, who took it, its meetings).
        var visVurdering = vurdering.IsSuccess
            && (vurdering.Value.Team is not null || vurdering.Value.AnsvarligId is not null || vurdering.Value.Vurderingsmoter.Count > 0);
        var mottakVisning = mottak.IsSuccess ? mottak.Value : null;
        if (mottakVisning is not null && visVurdering && vurdering.Value.Handlinger is { } v
            && (v.KanRegistrereVurderingsmote || v.KanHenvise || v.KanBeOmOpplysninger))
        {
            // The user works the case as its vurderingsteam: referral and requests for information are the next step
            // of a vurderingsmøte and offered in its panel, after the conclusion that calls for them, not in the intake's.
            mottakVisning = mottakVisning with { Handlinger = mottakVisning.Handlinger with { KanHenvise = false, KanBeOmOpplysninger = false } };
        }

        return View(new SakViewModel
        {
            Sak = result.Value,
            Mottak = mottakVisning,
            Vurdering = visVurdering ? vurdering.Value : null,
            Brev = await brevService.ListAsync(sakId, ct),
            Soknad = await soknadService.HentForSakAsync(sakId, ct),
            Samtykker = new SamtykkeListe(await samtykkeService.ListAsync(sakId, ct), ForAnsatt: true, $"/saker/{sakId}/samtykker"),
        });
    }

    /// <summary>The citizen withdrew a consent by phone or letter: staff record it, after a question.</summary>
    [HttpGet("{sakId:guid}/samtykker/{samtykkeId:guid}/trekk")]
    public async Task<IActionResult> TrekkSamtykke(Guid sakId, Guid samtykkeId, CancellationToken ct) =>
        await this.VisTrekkSamtykkeAsync(samtykkeService, sakId, samtykkeId, forAnsatt: true, $"/saker/{sakId}", null, ct);

    [HttpPost("{sakId:guid}/samtykker/{samtykkeId:guid}/trekk")]
    [ActionName("TrekkSamtykke")]
    public async Task<IActionResult> TrekkSamtykkePost(Guid sakId, Guid samtykkeId, Guid versjon, CancellationToken ct) =>
        await this.TrekkSamtykkeAsync(samtykkeService, sakId, samtykkeId, versjon, forAnsatt: true, $"/saker/{sakId}",
            "Samtykket er registrert som trukket tilbake.", ct);

    /// <summary>An attachment to the application, for staff who may see the case (404 for anyone else).</summary>
    [HttpGet("{sakId:guid}/vedlegg/{vedleggId:guid}")]
    public async Task<IActionResult> Vedlegg(Guid sakId, Guid vedleggId, CancellationToken ct)
    {
        var vedlegg = await soknadService.AapneVedleggAsync(sakId, vedleggId, ct);
        return vedlegg is null ? NotFound() : File(vedlegg.Innhold, vedlegg.Innholdstype, vedlegg.Filnavn);
    }

    private async Task<IActionResult> VisListeAsync(SakslisteViewModel model, CancellationToken ct)
    {
        model.Liste = await sakService.ListAsync(model.TilFilter(), ct);
        model.Side = model.Liste.Side;
        model.KanRegistrereHenvendelse = tilgang.KanUtenSak(Handling.RegistrerHenvendelse);
        var saksbehandlere = await brukere.MedRolleAsync(Roller.Saksbehandler, ct);
        model.Saksbehandlervalg =
        [
            new("Alle", ""), new("Meg", "meg"), new("Ikke tildelt", "ingen"),
            .. saksbehandlere.Select(s => new SelectListItem(s.Navn, s.Id.ToString())),
        ];
        return View("Index", model);
    }
}

public sealed class SakViewModel
{
    public required SakDetaljer Sak { get; init; }
    public MottakVisning? Mottak { get; init; }
    public VurderingVisning? Vurdering { get; init; }
    public IReadOnlyList<BrevListeElement> Brev { get; init; } = [];
    public SendtSoknadVisning? Soknad { get; init; }
    public required SamtykkeListe Samtykker { get; init; }
}
