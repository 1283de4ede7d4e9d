using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Web.Infrastruktur;

/// <summary>
/// A save that lost a race with another user's save (the Versjon concurrency token) is answered
/// 409 with a page that explains it, instead of a 500. Nothing of the other user's change is lost;
/// services that know the form re-show it with <see cref="BoOppfolging.Domain.Feil.Konflikt"/> instead.
/// </summary>
public sealed class KonfliktFilter(ILogger<KonfliktFilter> logger) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.Exception is not DbUpdateConcurrencyException) return;
        logger.LogWarning("Samtidig endring avvist for {Sti}", context.HttpContext.Request.Path);
        context.Result = new StatusCodeResult(StatusCodes.Status409Conflict);
        context.ExceptionHandled = true;
    }
}
