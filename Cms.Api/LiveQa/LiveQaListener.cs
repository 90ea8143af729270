using Cms.Api.Caching;
using Cms.Infrastructure.Notifications;

namespace Cms.Api.LiveQa;

/// <summary>
/// LISTENs on <see cref="CmsChannels.LiveQa"/> (triggers announce a session's change and an
/// answer published, from any process) and wakes this process's room for that interview. Its
/// own connection, as the edit locks have theirs: a busy cache listener never delays an answer.
/// </summary>
internal sealed class LiveQaListener(IConfiguration configuration, LiveQaHub hub, ILogger<LiveQaListener> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        ListenerLoop.RunAsync(
            ct => IdNotifications.ListenAsync(configuration.GetConnectionString("Cms"), CmsChannels.LiveQa, hub.Changed, hub.MayAllHaveChanged, ct),
            logger, "live Q&A notifications", stoppingToken);
}
