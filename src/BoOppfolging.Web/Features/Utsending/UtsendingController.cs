using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Vedtak;
using BoOppfolging.Domain;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BoOppfolging.Web.Features.Utsending;

/// <summary>
/// "Klar til utsending" for team leaders: the letters of approved vedtak not yet sent. They pick one or many, register them sent on
/// a date by a channel (<see cref="BrevService.SendFlereAsync"/>: each stored as its PDF with the complaint deadline counted from that
/// day), and print them as one PDF of the stored copies. Whether each letter may be sent is the permission table's
/// <c>SendBrev</c>, asked per letter by the service.
/// </summary>
[Authorize(Policy = Policies.Godkjenning)]
public sealed class UtsendingController(VedtakService vedtak, BrevService brev, TimeProvider tid) : Controller
{
    private const string FeilNokkel = "Utsending.Feil";

    [HttpGet("vedtak/utsending")]
    public async Task<IActionResult> Index(string? side, CancellationToken ct) =>
        View("Index", new UtsendingViewModel
        {
            Side = await vedtak.KlarTilUtsendingAsync(int.TryParse(side, out var s) ? s : 1, ct),
            SendtDato = Norsktid.Dato(tid.GetUtcNow()),
        });

    [HttpPost("vedtak/utsending")]
    public async Task<IActionResult> Index(UtsendingViewModel model, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!ModelState.IsValid) return await VisIgjenAsync(model, ct);
        var result = await brev.SendFlereAsync(new SendFlereBrevCommand(model.BrevIder, model.SendtDato, model.Forsendelse), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result);
            return await VisIgjenAsync(model, ct);
        }

        var sendt = result.Value.Where(u => u.Result.IsSuccess).Select(u => u.BrevId).ToList();
        var feil = result.Value.Where(u => !u.Result.IsSuccess).Select(Feilmelding).ToList();
        if (sendt.Count == 0)
        {
            foreach (var f in feil) ModelState.AddModelError(nameof(UtsendingViewModel.BrevIder), f);
            return await VisIgjenAsync(model, ct);
        }

        this.SettStatus(sendt.Count == 1 ? "1 brev er registrert som sendt." : $"{sendt.Count} brev er registrert som sendt.");
        if (feil.Count > 0) TempData[FeilNokkel] = string.Join("\n", feil);
        return Redirect("/vedtak/utsending/sendt?" + string.Join("&", sendt.Select(id => $"brev={id}")));
    }

    /// <summary>The receipt of a batch: what was sent, how, each complaint deadline, and the stored letters as one PDF to print.</summary>
    [HttpGet("vedtak/utsending/sendt")]
    public async Task<IActionResult> Sendt([FromQuery(Name = "brev")] List<Guid> brevIder, CancellationToken ct)
    {
        var rader = await vedtak.SendteBrevAsync(brevIder ?? [], ct);
        var feil = TempData[FeilNokkel] is string f ? f.Split('\n') : [];
        return View("Sendt", new UtsendtViewModel(rader, feil));
    }

    [HttpGet("vedtak/utsending/pdf")]
    public async Task<IActionResult> Pdf([FromQuery(Name = "brev")] List<Guid> brevIder, CancellationToken ct) =>
        this.Pdf(await brev.HentSamletPdfAsync(brevIder ?? [], ct));

    private async Task<IActionResult> VisIgjenAsync(UtsendingViewModel model, CancellationToken ct)
    {
        model.Side = await vedtak.KlarTilUtsendingAsync(model.SideNummer, ct);
        return View("Index", model);
    }

    private static string Feilmelding(Utsendt u) =>
        u.Result.IsNotFound
            ? "Et av brevene finnes ikke lenger på listen. Last siden på nytt."
            : $"{u.Referanse}: {string.Join(" ", u.Result.Errors.Select(e => e.Melding))}";
}

public sealed class UtsendingViewModel
{
    public List<Guid> BrevIder { get; set; } = [];

    public DateOnly? SendtDato { get; set; }

    public Forsendelse? Forsendelse { get; set; }

    public int SideNummer { get; set; } = 1;

    [BindNever]
    [ValidateNever]
    public KlarTilUtsendingSide Side { get; set; } = null!;

    public static IEnumerable<SelectListItem> Forsendelser =>
        Enum.GetValues<Domain.Forsendelse>().Select(f => new SelectListItem(f.Visningsnavn(), f.ToString()));
}

public sealed record UtsendtViewModel(IReadOnlyList<SendtVedtaksbrevRad> Rader, IReadOnlyList<string> Feil)
{
    public string PdfUrl => "/vedtak/utsending/pdf?" + string.Join("&", Rader.Select(r => $"brev={r.BrevId}"));
}
