using Cms.Api.Common;
using Cms.Domain.Common;
using Cms.Domain.Taxonomy;
using Cms.Infrastructure.Persistence;
using Npgsql;

namespace Cms.Api.Tags;

/// <summary>
/// A tag as the public may see it: only while a published item carries it. Tags are created
/// as editors type them, and a draft's may name what is not yet news.
/// </summary>
internal static class PublicTags
{
    /// <summary>
    /// The tag with the slug, or the one it became (an old slug after a rename or merge: the
    /// answer names the tag's current slug, for the site to link to). From the tag's links to
    /// the first public item: usually the first link. "LIMIT 1" makes
    /// PostgreSQL follow links one by one and stop there; as EXISTS it read every link of a
    /// common tag first, and through EF it went through items (bench/README.md, "Figures
    /// behind the code").
    /// </summary>
    private static readonly string Sql = $"""
        SELECT t.name, t.slug FROM tags t
        WHERE t.id = ({TagPlanner.CurrentOrOldSlugSql}) AND (
            SELECT 1 FROM content_item_tags it JOIN content_items c ON c.id = it.content_item_id
            WHERE it.tags_id = t.id AND {PublicSql.At("c", "$2")}
            LIMIT 1) = 1
        """;

    /// <param name="db">The database.</param>
    /// <param name="slugOrName">The tag's slug, or its name as written ("Sóc Trăng" finds soc-trang).</param>
    /// <param name="now">What is public is decided at this time.</param>
    /// <param name="ct">Cancellation.</param>
    /// <exception cref="NotFoundException">No published item carries a tag with this slug.</exception>
    public static async Task<TagResponse> FindAsync(CmsDbContext db, string slugOrName, DateTimeOffset now, CancellationToken ct)
    {
        var slug = Tag.SlugOf(slugOrName);
        var found = await db.ReadAsync(Sql, row => new TagResponse { Name = row.GetString(0), Slug = row.GetString(1) }, ct,
            new NpgsqlParameter<string> { TypedValue = slug }, new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() });
        return found.Count > 0 ? found[0] : throw new NotFoundException("Tag", slug);
    }
}
