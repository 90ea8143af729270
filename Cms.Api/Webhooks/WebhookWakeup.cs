namespace Cms.Api.Webhooks;

/// <summary>
/// Wakes this instance's dispatcher for work no content change announces (an admin's retry).
/// Content changes wake it through ScheduledPublications.NextChange; other instances find such
/// work at their next poll.
/// </summary>
internal sealed class WebhookWakeup
{
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Next => Volatile.Read(ref next).Task;

    public void Wake() =>
        Interlocked.Exchange(ref next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
