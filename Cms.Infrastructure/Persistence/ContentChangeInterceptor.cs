using Cms.Domain.Content;
using Cms.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cms.Infrastructure.Persistence;

/// <summary>Told after a save that changed content, sections or tags: public caches must drop what they hold.</summary>
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
/// once the transaction has committed, so no reader is served a copy from before it.
/// </summary>
internal sealed class ContentChangeInterceptor(IContentChangeListener listener) : SaveChangesInterceptor
{
    private bool changed;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        changed |= TouchesContent(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        changed |= TouchesContent(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Notify();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Notify();
        return ValueTask.FromResult(result);
    }

    private void Notify()
    {
        if (changed)
        {
            changed = false;
            listener.ContentChanged();
        }
    }

    private static bool TouchesContent(DbContext? context) =>
        context is not null && context.ChangeTracker.Entries()
            .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && (e.Entity is ContentItem or Category or Tag || e.Metadata.HasSharedClrType)); // shared type: the item–tag links
}
