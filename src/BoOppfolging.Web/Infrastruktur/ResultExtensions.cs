using BoOppfolging.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace BoOppfolging.Web.Infrastruktur;

public static class ResultExtensions
{
    /// <summary>Puts each error next to its field (or in the summary when it has none).</summary>
    public static void AddErrors(this ModelStateDictionary modelState, Result result, string prefix = "")
    {
        foreach (var feil in result.Errors)
        {
            var felt = string.IsNullOrEmpty(feil.Felt) ? "" : string.IsNullOrEmpty(prefix) ? feil.Felt : $"{prefix}.{feil.Felt}";
            modelState.AddModelError(felt, feil.Melding);
        }
    }
}

public static class ValideringExtensions
{
    /// <summary>Runs a FluentValidation validator on a form and puts its messages next to the fields.</summary>
    public static async Task<bool> ValiderAsync<T>(
        this Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState,
        FluentValidation.IValidator<T> validator, T model, CancellationToken ct)
    {
        var result = await validator.ValidateAsync(model, ct);
        foreach (var feil in result.Errors)
        {
            modelState.AddModelError(feil.PropertyName, feil.ErrorMessage);
        }

        return result.IsValid && modelState.IsValid;
    }
}

public static class BrevSvar
{
    /// <summary>A letter's PDF as a download; 404 when not found, and a refusal (never the file) when the stored copy fails its hash.</summary>
    public static Microsoft.AspNetCore.Mvc.IActionResult Pdf(
        this Microsoft.AspNetCore.Mvc.ControllerBase controller, Result<BoOppfolging.Application.Brev.BrevFil> fil)
    {
        if (fil.IsNotFound) return controller.NotFound();
        if (!fil.IsSuccess) return controller.Problem(fil.Error!.Melding, statusCode: StatusCodes.Status500InternalServerError);
        return controller.File(fil.Value.Innhold, "application/pdf", fil.Value.Filnavn);
    }
}
