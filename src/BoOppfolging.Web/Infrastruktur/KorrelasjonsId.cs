using System.Text.RegularExpressions;
using Serilog.Context;

namespace BoOppfolging.Web.Infrastruktur;

/// <summary>
/// Gives every request a correlation id: the caller's X-Correlation-Id when it is a safe token,
/// else a new one. It is the request's TraceIdentifier, is on every log line, is returned in the
/// response header and is shown on the error page.
/// </summary>
public sealed partial class KorrelasjonsIdMiddleware(RequestDelegate next)
{
    public const string Header = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var innkommende = context.Request.Headers[Header].ToString();
        var id = TryggId().IsMatch(innkommende) ? innkommende : Guid.NewGuid().ToString("N");
        context.TraceIdentifier = id;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = id;
            return Task.CompletedTask;
        });
        using (LogContext.PushProperty("KorrelasjonsId", id))
        {
            await next(context);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9-]{8,64}$")]
    private static partial Regex TryggId();
}
