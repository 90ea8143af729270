using Cms.Api.Caching;
using Cms.Infrastructure.Notifications;

namespace Cms.Api.EditLocks;

/// <summary>
/// LISTENs on <see cref="CmsChannels.EditLocks"/> (a trigger announces every change of hands,
/// from any process) and wakes this process's streams watching that item. Its own connection,
/// so a busy cache listener never delays a take-over message.
/// </summary>
internal sealed class EditLockListener(IConfiguration configuration, EditLockEvents events, ILogger<EditLockListener> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        ListenerLoop.RunAsync(
            ct => IdNotifications.ListenAsync(configuration.GetConnectionString("Cms"), CmsChannels.EditLocks, events.Changed, events.MayAllHaveChanged, ct),
            logger, "edit lock notifications", stoppingToken);
}
