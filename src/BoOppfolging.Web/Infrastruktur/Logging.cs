using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace BoOppfolging.Web.Infrastruktur;

/// <summary>
/// Serilog: plain text in Development, one JSON object a line elsewhere, the correlation id on
/// every line. Framework categories that would print request URLs with query strings or SQL are
/// turned down; no personal data is logged (see docs/architecture.md, "Logging").
/// </summary>
public static class Logging
{
    public static void Konfigurer(LoggerConfiguration logger, HostBuilderContext context, IServiceProvider services)
    {
        logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override("System", LogEventLevel.Warning)
            .ReadFrom.Configuration(context.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Applikasjon", "BoOppfolging");

        if (context.HostingEnvironment.IsDevelopment())
        {
            logger.WriteTo.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {{KorrelasjonsId={KorrelasjonsId}}}{NewLine}{Exception}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            logger.WriteTo.Console(new RenderedCompactJsonFormatter());
        }
    }
}
