using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cms.Infrastructure.Changes;

/// <summary>
/// Logs the items whose delivered form changes while their own rows do not: a tag, a section
/// or an author written differently (every item shows the new name), tags merged, an item placed
/// on or taken off a featured list, a picture they show cropped anew. The row trigger
/// logs writes to items; these are writes to what items show, and apps keeping an offline copy
/// must hear of them too. One set-based INSERT into the narrow log: touching the items' rows
/// instead (an UPDATE that changes nothing still fires the trigger) also recomputes each one's
/// search vector, and for a tag on a quarter of a million items that took longer than a
/// request may (bench/README.md). Call it inside the transaction that makes the change, so
/// the log and the change commit together.
/// </summary>
public static class DerivedChanges
{
    /// <summary>Every item carrying the tag.</summary>
    public static Task<int> ItemsTaggedAsync(CmsDbContext db, int tagId, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO content_changes (content_id, type, tx, changed_at)
            SELECT c.id, c.type, pg_current_xact_id()::text::bigint, now()
            FROM content_item_tags l JOIN content_items c ON c.id = l.content_item_id
            WHERE l.tags_id = {tagId}
            ORDER BY c.id
            """, ct);

    /// <summary>
    /// The items given (placed in or taken off a featured list: where they lead changed), so a
    /// static site rewrites the page they lead. Unknown ids are skipped.
    /// </summary>
    public static Task<int> ItemsAsync(CmsDbContext db, IReadOnlyCollection<long> ids, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO content_changes (content_id, type, tx, changed_at)
            SELECT c.id, c.type, pg_current_xact_id()::text::bigint, now()
            FROM content_items c
            WHERE c.id = ANY({ids.ToArray()})
            ORDER BY c.id
            """, ct);

    /// <summary>Every item filed in the section (its sub-sections' items name only their own).</summary>
    public static Task<int> ItemsInSectionAsync(CmsDbContext db, int categoryId, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO content_changes (content_id, type, tx, changed_at)
            SELECT c.id, c.type, pg_current_xact_id()::text::bigint, now()
            FROM content_items c
            WHERE c.category_id = {categoryId}
            ORDER BY c.id
            """, ct);

    /// <summary>Every item crediting the author (once, whatever their roles on it).</summary>
    public static Task<int> ItemsCreditingAsync(CmsDbContext db, int authorId, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO content_changes (content_id, type, tx, changed_at)
            SELECT c.id, c.type, pg_current_xact_id()::text::bigint, now()
            FROM content_items c
            WHERE EXISTS (SELECT 1 FROM content_item_authors ca WHERE ca.content_id = c.id AND ca.author_id = {authorId})
            ORDER BY c.id
            """, ct);

    /// <summary>
    /// Every item showing a picture of the media library whose addresses start with
    /// <paramref name="urlPrefix"/> ("/media/2026/12/3f2a…", the original's and its renditions'
    /// common stem) as its cover, share picture, interviewee's portrait or one of its photos: their
    /// crops moved with the picture's focal point. A scan of the items, which a focal point's
    /// rare move can afford; nothing is indexed by picture.
    /// </summary>
    public static Task<int> ItemsShowingAsync(CmsDbContext db, string urlPrefix, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO content_changes (content_id, type, tx, changed_at)
            SELECT c.id, c.type, pg_current_xact_id()::text::bigint, now()
            FROM content_items c
            WHERE starts_with(c.cover_image->>'Url', {urlPrefix})
               OR starts_with(c.seo->'Image'->>'Url', {urlPrefix})
               OR starts_with(c.interviewee->'Portrait'->>'Url', {urlPrefix})
               OR EXISTS (SELECT 1 FROM jsonb_array_elements(c.photos) p WHERE starts_with(p->'Image'->>'Url', {urlPrefix}))
            ORDER BY c.id
            """, ct);
}
