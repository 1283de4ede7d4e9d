using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Domain;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BoOppfolging.Web.Features.Kartlegging;

/// <summary>
/// Information from others: the vurderingsteam asks the GP or another service, on the citizen's consent for that
/// source, and lands on the letter to print and send, as the intake's letters do; the answer is registered with its
/// date, a summary and its documents. A source without consent is refused on screen with the reason. The list of
/// requests on the case page is <see cref="InnhentingPanelViewComponent"/>.
/// </summary>
[Authorize(Policy = Policies.Saksarbeid)]
[Route("saker/{sakId:guid}/innhenting")]
public sealed class InnhentingController(InnhentingService innhenting) : Controller
{
    /// <summary>The radio value for a source the case has no consent for.</summary>
    public const string AnnenKilde = "annen";

    private const string Skjema = "/Features/Kartlegging/Innhenting.cshtml";
    private const string SvarSkjema = "/Features/Kartlegging/InnhentingSvar.cshtml";

    [HttpGet("ny")]
    public async Task<IActionResult> Innhenting(Guid sakId, CancellationToken ct)
    {
        var skjema = await innhenting.HentSkjemaAsync(sakId, ct);
        if (skjema.IsNotFound) return NotFound();
        if (!skjema.IsSuccess)
        {
            this.SettStatus(skjema.Error!.Melding);
            return Redirect($"/saker/{sakId}");
        }

        return View(Skjema, new InnhentingViewModel { Skjema = skjema.Value, Versjon = skjema.Value.Versjon });
    }

    [HttpPost("ny")]
    public async Task<IActionResult> Innhenting(Guid sakId, InnhentingViewModel model, CancellationToken ct)
    {
        var result = await innhenting.BestillAsync(model.ToCommand(sakId), ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result);
            var skjema = await innhenting.HentSkjemaAsync(sakId, ct);
            if (skjema.IsNotFound) return NotFound();
            if (!skjema.IsSuccess)
            {
                this.SettStatus(skjema.Error!.Melding);
                return Redirect($"/saker/{sakId}");
            }

            model.Skjema = skjema.Value;
            if (result.IsConflict) model.Versjon = skjema.Value.Versjon;
            return View(Skjema, model);
        }

        this.SettStatus("Forespørselen er registrert, og brevet er laget. Skriv det ut eller last det ned, send det, og registrer når det er sendt.");
        return Redirect($"/saker/{sakId}/brev/{result.Value}");
    }

    [HttpGet("{innhentingId:guid}/svar")]
    public async Task<IActionResult> Svar(Guid sakId, Guid innhentingId, CancellationToken ct)
    {
        var visning = await innhenting.HentAsync(sakId, innhentingId, ct);
        if (!visning.IsSuccess) return NotFound();
        if (!visning.Value.KanRegistrereSvar)
        {
            this.SettStatus(visning.Value.SvarMottatt is null ? "Du kan ikke registrere svar på denne saken nå." : "Svaret er allerede registrert.");
            return Redirect($"/saker/{sakId}");
        }

        return View(SvarSkjema, new InnhentingSvarViewModel { SakId = sakId, Innhenting = visning.Value, Versjon = visning.Value.Versjon });
    }

    [HttpPost("{innhentingId:guid}/svar")]
    [RequestSizeLimit(InnhentingService.MaksVedlegg * Vedlegg.MaksStorrelse + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = InnhentingService.MaksVedlegg * Vedlegg.MaksStorrelse + (1024 * 1024))]
    public async Task<IActionResult> Svar(Guid sakId, Guid innhentingId, InnhentingSvarViewModel model, CancellationToken ct)
    {
        var filer = model.Vedlegg.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        var apne = filer.Select(f => (f, Strom: f.OpenReadStream())).ToList();
        try
        {
            var result = await innhenting.RegistrerSvarAsync(
                new RegistrerInnhentingSvarCommand(sakId, innhentingId, model.Versjon, model.Mottatt, model.Sammendrag,
                    [.. apne.Select(a => new Opplasting(a.f.FileName, a.f.Length, a.Strom))]),
                ct);
            if (result.IsNotFound) return NotFound();
            if (!result.IsSuccess)
            {
                ModelState.AddErrors(result);
                var visning = await innhenting.HentAsync(sakId, innhentingId, ct);
                if (!visning.IsSuccess) return NotFound();
                model.SakId = sakId;
                model.Innhenting = visning.Value;
                if (result.IsConflict) model.Versjon = visning.Value.Versjon;
                return View(SvarSkjema, model);
            }
        }
        finally
        {
            foreach (var (_, strom) in apne) await strom.DisposeAsync();
        }

        this.SettStatus("Svaret er registrert.");
        return Redirect($"/saker/{sakId}");
    }
}

/// <summary>The request form. <see cref="SamtykkeId"/> is a consent's id, or <see cref="InnhentingController.AnnenKilde"/>.</summary>
public sealed class InnhentingViewModel
{
    public Guid Versjon { get; set; }
    public string? SamtykkeId { get; set; }
    public string? AnnenKildeNavn { get; set; }
    public string? Hva { get; set; }
    public DateOnly? Frist { get; set; }
    public string? Adresse { get; set; }
    public string? Postnummer { get; set; }
    public string? Poststed { get; set; }

    [BindNever, ValidateNever] public InnhentingSkjema Skjema { get; set; } = null!;

    public IEnumerable<SelectListItem> Kilder() =>
    [
        .. Skjema.Samtykker.Select(s => new SelectListItem($"{s.Kilde} (samtykke gitt {Visning.Dato(s.Gitt)})", s.Id.ToString())),
        new("Annen kilde", InnhentingController.AnnenKilde),
    ];

    public InnhentOpplysningerCommand ToCommand(Guid sakId) => new(
        sakId, Versjon, Guid.TryParse(SamtykkeId, out var id) ? id : null, SamtykkeId == InnhentingController.AnnenKilde, AnnenKildeNavn, Hva, Frist,
        Adresse, Postnummer, Poststed);
}

public sealed class InnhentingSvarViewModel
{
    public Guid Versjon { get; set; }
    public DateOnly? Mottatt { get; set; }
    public string? Sammendrag { get; set; }

    /// <summary>Never written back: a browser cannot be given a file again.</summary>
    [ValidateNever] public List<IFormFile> Vedlegg { get; set; } = [];

    [BindNever, ValidateNever] public Guid SakId { get; set; }
    [BindNever, ValidateNever] public InnhentingVisning Innhenting { get; set; } = null!;
}

/// <summary>
/// The requests for information on the staff case page: from whom, what, by when, the letter, and the answer
/// with its documents; the links to ask and to register an answer by the permission table. Loads its own read model.
/// </summary>
public sealed class InnhentingPanelViewComponent(InnhentingService innhenting) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid sakId)
    {
        var visning = await innhenting.ListAsync(sakId, HttpContext.RequestAborted);
        if (!visning.IsSuccess || (visning.Value.Innhentinger.Count == 0 && !visning.Value.KanInnhente)) return Content("");
        return View("/Features/Kartlegging/Components/InnhentingPanel/Default.cshtml", visning.Value);
    }
}
