using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cms.Infrastructure.Replicas;

/// <summary>
/// Points each connection a DbContext opens at the request's <see cref="ReadTarget"/>, or at the
/// primary. Done as the connection opens, not when the (pooled) context is handed out, so:
/// a context never carries a replica into a later request; a read retried after its replica
/// failed (Persistence/TransientRetryStrategy) opens on the primary; and the handlers need no
/// second context type. A replica that refuses the connection is taken out of rotation at once.
/// </summary>
internal sealed class ReadTargetInterceptor(ReplicaSet replicas, string primary) : DbConnectionInterceptor
{
    // The string each connection was last given (connections EF made start on the primary).
    // Kept here because a connection's own ConnectionString drops the password once opened.
    private readonly ConditionalWeakTable<DbConnection, string> assigned = new();

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Route(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Route(connection);
        return ValueTask.FromResult(result);
    }

    public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => Failed(connection, eventData.Exception);

    public override Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(connection, eventData.Exception);
        return Task.CompletedTask;
    }

    private void Route(DbConnection connection)
    {
        if (!replicas.Any)
        {
            return;
        }

        var wanted = ReadTarget.Current is { InRotation: true } replica ? replica.ConnectionString : primary;
        var current = assigned.TryGetValue(connection, out var given) ? given : primary;
        if (!ReferenceEquals(current, wanted))
        {
            connection.ConnectionString = wanted;
            assigned.AddOrUpdate(connection, wanted);
        }
    }

    private void Failed(DbConnection connection, Exception error)
    {
        if (ReadTarget.Current is { } replica && assigned.TryGetValue(connection, out var given) && ReferenceEquals(given, replica.ConnectionString))
        {
            replicas.ReadFailed(replica, error);
        }
    }
}
