using System.Globalization;
using Npgsql;

namespace Cms.Infrastructure.Persistence;

/// <summary>
/// Decides how a list is narrowed to a tag (TagPlan): a search within a tag follows it; the
/// public lists (PublicListIds) and the editors' list read the tag's links (FromLinksAsync).
/// </summary>
public sealed class TagPlanner(CmsDbContext db)
{
    /// <summary>
    /// How many rows of a list index can be checked for a tag for the price of following one of
    /// the tag's links to its item (measured on a million items, bench/README.md "Figures behind
    /// the code"; a rare tag's items are old and seldom cached, so its links cost the most).
    /// Walking the list costs (skip + take) × items ÷ links checks, starting from the links
    /// costs links follows: the links win while links² ≤ (skip + take) × items ÷ this. Near
    /// the break-even both ways cost the same, so the figure need not be exact.
    /// </summary>
    private const int LinkCostInChecks = 15;

    /// <summary>
    /// The id of the tag with the slug $1, or of the one it became (renamed, or merged into another: its
    /// tag_aliases), so old links, feeds and apps' slugs keep listing its items. A tag with
    /// that slug now wins over an alias.
    /// </summary>
    public const string CurrentOrOldSlugSql = "SELECT id FROM tags WHERE slug = $1 UNION ALL (SELECT tag_id FROM tag_aliases WHERE slug = $1) LIMIT 1";

    private static readonly string TagSql = string.Create(CultureInfo.InvariantCulture, $"""
        SELECT t.id, (SELECT count(*) FROM (SELECT 1 FROM content_item_tags it WHERE it.tags_id = t.id LIMIT few.links) AS counted) < few.links
        FROM tags t,
             (SELECT floor(sqrt($2::float8 * CASE WHEN c.reltuples < 0 THEN 10000 ELSE c.reltuples END / {LinkCostInChecks}))::int + 1 AS links
              FROM pg_class c WHERE c.oid = 'content_items'::regclass) AS few
        WHERE t.id = ({CurrentOrOldSlugSql})
        """);

    /// <summary>
    /// The tag's id, and whether a list that must find <paramref name="reach"/> items with it
    /// starts from its links: when it has so few that following them all is cheaper than
    /// walking the list until enough are found. A rare tag walked instead would check the whole
    /// archive before its page was full. The links are counted only up to
    /// that break-even; the archive's size is PostgreSQL's estimate (an unanalysed table counts
    /// as 10,000 items). Null: no such tag.
    /// </summary>
    public async Task<TagPlan?> PlanAsync(string slug, int reach, CancellationToken ct)
    {
        var found = await db.ReadAsync(TagSql, row => new TagPlan(row.GetInt32(0), row.GetBoolean(1)), ct,
            new NpgsqlParameter<string> { TypedValue = slug }, new NpgsqlParameter<int> { TypedValue = reach });
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>
    /// The tag, always read from its links: for what reads every item with the tag anyway (a
    /// count; the editors' list, sorted by last change) or reads the links in list order (the
    /// public lists), so there is nothing to decide and its links need not be counted. Null: no
    /// such tag.
    /// </summary>
    public async Task<TagPlan?> FromLinksAsync(string slug, CancellationToken ct)
    {
        var found = await db.ReadAsync(CurrentOrOldSlugSql, row => new TagPlan(row.GetInt32(0), FromLinks: true), ct,
            new NpgsqlParameter<string> { TypedValue = slug });
        return found.Count == 0 ? null : found[0];
    }
}
