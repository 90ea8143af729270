using System.Globalization;
using Cms.Infrastructure.Notifications;

namespace Cms.Api.Caching;

/// <summary>
/// A LISTENing session on one channel whose payloads are item ids (the edit locks', the live
/// Q&amp;A's): each id is handed on, and once connected (again) everything may have changed
/// unheard. Run inside <see cref="ListenerLoop"/>, which reconnects.
/// </summary>
internal static class IdNotifications
{
    public static async Task ListenAsync(string? connectionString, string channel, Action<long> changed, Action mayAllHaveChanged, CancellationToken ct)
    {
        await using var session = await NotificationSession.ListenAsync(connectionString, [channel], (_, payload) =>
        {
            if (long.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                changed(id);
            }
        }, ct);

        mayAllHaveChanged();
        while (true)
        {
            await session.WaitAsync(ct);
        }
    }
}
