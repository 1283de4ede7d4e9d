using BoOppfolging.Application;
using BoOppfolging.Infrastructure;
using BoOppfolging.Infrastructure.Demo;
using BoOppfolging.Infrastructure.Persistence;
using BoOppfolging.Web.Infrastruktur;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// preserveStaticLogger: each host (also each test host in one process) keeps its own logger.
builder.Host.UseSerilog((context, services, logger) => Logging.Konfigurer(logger, context, services), preserveStaticLogger: true);

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddLeseauditko(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiserAsync(CancellationToken.None);
    if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:Opprett", true))
    {
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
    }
}

app.UseWeb();
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
