using Cms.Domain.Common;
using Cms.Domain.Content;

namespace Cms.Domain.Users;

/// <summary>
/// What each newsroom role may do with one content item. Endpoint policies decide who may
/// call an endpoint at all (publishing is for editors); these rules decide, per item, what
/// an author may touch: only what they created, and only until it goes to an editor's hands
/// for good (draft or in review).
/// </summary>
public static class EditorialRights
{
    public static bool MaySee(Actor actor, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(item);
        return actor.IsEditor || IsOwn(actor, item);
    }

    public static void EnsureMaySee(Actor actor, ContentItem item)
    {
        if (!MaySee(actor, item))
        {
            throw new ForbiddenException("Authors may only open items they created.");
        }
    }

    public static void EnsureMayEdit(Actor actor, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(item);
        if (actor.IsEditor)
        {
            return;
        }

        if (!IsOwn(actor, item))
        {
            throw new ForbiddenException("Authors may only edit items they created.");
        }

        if (item.Status is not (ContentStatus.Draft or ContentStatus.InReview))
        {
            throw new ForbiddenException($"This item is {item.Status.ToString().ToLowerInvariant()}; only an editor may change it now.");
        }
    }

    /// <summary>
    /// Whether <paramref name="actor"/> may take the edit lock of an item they may edit away from
    /// <paramref name="holder"/>: editors and admins from anyone (they edit every item); an author
    /// only from themselves in another tab, since nobody else edits an author's own draft but an editor.
    /// </summary>
    public static void EnsureMayTakeOverLock(Actor actor, string holder)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsEditor && !string.Equals(holder, actor.UserName, StringComparison.Ordinal))
        {
            throw new ForbiddenException("Authors may only take over their own edit locks (another tab of theirs); ask an editor.");
        }
    }

    /// <summary>A note goes only by the hand of whoever wrote it, or an editor's.</summary>
    public static void EnsureMayDeleteNote(Actor actor, ContentNote note)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(note);
        if (!actor.IsEditor && !string.Equals(note.CreatedBy, actor.UserName, StringComparison.Ordinal))
        {
            throw new ForbiddenException("Authors may only delete notes they wrote.");
        }
    }

    private static bool IsOwn(Actor actor, ContentItem item) =>
        item.CreatedBy is { } creator && string.Equals(creator, actor.UserName, StringComparison.Ordinal);
}
