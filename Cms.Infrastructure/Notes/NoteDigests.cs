using Cms.Domain.Content;
using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cms.Infrastructure.Notes;

/// <summary>
/// The notes of a page of items in brief, for the newsroom's lists and an item's notes: a
/// count per item and, for an item that was returned and is still a draft, the latest reason.
/// Two queries for the whole page, whatever its size.
/// </summary>
public sealed class NoteDigests(CmsDbContext db)
{
    public async Task<IReadOnlyDictionary<long, NoteDigest>> ForAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var counts = await db.ContentNotes.Where(n => ids.Contains(n.ContentId))
            .GroupBy(n => n.ContentId).Select(g => new { ContentId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.ContentId, x => x.Count, ct);
        // Returned and not yet handed in again: once resubmitted (or further on), the reason is history.
        var returned = await (
                from n in db.ContentNotes
                where ids.Contains(n.ContentId) && n.Kind == ContentNoteKind.Returned
                    && db.ContentItems.Any(c => c.Id == n.ContentId && c.Status == ContentStatus.Draft)
                    && !db.ContentNotes.Any(later => later.ContentId == n.ContentId && later.Kind == ContentNoteKind.Returned && later.Id > n.Id)
                join u in db.Users on n.CreatedBy equals u.UserName into users
                from u in users.DefaultIfEmpty()
                select new { n.ContentId, Notice = new ReturnedNote(n.Text, n.CreatedAt, n.CreatedBy, u == null ? null : u.DisplayName) })
            .ToDictionaryAsync(x => x.ContentId, x => x.Notice, ct);
        return ids.ToDictionary(id => id, id => new NoteDigest(counts.GetValueOrDefault(id), returned.GetValueOrDefault(id)));
    }
}
