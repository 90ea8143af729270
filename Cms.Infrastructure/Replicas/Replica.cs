namespace Cms.Infrastructure.Replicas;

/// <summary>
/// One read replica as this process sees it: its state, how far it has replayed the primary's
/// write-ahead log and how far behind that is. Written by the monitor (Cms.Api/Replicas) and by
/// reads that fail on it; read by every public request, so plain volatile fields, no locks.
/// </summary>
public sealed class Replica(ReplicaServer server)
{
    private volatile StateReport report = new(ReplicaState.Unknown, null, null, null);
    private long replayed;
    private int checking;

    public string Name => server.Name;

    public string ConnectionString => server.ConnectionString;

    public ReplicaState State => report.State;

    public bool InRotation => report.State == ReplicaState.InRotation;

    /// <summary>The newest write-ahead log position it is known to have replayed (0: not known).</summary>
    public ulong Replayed => (ulong)Volatile.Read(ref replayed);

    /// <summary>How far behind the primary its replay was at the last check.</summary>
    public TimeSpan? Lag => report.Lag;

    public DateTimeOffset? CheckedAt => report.CheckedAt;

    /// <summary>Why it is out of rotation, in words, when it is.</summary>
    public string? Problem => report.Problem;

    /// <summary>The monitor's finding: answers, in recovery or not, replayed so far, lagging so much.</summary>
    public void Observed(bool inRecovery, ulong replayedTo, TimeSpan lag, TimeSpan maxLag, DateTimeOffset at)
    {
        ReplayedAtLeast(replayedTo);
        // Out past maxLag, back only under half of it: a replica hovering at the limit would
        // otherwise flap in and out with every check.
        var limit = report.State == ReplicaState.Lagging ? maxLag / 2 : maxLag;
        report = !inRecovery
            ? new(ReplicaState.Promoted, null, at, "Not in recovery: promoted to a primary; it takes no reads until it is a standby again.")
            : lag > limit
                ? new(ReplicaState.Lagging, lag, at, $"Replay is {lag.TotalSeconds:0.0} s behind the primary (allowed {maxLag.TotalSeconds:0.#} s).")
                : new(ReplicaState.InRotation, lag, at, null);
    }

    /// <summary>It did not answer, or a read on it failed: out of rotation until the monitor finds it well.</summary>
    public void Failed(Exception error, DateTimeOffset at) =>
        report = new(ReplicaState.Down, report.Lag, at, error.GetBaseException().Message);

    /// <summary>A position read outside the monitor's rounds (Replicas/ReplicaSet): positions only ever move forward.</summary>
    public void ReplayedAtLeast(ulong position)
    {
        var known = Volatile.Read(ref replayed);
        while ((ulong)known < position)
        {
            var seen = Interlocked.CompareExchange(ref replayed, (long)position, known);
            if (seen == known)
            {
                return;
            }

            known = seen;
        }
    }

    /// <summary>True for the one caller that may start a position check now; <see cref="CheckDone"/> ends it.</summary>
    internal bool TryStartCheck() => Interlocked.CompareExchange(ref checking, 1, 0) == 0;

    internal void CheckDone() => Volatile.Write(ref checking, 0);

    private sealed record StateReport(ReplicaState State, TimeSpan? Lag, DateTimeOffset? CheckedAt, string? Problem);
}
