using System.Globalization;
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
        ListenerLoop.RunAsync(ListenAsync, logger, "edit lock notifications", stoppingToken);

    private async Task ListenAsync(CancellationToken ct)
    {
        await using var session = await NotificationSession.ListenAsync(configuration.GetConnectionString("Cms"), [CmsChannels.EditLocks], (_, payload) =>
        {
            if (long.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out var contentId))
            {
                events.Changed(contentId);
            }
        }, ct);

        events.MayAllHaveChanged();
        while (true)
        {
            await session.WaitAsync(ct);
        }
    }
}
