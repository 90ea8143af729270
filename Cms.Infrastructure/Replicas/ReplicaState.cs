namespace Cms.Infrastructure.Replicas;

/// <summary>Where a replica stands; only <see cref="InRotation"/> takes reads.</summary>
public enum ReplicaState
{
    /// <summary>Not checked yet (just started).</summary>
    Unknown,

    /// <summary>Answers, is still a standby, and its replay lags less than the allowed maximum.</summary>
    InRotation,

    /// <summary>Answers, but replays more than the allowed maximum behind the primary.</summary>
    Lagging,

    /// <summary>Does not answer (refused, timed out, or a read on it failed).</summary>
    Down,

    /// <summary>No longer in recovery: promoted, so its data may part from the primary's from now on.</summary>
    Promoted,
}
