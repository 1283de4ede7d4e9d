using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace BoOppfolging.Web.Infrastruktur;

/// <summary>Marks actions a staff member may use before two-factor is set up (set-up, log-out, change password).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class UtenTofaktorKravAttribute : Attribute;

/// <summary>
/// Outside Development (setting Sikkerhet:KrevTofaktorForAnsatte), staff must set up two-factor
/// before they can do anything else; they are sent to the set-up page.
/// </summary>
public sealed class TofaktorKravFilter(IConfiguration configuration) : IAsyncActionFilter
{
    public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var krev = configuration.GetValue("Sikkerhet:KrevTofaktorForAnsatte", true);
        if (krev
            && user.Identity?.IsAuthenticated == true
            && Roller.Ansatte.Any(user.IsInRole)
            && user.FindFirst(AppClaimsPrincipalFactory.TofaktorClaim)?.Value != "true"
            && !context.ActionDescriptor.EndpointMetadata.OfType<UtenTofaktorKravAttribute>().Any())
        {
            context.Result = new RedirectToActionResult("Tofaktor", "Konto", null);
            return Task.CompletedTask;
        }

        return next();
    }
}
