namespace Cms.Api.Caching;

/// <summary>
/// Keeps a LISTENing session alive for the life of the process: runs it, and when the
/// connection is lost tries again with backoff (1 s doubling to 30 s) until the host stops.
/// </summary>
internal static class ListenerLoop
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(Func<CancellationToken, Task> listen, ILogger logger, string what, CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await listen(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Not hearing {What}; trying again in {Delay}", what, delay);
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
            }
        }
    }
}
