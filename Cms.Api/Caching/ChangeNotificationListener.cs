using Cms.Infrastructure.Notifications;

namespace Cms.Api.Caching;

/// <summary>
/// Keeps one connection LISTENing for changes made through any API instance (or psql) and
/// drops this instance's cached public responses and list totals when one commits. Reconnects
/// with backoff; after a reconnect it evicts once, since changes may have passed unheard.
/// </summary>
internal sealed class ChangeNotificationListener(
    IConfiguration configuration, PublicCacheEviction eviction, ILogger<ChangeNotificationListener> logger) : BackgroundService
{
    private string? lastHeard;

    /// <summary>
    /// The payload of the last notification acted on. The triggers send none; whoever needs to
    /// know that every notification committed before a moment has been acted on (a test about to
    /// cache a response) sends its own payload and waits to see it here, since PostgreSQL
    /// delivers notifications in commit order.
    /// </summary>
    public string? LastHeard => Volatile.Read(ref lastHeard);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        ListenerLoop.RunAsync(ListenAsync, logger, "change notifications", stoppingToken);

    private async Task ListenAsync(CancellationToken ct)
    {
        await using var session = await NotificationSession.ListenAsync(configuration.GetConnectionString("Cms"), (channel, payload) =>
        {
            if (channel == CmsChannels.Content)
            {
                eviction.ContentChanged();
            }
            else if (channel == CmsChannels.Views)
            {
                eviction.ViewsChanged();
            }

            Volatile.Write(ref lastHeard, payload);
        }, ct);

        eviction.ContentChanged(); // whatever happened while nobody listened
        eviction.ViewsChanged();
        while (true)
        {
            await session.WaitAsync(ct);
        }
    }
}
