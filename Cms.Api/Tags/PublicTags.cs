using Cms.Api.Common;
using Cms.Domain.Common;
using Cms.Domain.Taxonomy;
using Cms.Infrastructure.Persistence;

namespace Cms.Api.Tags;

/// <summary>
/// A tag as the public may see it: only while a published item carries it. Tags are created
/// as editors type them, and a draft's may name what is not yet news.
/// </summary>
internal static class PublicTags
{
    /// <summary>
    /// The tag with the slug, or the one it became (an old slug after a rename or merge: the
    /// answer names the tag's current slug, for the site to link to).
    /// </summary>
    /// <param name="db">The database.</param>
    /// <param name="slugOrName">The tag's slug, or its name as written ("Sóc Trăng" finds soc-trang).</param>
    /// <param name="now">What is public is decided at this time.</param>
    /// <param name="ct">Cancellation.</param>
    /// <exception cref="NotFoundException">No published item carries a tag with this slug.</exception>
    public static async Task<TagResponse> FindAsync(CmsDbContext db, string slugOrName, DateTimeOffset now, CancellationToken ct)
    {
        var slug = Tag.SlugOf(slugOrName);
        var found = await new TagQueries(db).PublicAsync(slug, now, ct) ?? throw new NotFoundException("Tag", slug);
        return new TagResponse { Name = found.Name, Slug = found.Slug };
    }
}
