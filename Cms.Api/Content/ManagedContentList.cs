using Cms.Api.Auth;
using Cms.Api.Categories;
using Cms.Api.Common;
using Cms.Domain.Content;
using Cms.Infrastructure.Notes;
using Cms.Infrastructure.Persistence;
using Cms.Infrastructure.Search;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Content;

/// <summary>
/// The newsroom's list of one content type: every status, most recently changed first, filtered
/// by status, section, tag and search words; an author sees only their own items. Each row adds
/// who made and last changed it, whether a next version is being written, and its notes in brief.
/// </summary>
internal sealed class ManagedContentList(CmsDbContext db, CategoryTree tree, NoteDigests notes, TypeAdapterConfig mapping, TimeProvider clock)
{
    public async Task<PagedList<ManagedContentSummary>> ReadAsync<TEntity>(ManagedListQuery query, Domain.Users.Actor actor, CancellationToken ct)
        where TEntity : ContentItem
    {
        var categories = await tree.SelfAndDescendantsAsync(query.Category, ct);
        var tag = query.TagSlug is null ? null : await new TagPlanner(db).FromLinksAsync(query.TagSlug, ct);
        var items = db.Set<TEntity>().InCategories(categories).WithTag(query.TagSlug, tag);
        if (!actor.IsEditor)
        {
            items = items.Where(x => x.CreatedBy == actor.UserName); // authors see their own work
        }

        if (EnumQuery.Parse<ContentStatus>(query.Status, "status") is { } wanted)
        {
            items = items.Where(x => x.Status == wanted);
        }

        if (query.Search is { } search)
        {
            items = items.Matching(search); // drafts too: the newsroom finds its own work
        }

        var ordered = items.OrderByDescending(x => x.UpdatedAt).ThenByDescending(x => x.Id).Select(x => x.Id);
        var idPage = await PagedList<long>.CreateAsync(ordered, query.Paging, ct);
        var page = ContentCards.Page(idPage, await ContentCards.AnyStatusAsync(db, idPage.Items, mapping, clock.GetUtcNow(), ct));
        var ids = page.Items.Select(x => x.Id).ToList();
        var audit = await db.Set<TEntity>().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.CreatedBy, x.UpdatedAt, x.UpdatedBy }).ToDictionaryAsync(x => x.Id, ct);
        var copies = (await db.ContentWorkingCopies.Where(c => ids.Contains(c.ContentId)).Select(c => c.ContentId).ToListAsync(ct)).ToHashSet();
        var digests = await notes.ForAsync(ids, ct);
        return new PagedList<ManagedContentSummary>(
            page.Items.Select(x => WithNotes(new ManagedContentSummary(x, audit[x.Id].CreatedBy, audit[x.Id].UpdatedAt, audit[x.Id].UpdatedBy, copies.Contains(x.Id)), digests[x.Id])).ToList(),
            page.Page, page.PageSize, page.TotalItems, page.TotalPages);
    }

    private static ManagedContentSummary WithNotes(ManagedContentSummary row, NoteDigest digest) => row with
    {
        NoteCount = digest.Count,
        ReturnedReason = digest.Returned?.Reason,
        ReturnedAt = digest.Returned?.At,
        ReturnedBy = digest.Returned?.By,
        ReturnedByName = digest.Returned?.ByName,
    };
}
