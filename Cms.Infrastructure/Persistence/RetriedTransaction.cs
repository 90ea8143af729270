using Microsoft.EntityFrameworkCore;

namespace Cms.Infrastructure.Persistence;

public static class RetriedTransaction
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction under the connection's retry strategy
    /// (a transient failure runs the whole of it again, so it must start from what the database
    /// holds). EF refuses a transaction of one's own under that strategy otherwise.
    /// </summary>
    public static Task InTransactionAsync(this CmsDbContext db, Func<CancellationToken, Task> work, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async cancel =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancel);
            await work(cancel);
            await transaction.CommitAsync(cancel);
        }, ct);
}
