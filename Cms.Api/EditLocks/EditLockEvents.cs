using System.Collections.Concurrent;

namespace Cms.Api.EditLocks;

/// <summary>
/// This process's open lock-events streams, woken when the database announces that an item's
/// lock changed hands (<see cref="EditLockListener"/>), whichever process made the change.
/// </summary>
internal sealed class EditLockEvents
{
    private readonly ConcurrentDictionary<LockWatch, byte> watches = new();

    public LockWatch Watch(long contentId)
    {
        var watch = new LockWatch(contentId, w => watches.TryRemove(w, out _));
        watches.TryAdd(watch, 0);
        return watch;
    }

    public void Changed(long contentId)
    {
        foreach (var watch in watches.Keys.Where(w => w.ContentId == contentId))
        {
            watch.Wake();
        }
    }

    /// <summary>After the listening connection was lost: any lock may have changed unheard.</summary>
    public void MayAllHaveChanged()
    {
        foreach (var watch in watches.Keys)
        {
            watch.Wake();
        }
    }
}
