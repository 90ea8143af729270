using Npgsql;

namespace Cms.Infrastructure.Persistence;

/// <summary>
/// An author's public items, newest first, for their page (/tac-gia/slug): the ids of a page
/// and the count, from the credits joined to the items that are public now (PublicSql). An
/// item crediting the person twice (text and photos) is listed once.
/// </summary>
public sealed class AuthorQueries(CmsDbContext db)
{
    private static readonly string Credited = $"""
         FROM content_items c
        WHERE {PublicSql.At("c", "$1")}
          AND EXISTS (SELECT 1 FROM content_item_authors ca WHERE ca.content_id = c.id AND ca.author_id = $2)
        """;

    private static readonly string Page = "SELECT c.id" + Credited + " ORDER BY c.published_at DESC, c.id DESC OFFSET $3 LIMIT $4";

    private static readonly string Count = "SELECT count(*)::int" + Credited;

    public Task<List<long>> PublicPageAsync(int authorId, DateTimeOffset now, int skip, int take, CancellationToken ct) =>
        db.ReadAsync(Page, row => row.GetInt64(0), ct,
            Time(now), new NpgsqlParameter<int> { TypedValue = authorId },
            new NpgsqlParameter<int> { TypedValue = skip }, new NpgsqlParameter<int> { TypedValue = take });

    public async Task<int> PublicCountAsync(int authorId, DateTimeOffset now, CancellationToken ct) =>
        (await db.ReadAsync(Count, row => row.GetInt32(0), ct, Time(now), new NpgsqlParameter<int> { TypedValue = authorId }))[0];

    private static NpgsqlParameter<DateTimeOffset> Time(DateTimeOffset now) => new() { TypedValue = now.ToUniversalTime() };
}
