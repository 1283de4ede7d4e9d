using BoOppfolging.Application.Vedtak;

namespace BoOppfolging.Web.Infrastruktur;

/// <summary>
/// Ends the cases whose opphørsvedtak's end date has come (<see cref="Opphorskjoring"/>), at start and every hour, so a case
/// ends within the hour after midnight on its end date.
/// </summary>
public sealed class OpphorsJobb(IServiceScopeFactory scopes, TimeProvider tid, ILogger<OpphorsJobb> logger) : BackgroundService
{
    private static readonly TimeSpan Intervall = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Intervall, tid);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<Opphorskjoring>().AvsluttAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Avslutning av saker ved opphørsvedtak feilet; prøver igjen om en time");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
