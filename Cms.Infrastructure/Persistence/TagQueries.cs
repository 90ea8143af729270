using Cms.Infrastructure.Changes;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Cms.Infrastructure.Persistence;

/// <summary>A tag's name and slug.</summary>
public sealed record TagName(string Name, string Slug);

/// <summary>A tag with how many items carry it (all of them, or those a question counted).</summary>
public sealed record TagCount(string Name, string Slug, int Items);

/// <summary>
/// The tags' own SQL: the public strip of topics and a tag by slug (delivery), what matches
/// what an editor types, and the newsroom's corrections (rename, merge). Counts come from the
/// tags' links (an index of them by tag), never by joining items per tag: through EF that
/// took seconds for the most used tags of a large archive (bench/README.md, "Figures behind
/// the code").
/// </summary>
public sealed class TagQueries(CmsDbContext db)
{
    /// <summary>
    /// The tags the newest public items carry ($2 of them), most carried first: what the portal
    /// writes about now. The newest items come from the public newest-first index, so the cost
    /// is the window's, not the archive's.
    /// </summary>
    private static readonly string PopularSql = $"""
        SELECT t.name, t.slug, count(*)::int AS items
        FROM (SELECT id FROM content_items WHERE {PublicSql.At(string.Empty, "$1")}
              ORDER BY published_at DESC, id DESC LIMIT $2) AS recent
        JOIN content_item_tags l ON l.content_item_id = recent.id
        JOIN tags t ON t.id = l.tags_id
        GROUP BY t.id, t.name, t.slug
        ORDER BY items DESC, t.slug
        LIMIT $3
        """;

    /// <summary>
    /// The tag with the slug, or the one it became (an old slug after a rename or merge), while a
    /// public item carries it. From the tag's links to the first public item: "LIMIT 1" makes
    /// PostgreSQL follow links one by one and stop there; as EXISTS it read every link of a
    /// common tag first, and through EF it went through items (bench/README.md).
    /// </summary>
    private static readonly string PublicSlugSql = $"""
        SELECT t.name, t.slug FROM tags t
        WHERE t.id = ({TagPlanner.CurrentOrOldSlugSql}) AND (
            SELECT 1 FROM content_item_tags it JOIN content_items c ON c.id = it.content_item_id
            WHERE it.tags_id = t.id AND {PublicSql.At("c", "$2")}
            LIMIT 1) = 1
        """;

    /// <summary>A tag and how many items carry it, counted from its links.</summary>
    private const string WithLinkCount = "SELECT t.name, t.slug, (SELECT count(*) FROM content_item_tags l WHERE l.tags_id = t.id)::int AS items FROM tags t";

    /// <summary>Tags whose slug holds what was typed ($1, a slug; null: all), word starts first, then the most used.</summary>
    private const string MatchingSql = WithLinkCount + " " + """
        WHERE $1 IS NULL OR strpos(t.slug, $1) > 0
        ORDER BY ($1 IS NULL OR starts_with(t.slug, $1) OR strpos(t.slug, '-' || $1) > 0) DESC, items DESC, t.slug
        LIMIT $2
        """;

    private const string CountSql = WithLinkCount + " WHERE t.id = $1";

    /// <summary>The old slug stays an alias of the tag (links, feeds and apps holding it keep working); the new one stops being an alias of anything.</summary>
    private const string RenameSql = """
        UPDATE tags SET name = {1}, slug = {2} WHERE id = {0};
        DELETE FROM tag_aliases WHERE slug = {2};
        INSERT INTO tag_aliases (slug, tag_id) SELECT {3}, {0} WHERE {3} <> {2}
        ON CONFLICT (slug) DO UPDATE SET tag_id = EXCLUDED.tag_id;
        """;

    /// <summary>Items that carried both keep one link; the source's links go with it. Its slug, and its own old slugs, become aliases of the tag kept.</summary>
    private const string MergeSql = """
        INSERT INTO content_item_tags (content_item_id, tags_id)
        SELECT content_item_id, {1} FROM content_item_tags WHERE tags_id = {0}
        ON CONFLICT DO NOTHING;
        UPDATE tag_aliases SET tag_id = {1} WHERE tag_id = {0};
        INSERT INTO tag_aliases (slug, tag_id) VALUES ({2}, {1})
        ON CONFLICT (slug) DO UPDATE SET tag_id = EXCLUDED.tag_id;
        DELETE FROM tags WHERE id = {0};
        """;

    /// <summary>The tags the newest <paramref name="within"/> public items carry, most carried first; Items counts those items only.</summary>
    public Task<List<TagCount>> PopularAsync(DateTimeOffset now, int within, int limit, CancellationToken ct) =>
        db.ReadAsync(PopularSql, Read, ct,
            new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() },
            new NpgsqlParameter<int> { TypedValue = within },
            new NpgsqlParameter<int> { TypedValue = limit });

    /// <summary>The tag with this slug (or an old one of it) if a public item carries it at <paramref name="now"/>.</summary>
    public async Task<TagName?> PublicAsync(string slug, DateTimeOffset now, CancellationToken ct) =>
        (await db.ReadAsync(PublicSlugSql, row => new TagName(row.GetString(0), row.GetString(1)), ct,
            new NpgsqlParameter<string> { TypedValue = slug },
            new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() })).FirstOrDefault();

    /// <param name="typed">A slug, matched anywhere in the tags' slugs; null: every tag.</param>
    /// <param name="limit">How many, at most.</param>
    /// <param name="ct">Cancellation.</param>
    public Task<List<TagCount>> MatchingAsync(string? typed, int limit, CancellationToken ct) =>
        db.ReadAsync(MatchingSql, Read, ct,
            new NpgsqlParameter<string?> { TypedValue = typed, NpgsqlDbType = NpgsqlDbType.Text },
            new NpgsqlParameter<int> { TypedValue = limit });

    public async Task<TagCount> CountAsync(int tagId, CancellationToken ct) =>
        (await db.ReadAsync(CountSql, Read, ct, new NpgsqlParameter<int> { TypedValue = tagId })).Single();

    /// <summary>Writes the tag's new name and slug (already checked free); the old slug keeps leading to it.</summary>
    public Task RenameAsync(int tagId, string name, string slug, string oldSlug, CancellationToken ct) =>
        ChangeItemsAsync(tagId, RenameSql, ct, tagId, name, slug, oldSlug);

    /// <summary>Folds the tag <paramref name="sourceId"/> into <paramref name="targetId"/> and deletes it.</summary>
    public Task MergeAsync(int sourceId, int targetId, string sourceSlug, CancellationToken ct) =>
        ChangeItemsAsync(sourceId, MergeSql, ct, sourceId, targetId, sourceSlug);

    /// <summary>
    /// Runs <paramref name="sql"/> on the tag <paramref name="tagId"/> in one transaction with an
    /// entry in the change log for every item carrying it (<see cref="DerivedChanges"/>), so
    /// apps syncing an offline copy hear of each, while "last changed" (the editors' list
    /// order) stays what editors did.
    /// </summary>
    private Task ChangeItemsAsync(int tagId, string sql, CancellationToken ct, params object[] parameters) =>
        db.InTransactionAsync(async cancel =>
        {
            await DerivedChanges.ItemsTaggedAsync(db, tagId, cancel);
            await db.Database.ExecuteSqlRawAsync(sql, parameters, cancel);
        }, ct);

    private static TagCount Read(NpgsqlDataReader row) => new(row.GetString(0), row.GetString(1), row.GetInt32(2));
}
