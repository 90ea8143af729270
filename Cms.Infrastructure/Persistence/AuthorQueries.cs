using Npgsql;

namespace Cms.Infrastructure.Persistence;

/// <summary>
/// An author's public items, newest first, for their page (/tac-gia/slug): the ids of a page
/// (numbered, or after a cursor's item) and the count, from the items public now (PublicSql)
/// that credit the person. An item crediting the person twice (text and photos) is listed once.
/// </summary>
public sealed class AuthorQueries(CmsDbContext db)
{
    private static readonly string Credited = $"""
         FROM content_items c
        WHERE {PublicSql.At("c", "$1")}
          AND EXISTS (SELECT 1 FROM content_item_authors ca WHERE ca.content_id = c.id AND ca.author_id = $2)
        """;

    private static readonly string Page = "SELECT c.id" + Credited + " ORDER BY c.published_at DESC, c.id DESC OFFSET $3 LIMIT $4";

    // Ties on the time are sorted out by the id, as the public lists' cursors do (PublicListIds).
    private static readonly string After = "SELECT c.id" + Credited
        + " AND c.published_at <= $3 AND (c.published_at < $3 OR c.id < $4) ORDER BY c.published_at DESC, c.id DESC LIMIT $5";

    private static readonly string Count = "SELECT count(*)::int" + Credited;

    public Task<List<long>> PublicPageAsync(int authorId, DateTimeOffset now, int skip, int take, CancellationToken ct) =>
        db.ReadAsync(Page, row => row.GetInt64(0), ct,
            Time(now), new NpgsqlParameter<int> { TypedValue = authorId },
            new NpgsqlParameter<int> { TypedValue = skip }, new NpgsqlParameter<int> { TypedValue = take });

    /// <summary>The ids after the item at (<paramref name="publishedAt"/>, <paramref name="id"/>) in list order.</summary>
    public Task<List<long>> PublicAfterAsync(int authorId, DateTimeOffset now, DateTimeOffset publishedAt, long id, int take, CancellationToken ct) =>
        db.ReadAsync(After, row => row.GetInt64(0), ct,
            Time(now), new NpgsqlParameter<int> { TypedValue = authorId },
            new NpgsqlParameter<DateTimeOffset> { TypedValue = publishedAt.ToUniversalTime() }, new NpgsqlParameter<long> { TypedValue = id },
            new NpgsqlParameter<int> { TypedValue = take });

    public async Task<int> PublicCountAsync(int authorId, DateTimeOffset now, CancellationToken ct) =>
        (await db.ReadAsync(Count, row => row.GetInt32(0), ct, Time(now), new NpgsqlParameter<int> { TypedValue = authorId }))[0];

    private static NpgsqlParameter<DateTimeOffset> Time(DateTimeOffset now) => new() { TypedValue = now.ToUniversalTime() };
}
