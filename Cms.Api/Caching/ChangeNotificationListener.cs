using Cms.Infrastructure.Notifications;
using Npgsql;

namespace Cms.Api.Caching;

/// <summary>
/// Keeps one connection LISTENing for changes made through any API instance (or psql) and
/// drops this instance's cached public responses and list totals when one commits. Reconnects
/// with backoff; after a reconnect it evicts once, since changes may have passed unheard.
/// </summary>
internal sealed class ChangeNotificationListener(
    IConfiguration configuration, PublicCacheEviction eviction, ILogger<ChangeNotificationListener> logger) : BackgroundService
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Not hearing change notifications; trying again in {Delay}", delay);
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

    private async Task ListenAsync(CancellationToken ct)
    {
        // Unpooled: it lives as long as the process, and its LISTENs must never reach a pooled
        // connection (those are not reset on reuse, Persistence/ConnectionDefaults).
        var unpooled = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Cms")) { Pooling = false };
        await using var connection = new NpgsqlConnection(unpooled.ConnectionString);
        await connection.OpenAsync(ct);
        connection.Notification += (_, notification) =>
        {
            if (notification.Channel == CmsChannels.Content)
            {
                eviction.ContentChanged();
            }
            else if (notification.Channel == CmsChannels.Views)
            {
                eviction.ViewsChanged();
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {CmsChannels.Content}; LISTEN {CmsChannels.Views}", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }

        eviction.ContentChanged(); // whatever happened while nobody listened
        eviction.ViewsChanged();
        while (true)
        {
            await connection.WaitAsync(ct);
        }
    }
}
