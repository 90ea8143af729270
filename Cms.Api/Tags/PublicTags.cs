using Cms.Api.Common;
using Cms.Api.Content;
using Cms.Domain.Common;
using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Tags;

/// <summary>
/// A tag as the public may see it: only while a published item carries it. Tags are created
/// as editors type them, and a draft's may name what is not yet news.
/// </summary>
internal static class PublicTags
{
    /// <exception cref="NotFoundException">No published item carries a tag with this slug.</exception>
    public static async Task<TagResponse> FindAsync(CmsDbContext db, string slug, DateTimeOffset now, CancellationToken ct)
    {
        var publicItems = db.ContentItems.PublicAt(now);
        return await db.Tags.AsNoTracking()
            .Where(t => t.Slug == slug && publicItems.Any(c => c.Tags.Any(x => x.Id == t.Id)))
            .Select(t => new TagResponse { Name = t.Name, Slug = t.Slug })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Tag", slug);
    }
}
