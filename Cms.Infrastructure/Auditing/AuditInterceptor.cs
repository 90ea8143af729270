using Cms.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cms.Infrastructure.Auditing;

/// <summary>
/// Stamps who wrote (and, where the entity keeps it, when) on every added or changed
/// <see cref="IAudited"/> entity as it is saved, so no endpoint can forget to.
/// </summary>
internal sealed class AuditInterceptor(ICurrentActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var entry in context.ChangeTracker.Entries<IAudited>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.RecordWrite(actor.UserName, now, entry.State == EntityState.Added);
            }
        }
    }
}
