using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>The team leader's "Bo-oppfølgere": each one's cases and granted hours against their capacity, and the capacity form.</summary>
[Authorize(Policy = Policies.Kapasitet)]
[Route("oppfolging/kapasitet")]
public sealed class KapasitetController(KapasitetService kapasitet) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? team, CancellationToken ct)
    {
        var liste = await kapasitet.ListAsync(team, ct);
        return liste.IsSuccess ? View("/Features/Oppfolging/Kapasitet.cshtml", liste.Value) : NotFound();
    }

    [HttpGet("{brukerId:guid}")]
    public async Task<IActionResult> Endre([FromRoute] Guid brukerId, CancellationToken ct)
    {
        var skjema = await kapasitet.HentAsync(brukerId, ct);
        if (!skjema.IsSuccess) return NotFound();
        return View("/Features/Oppfolging/KapasitetEndre.cshtml", new KapasitetViewModel
        {
            Skjema = skjema.Value, Versjon = skjema.Value.Versjon,
            Timer = skjema.Value.MinutterPerUke is { } m ? Application.Kartlegging.Timeinput.Tekst(m / 15) : null,
        });
    }

    [HttpPost("{brukerId:guid}")]
    public async Task<IActionResult> Endre([FromRoute] Guid brukerId, KapasitetViewModel model, CancellationToken ct)
    {
        var result = ModelState.IsValid ? await kapasitet.LagreAsync(new SettKapasitetCommand(brukerId, model.Versjon, model.Timer), ct) : null;
        if (result is { IsNotFound: true }) return NotFound();
        var skjema = await kapasitet.HentAsync(brukerId, ct);
        if (!skjema.IsSuccess) return NotFound();
        if (result is { IsSuccess: true })
        {
            this.SettStatus($"Kapasiteten til {skjema.Value.Navn} er lagret.");
            return Redirect("/oppfolging/kapasitet");
        }

        if (result is not null) ModelState.AddErrors(result);
        model.Skjema = skjema.Value;
        if (result?.IsConflict == true) model.Versjon = skjema.Value.Versjon;
        return View("/Features/Oppfolging/KapasitetEndre.cshtml", model);
    }
}

public sealed class KapasitetViewModel
{
    public Guid Versjon { get; set; }
    public string? Timer { get; set; }

    [BindNever, ValidateNever] public Kapasitetsskjema Skjema { get; set; } = null!;
}
