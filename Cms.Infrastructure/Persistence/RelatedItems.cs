using System.Globalization;
using Cms.Domain.Content;
using Npgsql;

namespace Cms.Infrastructure.Persistence;

/// <summary>
/// Which stories stand under an item ("Tin liên quan"): first the editor's pins, in their order,
/// those public now; then the items sharing the most of its tags, then those in its section,
/// the most recent first among equals. Drafts, items not yet due and the item itself never.
/// One statement.
/// </summary>
public sealed class RelatedItems(CmsDbContext db)
{
    /// <summary>
    /// How many of each tag's newest public items are candidates. The bound keeps the work
    /// the same at any size: a tag on a quarter of the archive costs this many index entries
    /// (its links, newest first: ix_content_item_tags_public_newest), not a quarter of a million
    /// (bench/README.md, "Figures behind the code"). An older item sharing tags is found only
    /// when it is among some tag's newest this many; under a news story the recent ones are the
    /// ones readers want, so nothing is lost that a reader would miss.
    /// </summary>
    public const int PerTag = 100;

    // The statement for one item, named by the SQL expression <paramref name="item"/> ($2 for one
    // item; a column of the batch's ids under LATERAL for many, so both share one rule); $1 the
    // time ("public now"); the LIMIT a number, as PublicListIds.PageAsync says why. Shared tags
    // are counted exactly for each candidate (its own links by primary key), so an item found
    // through one tag but sharing three ranks as sharing three. The section's newest few are
    // candidates too, for an item with few tags; the section's list reads its index
    // (ix_content_items_public_category_newest). The sort keys are returned for the batch's ORDER BY.
    private static string Statement(string item) => string.Create(CultureInfo.InvariantCulture, $"""
        WITH me AS (SELECT category_id FROM content_items WHERE id = {item}),
        my_tags AS (SELECT tags_id FROM content_item_tags WHERE content_item_id = {item}),
        pins AS (
            SELECT p.related_id AS id, p.position
            FROM related_pins p JOIN content_items c ON c.id = p.related_id
            WHERE p.content_id = {item} AND {PublicSql.At("c", "$1")}),
        candidates AS (
            SELECT l.content_item_id AS id
            FROM my_tags t CROSS JOIN LATERAL (
                SELECT content_item_id FROM content_item_tags l
                WHERE l.tags_id = t.tags_id AND {PublicSql.At("l", "$1")}
                ORDER BY l.published_at DESC, l.content_item_id DESC LIMIT {PerTag}) l
            UNION
            SELECT s.id FROM (
                SELECT c.id FROM content_items c, me
                WHERE c.category_id = me.category_id AND {PublicSql.At("c", "$1")}
                ORDER BY c.published_at DESC, c.id DESC LIMIT {RelatedPin.MaxItems * 2 + 1}) s),
        ranked AS (
            SELECT c.id, c.published_at,
                   (SELECT count(*) FROM content_item_tags x WHERE x.content_item_id = c.id AND x.tags_id IN (SELECT tags_id FROM my_tags)) AS shared,
                   c.category_id IS NOT DISTINCT FROM (SELECT category_id FROM me) AND c.category_id IS NOT NULL AS same_section
            FROM candidates k JOIN content_items c ON c.id = k.id
            WHERE c.id <> {item} AND {PublicSql.At("c", "$1")} AND NOT EXISTS (SELECT 1 FROM pins WHERE pins.id = c.id))
        SELECT id, tier, position, shared, same_section, published_at FROM (
            SELECT id, 0 AS tier, position, 0::bigint AS shared, false AS same_section, NULL::timestamptz AS published_at FROM pins
            UNION ALL
            SELECT id, 1, 0, shared, same_section, published_at FROM ranked) chosen
        ORDER BY {Order("chosen")}
        LIMIT {RelatedPin.MaxItems}
        """);

    private static string Order(string of) =>
        $"{of}.tier, {of}.position, {of}.shared DESC, {of}.same_section DESC, {of}.published_at DESC, {of}.id DESC";

    private static readonly string Sql = Statement("$2");

    // Many items at once (the site builder's full build, a hundred pages a request): the same
    // statement for each, under LATERAL; an item with nothing related still answers (a NULL row).
    // $3 the type: only public items of it are answered; the others are the batch's missing.
    private static readonly string ManySql = $"""
        SELECT i.id, r.id
        FROM unnest($2::bigint[]) WITH ORDINALITY AS i(id, n)
        JOIN content_items c ON c.id = i.id AND c.type = $3 AND {PublicSql.At("c", "$1")}
        LEFT JOIN LATERAL ({Statement("i.id")}) r ON true
        ORDER BY i.n, {Order("r")}
        """;

    /// <summary>The ids of the items to show under item <paramref name="id"/> (up to <see cref="RelatedPin.MaxItems"/>), in order.</summary>
    public Task<List<long>> IdsAsync(long id, DateTimeOffset now, CancellationToken ct) =>
        db.ReadAsync(Sql, row => row.GetInt64(0), ct,
            new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() },
            new NpgsqlParameter<long> { TypedValue = id });

    /// <summary>
    /// For each of <paramref name="ids"/> that is a public item of <paramref name="type"/>, the ids
    /// to show under it, in order (an empty list when nothing relates); the others are left out.
    /// </summary>
    public async Task<Dictionary<long, List<long>>> ManyAsync(ContentType type, IReadOnlyList<long> ids, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await db.ReadAsync(ManySql, row => (Item: row.GetInt64(0), Related: row.IsDBNull(1) ? (long?)null : row.GetInt64(1)), ct,
            new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() },
            new NpgsqlParameter<long[]> { TypedValue = [.. ids] },
            new NpgsqlParameter<string> { TypedValue = type.ToString() });
        var lists = new Dictionary<long, List<long>>();
        foreach (var (item, related) in rows)
        {
            var list = lists.TryGetValue(item, out var known) ? known : lists[item] = [];
            if (related is { } id)
            {
                list.Add(id);
            }
        }

        return lists;
    }
}
