using Cms.Api.Caching;
using Cms.Api.Configuration;
using Cms.Api.Revisions;
using Cms.Api.Telemetry;
using Cms.Domain.Content;
using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Api.Content;

/// <summary>
/// Publishes scheduled items when their time comes: the row becomes Published as with a
/// manual publish, so everything that follows a write follows (a revision, the change log the
/// changes feed reads, NOTIFY to every instance's output cache, webhook events). Readers do
/// not wait for it: every public query already treats a due scheduled item as published
/// (<see cref="PublicNow"/>), this makes the record say so.
/// </summary>
/// <remarks>
/// Runs on every API instance. Due rows are taken with FOR UPDATE SKIP LOCKED and re-checked
/// under the lock, so each item is published by exactly one instance, once.
/// </remarks>
internal sealed class ScheduledPublisher(IServiceScopeFactory scopes, ScheduledPublications schedule, CmsMetrics metrics, IOptions<CmsOptions> options,
    TimeProvider clock, ILogger<ScheduledPublisher> logger) : BackgroundService
{
    /// <summary>Rows per transaction: a backlog (after downtime) is published in short transactions.</summary>
    private const int Batch = 100;

    private static readonly TimeSpan RetryLocked = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // Taken first, so a schedule saved while this round reads is not missed.
            var change = schedule.NextChange;
            var wait = options.Value.Scheduler.PollInterval;
            try
            {
                var roundAt = clock.GetUtcNow();
                var (published, nextDue) = await PublishDueAsync(roundAt, stoppingToken);
                if (published == Batch)
                {
                    continue; // more are due
                }

                if (nextDue is { } due)
                {
                    if (due > roundAt && due <= clock.GetUtcNow())
                    {
                        continue; // fell due while this round ran
                    }

                    // Due at the round's time yet not published here: another instance holds it. Look
                    // again shortly, not in a tight loop.
                    var untilDue = due > roundAt ? due - clock.GetUtcNow() : RetryLocked;
                    wait = untilDue < wait ? untilDue : wait;
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogWarning(error, "Publishing scheduled items failed; retrying in {Wait}", wait);
            }

            // Until the next item falls due, something is scheduled (here or on another instance), or the poll.
            using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            await Task.WhenAny(Task.Delay(wait, clock, wake.Token), change);
            await wake.CancelAsync();
        }
    }

    /// <summary>Publishes what is due now; returns how many, and when the next scheduled item falls due.</summary>
    private async Task<(int Published, DateTimeOffset? NextDue)> PublishDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var scheduled = new ScheduledItems(db);
        var published = 0;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var due = await scheduled.LockDueAsync(now, Batch, ct);
            var revisions = scope.ServiceProvider.GetRequiredService<RevisionLog>();
            foreach (var item in due.Where(item => item.PublishWhenDue(now)))
            {
                await db.Entry(item).Collection(x => x.Tags).LoadAsync(ct); // the revision keeps the whole item
                revisions.Record(item, RevisionActions.Published);
                published++;
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        if (published > 0)
        {
            metrics.ScheduledPublished(published);
            logger.LogInformation("Published {Count} scheduled items", published);
        }

        var nextDue = await scheduled.NextDueAsync(ct);
        return (published, nextDue);
    }
}
