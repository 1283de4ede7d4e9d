using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Application.Samtykker;
using BoOppfolging.Application.Soknad;
using BoOppfolging.Application.Vedtak;
using BoOppfolging.Domain;
using BoOppfolging.Application.Saker;
using BoOppfolging.Web.Features.Shared;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using System.Globalization;
using BoOppfolging.Application.Tilgang;

namespace BoOppfolging.Web.Features.MineSaker;

/// <summary>The citizen's own cases. Another person's case id gives 404, never its contents.</summary>
[Authorize(Policy = Policies.Innbygger)]
[Route("mine-saker")]
public sealed class MineSakerController(
    SakService sakService, SoknadService soknadService, BrevService brevService, SamtykkeService samtykkeService,
    ForberedelseService forberedelser, MineVedtakService mineVedtak, Application.Oppfolging.OppfolgingService oppfolging,
    Application.Klage.KlageService klager) : Controller
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
            await forberedelser.HentMinKartleggingAsync(sakId, ct), await mineVedtak.ListAsync(sakId, ct), await oppfolging.KontakterAsync(sakId, ct),
            await klager.MineAsync(sakId, ct)));
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

    /// <summary>The citizen gives a consent for a pårørende to take part in the mapping: first who, then the wording to confirm.</summary>
    [HttpGet("{sakId:guid}/samtykker/ny")]
    public async Task<IActionResult> NyttSamtykke(Guid sakId, CancellationToken ct)
    {
        var skjema = await samtykkeService.HentSkjemaAsync(sakId, Handling.GiSamtykke, ct);
        if (skjema.IsNotFound) return NotFound();
        if (!skjema.IsSuccess)
        {
            this.SettStatus(skjema.Error!.Melding);
            return Redirect($"/mine-saker/{sakId}");
        }

        return View(new NyttSamtykkeViewModel { Skjema = skjema.Value, Versjon = skjema.Value.Versjon });
    }

    /// <summary>
    /// Without <see cref="NyttSamtykkeViewModel.Bekreft"/>: checks the choice and shows the wording to confirm (nothing
    /// saved). With it: gives the consent. A rejection shows the choice again with the messages; a conflict also takes
    /// the case's new version.
    /// </summary>
    [HttpPost("{sakId:guid}/samtykker/ny")]
    public async Task<IActionResult> NyttSamtykke(Guid sakId, NyttSamtykkeViewModel model, CancellationToken ct)
    {
        var command = model.ToCommand(sakId);
        Result result;
        if (model.Bekreft && !model.Endre)
        {
            result = await samtykkeService.GiAsync(command, ct);
            if (result.IsSuccess)
            {
                this.SettStatus("Takk! Samtykket er gitt. Du kan trekke det tilbake når du vil.");
                return Redirect($"/mine-saker/{sakId}");
            }
        }
        else
        {
            var ordlyd = await samtykkeService.ForhandsvisAsync(command, ct);
            result = ordlyd;
            if (ordlyd.IsSuccess && !model.Endre) model.Ordlyd = ordlyd.Value;
        }

        if (result.IsNotFound) return NotFound();
        var skjema = await samtykkeService.HentSkjemaAsync(sakId, Handling.GiSamtykke, ct);
        if (skjema.IsNotFound) return NotFound();
        if (!skjema.IsSuccess)
        {
            this.SettStatus(skjema.Error!.Melding);
            return Redirect($"/mine-saker/{sakId}");
        }

        if (!result.IsSuccess) ModelState.AddErrors(result);
        model.Skjema = skjema.Value;
        if (result.IsConflict) model.Versjon = skjema.Value.Versjon;
        return View(model);
    }

    [HttpGet("{sakId:guid}/vedlegg/{vedleggId:guid}")]
    public async Task<IActionResult> Vedlegg(Guid sakId, Guid vedleggId, CancellationToken ct)
    {
        var vedlegg = await soknadService.AapneVedleggAsync(sakId, vedleggId, ct);
        return vedlegg is null ? NotFound() : File(vedlegg.Innhold, vedlegg.Innholdstype, vedlegg.Filnavn);
    }
}

/// <summary>
/// The citizen's consent for a pårørende: one named in the application (<see cref="Valg"/> is its place) or a new one.
/// <see cref="Ordlyd"/> is set when the choice is checked and the wording awaits confirmation.
/// </summary>
public sealed class NyttSamtykkeViewModel
{
    public Guid Versjon { get; set; }
    public string? Valg { get; set; }
    public string? Navn { get; set; }
    public string? Relasjon { get; set; }
    public bool Bekreft { get; set; }
    public bool Endre { get; set; }

    [BindNever, ValidateNever] public string? Ordlyd { get; set; }
    [BindNever, ValidateNever] public NyttSamtykkeSkjema Skjema { get; set; } = null!;

    public IEnumerable<SelectListItem> Valgene() =>
    [
        .. Skjema.ParorendeISoknaden.Select((p, i) => new SelectListItem($"{p.Navn} ({p.Relasjon})", i.ToString(CultureInfo.InvariantCulture))),
        new("En annen", SamtykkeService.NyParorende),
    ];

    public GiSamtykkeCommand ToCommand(Guid sakId) => new(sakId, Versjon, Valg, Navn, Relasjon);
}

/// <summary>The citizen's case page: the case, its sent letters, consents, the mapping, and the vedtak they have been sent (newest first).</summary>
public sealed record MinSakViewModel(
    SakDetaljer Sak, IReadOnlyList<BrevListeElement> Brev, SamtykkeListe Samtykker, MinKartleggingVisning? Kartlegging, IReadOnlyList<MittVedtak> Vedtak,
    IReadOnlyList<Application.Oppfolging.Kontaktvisning> Kontakter, IReadOnlyList<Application.Klage.MinKlage> Klager);

/// <summary>The question before an application is withdrawn: the case, the version it was read at, and a conflict message if any.</summary>
public sealed record TrekkSoknadViewModel(SakDetaljer Sak, Guid Versjon, string? Melding = null);
