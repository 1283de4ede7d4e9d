using BoOppfolging.Application;
using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Common;
using BoOppfolging.Datagenerator;
using BoOppfolging.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Test data in volume, from the command line (README: "Testdata i volum").
var kommandolinje = Kommandolinje.Les(args);
if (kommandolinje.Valg is not { } valg)
{
    if (!string.IsNullOrEmpty(kommandolinje.Feil)) Console.Error.WriteLine(kommandolinje.Feil);
    Console.Error.WriteLine(Kommandolinje.Bruk);
    return 2;
}

// The web app's appsettings.json (linked into this project), then the environment, then the command line.
var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .AddInMemoryCollection(kommandolinje.Innstillinger)
    .Build();

// The app's own services, as in Program.cs of the web app: the same DbContext, interceptors and Identity.
var services = new ServiceCollection();
services.AddLogging();
services.AddSingleton(TimeProvider.System);
services.AddSingleton<ICurrentUser, Generatorbruker>();
services.AddApplication();
services.AddInfrastructure(configuration, Directory.GetCurrentDirectory());
await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

using var avbryt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    avbryt.Cancel();
};

var kommune = configuration.GetSection("Kommune").Get<KommuneOptions>() ?? new KommuneOptions();
Console.WriteLine($"BoOppfølging datagenerator: {valg.Saker} saker, frø {valg.Seed}, dato {valg.Basisdato:yyyy-MM-dd}, batch {valg.Batch}");
try
{
    await new Generator(provider.GetRequiredService<IServiceScopeFactory>(), valg, kommune, Console.Out).KjorAsync(avbryt.Token);
    return 0;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("Avbrutt. Sakene som alt er lagret, blir liggende.");
    return 130;
}
catch (InvalidOperationException e)
{
    Console.Error.WriteLine($"Feil: {e.Message}");
    return 1;
}
