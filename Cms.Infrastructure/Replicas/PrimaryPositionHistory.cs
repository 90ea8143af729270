namespace Cms.Infrastructure.Replicas;

/// <summary>
/// The primary's log position sampled once a check round, kept for a while, to say how long ago
/// the primary had written what a replica has not replayed yet. That is the lag readers would
/// see. The usual "now − pg_last_xact_replay_timestamp()" is not: after a quiet hour, a replica
/// a few milliseconds behind the first new commit would look an hour behind.
/// </summary>
public sealed class PrimaryPositionHistory(TimeSpan keep)
{
    private readonly Queue<(DateTimeOffset At, ulong Position)> samples = new();

    public void Add(DateTimeOffset at, ulong position)
    {
        samples.Enqueue((at, position));
        while (samples.Count > 1 && samples.Peek().At < at - keep)
        {
            samples.Dequeue();
        }
    }

    /// <summary>
    /// How long ago the primary first held log the replica has not replayed: zero when it has
    /// replayed the newest sample; at least the age of the oldest sample kept when it has not
    /// even replayed that.
    /// </summary>
    public TimeSpan LagOf(ulong replayed, DateTimeOffset now)
    {
        foreach (var (at, position) in samples)
        {
            if (position > replayed)
            {
                return now - at;
            }
        }

        return TimeSpan.Zero;
    }
}
