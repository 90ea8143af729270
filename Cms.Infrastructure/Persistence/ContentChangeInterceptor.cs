using Cms.Domain.Authors;
using Cms.Domain.Content;
using Cms.Domain.Curation;
using Cms.Domain.Taxonomy;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cms.Infrastructure.Persistence;

/// <summary>Told after a save that changed content, sections, tags or featured lists: public caches must drop what they hold.</summary>
public interface IContentChangeListener
{
    void ContentChanged();
}

internal sealed class NoContentChangeListener : IContentChangeListener
{
    public void ContentChanged()
    {
    }
}

/// <summary>
/// Notices, on every save, whether anything the public sees changed, and tells the listener
/// once the change has committed, so no reader is served a copy from before it: after the save,
/// or, for a save inside a transaction, after that transaction commits (told earlier, a reader
/// could refill the cache, or read a replica, before the change exists). One instance serves
/// every (pooled) DbContext: what a save touched is kept per context.
/// </summary>
internal sealed class ContentChangeInterceptor(IContentChangeListener listener) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // Contexts with a save in progress (or a failed one) that touched public content.
    private readonly ConditionalWeakTable<DbContext, object> pending = new();

    // Contexts whose transaction holds such a save, not committed yet.
    private readonly ConditionalWeakTable<DbContext, object> uncommitted = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Notify(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Notify(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Remember(DbContext? context)
    {
        if (context is not null && TouchesContent(context))
        {
            pending.AddOrUpdate(context, context);
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Notify(DbContext? context)
    {
        if (context is null || !pending.Remove(context))
        {
            return;
        }

        if (context.Database.CurrentTransaction is null)
        {
            listener.ContentChanged();
        }
        else
        {
            uncommitted.AddOrUpdate(context, context);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && uncommitted.Remove(context))
        {
            listener.ContentChanged();
        }
    }

    // A transaction disposed without commit ends with no event: the entry stays until this
    // context's next transaction ends, which at worst evicts once more than needed.
    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            uncommitted.Remove(context);
        }
    }

    private static bool TouchesContent(DbContext? context) =>
        context is not null && context.ChangeTracker.Entries()
            .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && (e.Entity is ContentItem or Category or Tag or FeaturedList or Author or ContentCredit or RelatedPin || e.Metadata.HasSharedClrType)); // shared type: the item–tag links
}
