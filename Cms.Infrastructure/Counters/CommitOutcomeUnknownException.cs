namespace Cms.Infrastructure.Counters;

/// <summary>
/// A batch's COMMIT failed on the way (connection cut, timeout): PostgreSQL may have committed it
/// or not. Only retrying the same batch id tells which, so its hits are neither given up nor
/// counted twice.
/// </summary>
public sealed class CommitOutcomeUnknownException(Exception inner)
    : Exception("The database may or may not have committed the counter batch.", inner);
