using Cms.Api.Caching;
using Cms.Infrastructure.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Cms.Tests.Support;

/// <summary>
/// Changes made to the database directly, as another process (or an operator in psql) would,
/// and the wait for an API instance to have heard of them.
/// </summary>
public static class DatabaseBehindTheApi
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Changes an item's title with triggers off (no change notification): no API instance
    /// hears of it, so none evicts or moves its read position. Only what was read before (a
    /// cached copy, a replica not replayed this far) still shows the old title.
    /// </summary>
    public static Task RenameQuietlyAsync(string connectionString, long id, string title) =>
        RenameAsync(connectionString, id, title, quietly: true);

    /// <summary>Changes an item's title as another process would: the triggers tell every instance once it commits.</summary>
    public static Task RenameAsync(string connectionString, long id, string title) =>
        RenameAsync(connectionString, id, title, quietly: false);

    /// <summary>
    /// Returns once the app's instance has acted on every change notification committed so far:
    /// sends one of its own, which PostgreSQL delivers after all of those, and waits to hear it.
    /// (Sent again if unheard for a while: one sent before the instance's listener had connected
    /// is not delivered, and on connecting the listener evicts once anyway.)
    /// </summary>
    public static async Task NotificationsHeardAsync(CmsApp app)
    {
        var listener = app.Factory.Services.GetServices<IHostedService>().OfType<ChangeNotificationListener>().Single();
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync(Ct);
        for (var attempt = 0; attempt < 15; attempt++)
        {
            var marker = Guid.NewGuid().ToString("N");
            await using (var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @marker)", connection))
            {
                notify.Parameters.AddWithValue("channel", CmsChannels.Content);
                notify.Parameters.AddWithValue("marker", marker);
                await notify.ExecuteNonQueryAsync(Ct);
            }

            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (waited.Elapsed < TimeSpan.FromSeconds(2))
            {
                if (listener.LastHeard == marker)
                {
                    return;
                }

                await Task.Delay(10, Ct);
            }
        }

        Assert.Fail("This instance did not hear its change notifications.");
    }

    private static async Task RenameAsync(string connectionString, long id, string title, bool quietly)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var transaction = await connection.BeginTransactionAsync(Ct);
        if (quietly)
        {
            await using var quiet = new NpgsqlCommand("SET LOCAL session_replication_role = replica", connection, transaction);
            await quiet.ExecuteNonQueryAsync(Ct);
        }

        await using (var rename = new NpgsqlCommand("UPDATE content_items SET title = @title WHERE id = @id", connection, transaction))
        {
            rename.Parameters.AddWithValue("title", title);
            rename.Parameters.AddWithValue("id", id);
            await rename.ExecuteNonQueryAsync(Ct);
        }

        await transaction.CommitAsync(Ct);
    }
}
