using Npgsql;

namespace Cms.Infrastructure.Notifications;

/// <summary>
/// A database session LISTENing on every <see cref="CmsChannels"/> channel: what the API's cache
/// eviction hears changes by. Its own connection, outside the pool: it lives as long as the
/// process, and its LISTENs must never reach a pooled connection (those are not reset on reuse,
/// Persistence/ConnectionDefaults).
/// </summary>
public sealed class NotificationSession : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;

    private NotificationSession(NpgsqlConnection connection) => this.connection = connection;

    /// <summary>
    /// Opens the session and starts listening; <paramref name="heard"/> is called with a
    /// channel's name and the payload for each notification, while <see cref="WaitAsync"/> runs.
    /// PostgreSQL delivers them in the order their transactions committed.
    /// </summary>
    public static Task<NotificationSession> ListenAsync(string? connectionString, Action<string, string> heard, CancellationToken ct) =>
        ListenAsync(connectionString, [CmsChannels.Content, CmsChannels.Views], heard, ct);

    /// <summary>The same, on the named channels only.</summary>
    public static async Task<NotificationSession> ListenAsync(string? connectionString, IReadOnlyList<string> channels, Action<string, string> heard, CancellationToken ct)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        var connection = new NpgsqlConnection(unpooled.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            connection.Notification += (_, notification) => heard(notification.Channel, notification.Payload);
            await using var listen = new NpgsqlCommand(string.Join("; ", channels.Select(c => $"LISTEN {c}")), connection);
            await listen.ExecuteNonQueryAsync(ct);
            return new NotificationSession(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits for the next notification (and delivers it); throws when the connection is lost.</summary>
    public Task WaitAsync(CancellationToken ct) => connection.WaitAsync(ct);

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
