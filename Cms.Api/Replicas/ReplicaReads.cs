using Cms.Api.Telemetry;
using Cms.Infrastructure.Replicas;
using Npgsql;

namespace Cms.Api.Replicas;

/// <summary>
/// Sends a public read (<see cref="ReplicaReadable"/>) to a replica that has replayed every change
/// this process has heard of, and as far as the request's Cms-Read-After says (ReplicaSet.Choose),
/// else lets it read the primary. A read that fails
/// on the replica for the replica's sake (down, shutting down, no such database, a conflict with
/// recovery) takes the replica out of rotation and is answered from the primary: readers see no
/// error while the primary answers.
/// </summary>
internal sealed class ReplicaReads(RequestDelegate next, ReplicaSet replicas, CmsMetrics metrics, ILogger<ReplicaReads> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<ReplicaReadable>() is null)
        {
            await next(http);
            return;
        }

        var (readAfter, invalid) = ReadAfter.Of(http.Request);
        if (invalid is not null)
        {
            await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"{ReadAfter.RequestHeader} is not a log position",
                detail: $"Send back the {ReadAfter.PositionHeader} header of GET /changes as it came, e.g. 0/16B3748.").ExecuteAsync(http);
            return;
        }

        if (!replicas.Any)
        {
            await next(http);
            return;
        }

        var replica = replicas.Choose(readAfter ?? 0);
        metrics.PublicRead(replica is not null);
        if (replica is null)
        {
            await next(http);
            return;
        }

        try
        {
            using (ReadTarget.Use(replica))
            {
                await next(http);
            }
        }
        catch (Exception error) when (!http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested && IsReplicasFault(error))
        {
            replicas.ReadFailed(replica, error);
            logger.LogWarning(error, "A read on replica {Replica} failed; it is out of rotation and this read goes to the primary", replica.Name);
            await next(http);
        }
    }

    /// <summary>
    /// A database failure the primary may not share. Not a value PostgreSQL refused (class 22) or a
    /// constraint (23): those are the request's, and the primary would refuse them the same way.
    /// </summary>
    private static bool IsReplicasFault(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: ['2', '2' or '3', ..] })
            {
                return false;
            }

            if (e is NpgsqlException)
            {
                return true;
            }
        }

        return false;
    }
}
