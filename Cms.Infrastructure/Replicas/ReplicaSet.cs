namespace Cms.Infrastructure.Replicas;

/// <summary>
/// The read replicas (none unless ConnectionStrings:CmsReplicas names some) and the one rule for
/// using them: a public read goes to a replica in rotation that has replayed past every change
/// this process has heard of (<see cref="WalPositions"/>), else to the primary. Round robin among
/// those that qualify.
/// </summary>
/// <param name="queries">Their position and status queries; null when there are none.</param>
public sealed class ReplicaSet(IReadOnlyList<Replica> replicas, WalPositions positions, ReplicaQueries? queries) : IAsyncDisposable
{
    private int next = -1;

    public IReadOnlyList<Replica> All => replicas;

    public bool Any => replicas.Count > 0;

    public WalPositions Positions => positions;

    /// <summary>What the monitor asks the servers; null when there are no replicas.</summary>
    public ReplicaQueries? Queries => queries;

    /// <summary>
    /// The replica a public read may use now, or null for the primary; <paramref name="readAfter"/>:
    /// a position the caller asks to see (Cms-Read-After), 0 for none. Never waits: a replica
    /// known to be behind sends this read to the primary and has its position read again in the
    /// background, so the reads after it go back to it as soon as it has caught up.
    /// </summary>
    public Replica? Choose(ulong readAfter = 0)
    {
        if (replicas.Count == 0 || !positions.Settled)
        {
            return null;
        }

        var required = Math.Max(positions.Required, readAfter);
        var start = (uint)Interlocked.Increment(ref next);
        for (var i = 0; i < replicas.Count; i++)
        {
            var replica = replicas[(int)((start + (uint)i) % (uint)replicas.Count)];
            if (replica.InRotation && replica.Replayed >= required)
            {
                return replica;
            }
        }

        foreach (var replica in replicas)
        {
            if (replica.InRotation)
            {
                CheckInBackground(replica);
            }
        }

        return null;
    }

    /// <summary>A read on the replica failed for a reason of the replica's own: out of rotation until the monitor finds it well.</summary>
    public void ReadFailed(Replica replica, Exception error) => replica.Failed(error, DateTimeOffset.UtcNow);

    private void CheckInBackground(Replica replica)
    {
        if (queries is null || !replica.TryStartCheck())
        {
            return; // one check per replica at a time; the monitor's next round covers the rest
        }

        _ = Task.Run(async () =>
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(ReplicaConnections.DefaultTimeoutSeconds));
                replica.ReplayedAtLeast((await queries.StatusAsync(replica, timeout.Token)).Replayed);
            }
            catch (Exception)
            {
                // The monitor's round finds out what is wrong and says so in /health/ready.
            }
            finally
            {
                replica.CheckDone();
            }
        });
    }

    public ValueTask DisposeAsync() => queries?.DisposeAsync() ?? ValueTask.CompletedTask;
}
