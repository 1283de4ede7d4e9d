using BoOppfolging.Application.Samtykker;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BoOppfolging.Web.Features.Samtykker;

/// <summary>
/// Staff register a consent the citizen gave after the application, orally (at a meeting, on the phone) or in
/// writing: for a pårørende to take part in the mapping, for the GP, NAV or another service. Offered by the
/// case page's consent list (<c>Shared/_Samtykker</c>) to those the permission table lets do it now; the form
/// follows <c>MottakController.VisAsync/EtterAsync</c>.
/// </summary>
[Authorize(Policy = Policies.Saksarbeid)]
[Route("saker/{sakId:guid}/samtykker")]
public sealed class SamtykkerController(SamtykkeService samtykker) : Controller
{
    [HttpGet("ny")]
    public async Task<IActionResult> Registrer(Guid sakId, CancellationToken ct)
    {
        var skjema = await samtykker.HentSkjemaAsync(sakId, Handling.RegistrerSamtykke, ct);
        if (skjema.IsNotFound) return NotFound();
        if (!skjema.IsSuccess)
        {
            this.SettStatus(skjema.Error!.Melding);
            return Redirect($"/saker/{sakId}");
        }

        return View(new RegistrerSamtykkeViewModel { Skjema = skjema.Value, Versjon = skjema.Value.Versjon });
    }

    /// <summary>A rejection shows the form again with the messages and the input; a conflict also takes the case's new version.</summary>
    [HttpPost("ny")]
    public async Task<IActionResult> Registrer(Guid sakId, RegistrerSamtykkeViewModel model, CancellationToken ct)
    {
        var result = await samtykker.RegistrerAsync(model.ToCommand(sakId), ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result);
            var skjema = await samtykker.HentSkjemaAsync(sakId, Handling.RegistrerSamtykke, ct);
            if (skjema.IsNotFound) return NotFound();
            if (!skjema.IsSuccess)
            {
                this.SettStatus(skjema.Error!.Melding);
                return Redirect($"/saker/{sakId}");
            }

            model.Skjema = skjema.Value;
            if (result.IsConflict) model.Versjon = skjema.Value.Versjon;
            return View(model);
        }

        this.SettStatus("Samtykket er registrert.");
        return Redirect($"/saker/{sakId}");
    }
}

public sealed class RegistrerSamtykkeViewModel
{
    public Guid Versjon { get; set; }
    public Samtykkeformaal? Formaal { get; set; }
    public string? Navn { get; set; }
    public string? Relasjon { get; set; }
    public Samtykkeform? Form { get; set; }
    public DateOnly? Dato { get; set; }

    [BindNever, ValidateNever] public NyttSamtykkeSkjema Skjema { get; set; } = null!;

    public static IEnumerable<SelectListItem> Formaalene =>
    [
        new("En pårørende: kan delta i kartleggingen og få opplysninger om saken", nameof(Samtykkeformaal.Parorende)),
        new("Fastlegen: kommunen kan hente inn opplysninger", nameof(Samtykkeformaal.Fastlege)),
        new("NAV: kommunen kan hente inn opplysninger", nameof(Samtykkeformaal.Nav)),
        new("En annen tjeneste: kommunen kan hente inn opplysninger", nameof(Samtykkeformaal.AnnenTjeneste)),
    ];

    public static IEnumerable<SelectListItem> Former =>
        [new("Muntlig", nameof(Samtykkeform.Muntlig)), new("Skriftlig", nameof(Samtykkeform.Skriftlig))];

    public RegistrerSamtykkeCommand ToCommand(Guid sakId) => new(sakId, Versjon, Formaal, Navn, Relasjon, Form, Dato);
}
