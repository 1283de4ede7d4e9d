using BoOppfolging.Application.Soknad;

namespace BoOppfolging.Web.Infrastruktur;

/// <summary>Deletes application drafts never sent, 30 days after their last change; runs every six hours.</summary>
public sealed class UtkastOpprydding(IServiceScopeFactory scopes, TimeProvider tid, ILogger<UtkastOpprydding> logger) : BackgroundService
{
    private static readonly TimeSpan Intervall = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Intervall, tid);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SoknadService>().SlettGamleUtkastAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Opprydding av søknadsutkast feilet; prøver igjen om {Timer} timer", Intervall.TotalHours);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
