using BoOppfolging.Application.Dokumenter;
using BoOppfolging.Application.Klage;
using BoOppfolging.Application.Soknad;

namespace BoOppfolging.Web.Infrastruktur;

/// <summary>
/// Deletes application and complaint drafts never sent, 30 days after their last change, and then the files in the
/// document store no row refers to any more (<see cref="DokumentOpprydding"/>); runs every six hours.
/// </summary>
public sealed class UtkastOpprydding(IServiceScopeFactory scopes, TimeProvider tid, ILogger<UtkastOpprydding> logger) : BackgroundService
{
    private static readonly TimeSpan Intervall = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Intervall, tid);
        do
        {
            await KjorAsync<SoknadService>(s => s.SlettGamleUtkastAsync(stoppingToken), "søknadsutkast");
            await KjorAsync<KlageService>(s => s.SlettGamleUtkastAsync(stoppingToken), "klageutkast");
            await KjorAsync<DokumentOpprydding>(d => d.SlettUrefererteAsync(stoppingToken), "dokumentlageret");
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One clean-up in a scope of its own; a failure is logged and does not stop the other.</summary>
    private async Task KjorAsync<T>(Func<T, Task> rydd, string hva)
        where T : notnull
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await rydd(scope.ServiceProvider.GetRequiredService<T>());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Opprydding av {Hva} feilet; prøver igjen om {Timer} timer", hva, Intervall.TotalHours);
        }
    }
}
