using Cms.Domain.Content;
using Cms.Domain.Interviews;
using Cms.Domain.PhotoStories;
using Cms.Domain.Videos;
using Npgsql;

namespace Cms.Infrastructure.Persistence;

/// <summary>
/// Content read by hand-written SQL into <see cref="ContentRecord"/>: the public reads that run
/// most when the output cache misses (every reader's first view
/// after a change; every request with the cache off): one item by id or slug (or many by id,
/// for a site builder or an app catching up on the changes feed), and the rows of a list page
/// once its ids are known; and the cards of the newsroom's lists, whatever their status. One
/// prepared statement each, with no EF Core entity on the way: EF's query pipeline (result
/// buffering for retries, per-call expression work, entity and owned-JSON materialization,
/// the tag collection's join and sort, the stored search columns every entity read carries)
/// cost about half the API's time per article (bench/README.md). An editor's single item keeps
/// the entity; the API maps both with the same maps, and PublicItemTests compares the two
/// responses for every content type. Every list's cards come from here.
/// </summary>
public static class ContentReader
{
    // What a card shows (lists), then what only the full item has, of items public now
    // (PublicSql, from PublicNow). Tags come aggregated in the same row.
    private const string CardColumns = """
        c.id, c.type, c.slug, c.title, c.summary, c.cover_image, c.author, c.published_at, c.duration_seconds,
        cat.id, cat.name, cat.slug, coalesce(v.views, 0), tags.names, tags.slugs, c.status, credits.list, jsonb_array_length(c.photos)
        """;

    private const string DetailColumns = """
        , c.created_at, c.updated_at, c.xmin, c.body, c.interviewee, c.exchanges, c.closing, c.description, c.source, c.seo, c.photos,
        (SELECT array_agg(o.slug ORDER BY o.retired_at DESC, o.slug) FROM content_old_slugs o WHERE o.content_id = c.id)
        """;

    private const string From = """
         FROM content_items c
        LEFT JOIN categories cat ON cat.id = c.category_id
        LEFT JOIN content_view_totals v ON v.content_id = c.id
        LEFT JOIN LATERAL (SELECT array_agg(t.name) AS names, array_agg(t.slug) AS slugs
                           FROM content_item_tags ct JOIN tags t ON t.id = ct.tags_id
                           WHERE ct.content_item_id = c.id) tags ON true
        LEFT JOIN LATERAL (SELECT json_agg(json_build_object('AuthorId', a.id, 'Name', a.name, 'Slug', a.slug, 'Title', a.title, 'Role', ca.role)
                                           ORDER BY ca.position) AS list
                           FROM content_item_authors ca JOIN authors a ON a.id = ca.author_id
                           WHERE ca.content_id = c.id) credits ON true
        """;

    private static readonly string Public = $" WHERE {PublicSql.At("c", "$1")}";

    private static readonly string ById = "SELECT " + CardColumns + DetailColumns + From + Public + " AND c.type = $2 AND c.id = $3";
    private static readonly string BySlug = "SELECT " + CardColumns + DetailColumns + From + Public + " AND c.type = $2 AND c.slug = $3";
    private static readonly string ByIds = "SELECT " + CardColumns + DetailColumns + From + Public + " AND c.type = $2 AND c.id = ANY($3)";
    private static readonly string CardsByIds = "SELECT " + CardColumns + From + Public + " AND c.id = ANY($2)";

    // An item's old address: asked only when no item has the slug now (an item taking a slug
    // takes the address over, ContentOldSlugs.sql), so a current slug costs nothing more.
    private const string ByOldSlug = "SELECT content_id FROM content_old_slugs WHERE type = $1 AND slug = $2";

    private static readonly string AnyCardsByIds = "SELECT " + CardColumns + From + " WHERE c.id = ANY($1)";

    /// <summary>
    /// The item with this id (all digits), slug or old slug (<see cref="OldSlug"/>), if the public
    /// may see it at <paramref name="now"/>; its <see cref="ContentRecord.Slug"/> is the current one.
    /// </summary>
    public static async Task<ContentRecord?> FindAsync(CmsDbContext db, ContentType type, string idOrSlug, DateTimeOffset now, CancellationToken ct)
    {
        var isId = long.TryParse(idOrSlug, out var id);
        var rows = await db.ReadAsync(isId ? ById : BySlug, row => ReadDetail(row, now), ct,
            Time(now),
            new NpgsqlParameter<string> { TypedValue = type.ToString() },
            isId ? new NpgsqlParameter<long> { TypedValue = id } : new NpgsqlParameter<string> { TypedValue = idOrSlug });
        if (rows.Count > 0 || isId)
        {
            return rows.FirstOrDefault();
        }

        var renamed = await RenamedAsync(db, type, idOrSlug, ct);
        return renamed.Count == 0 ? null : (await FindManyAsync(db, type, renamed, now, ct)).FirstOrDefault();
    }

    /// <summary>
    /// The item of <paramref name="type"/> that once had <paramref name="slug"/> and changed it
    /// (<see cref="OldSlug"/>), whatever its status; ask only when no item has the slug now.
    /// </summary>
    public static Task<List<long>> RenamedAsync(CmsDbContext db, ContentType type, string slug, CancellationToken ct) =>
        db.ReadAsync(ByOldSlug, row => row.GetInt64(0), ct,
            new NpgsqlParameter<string> { TypedValue = type.ToString() }, new NpgsqlParameter<string> { TypedValue = slug });

    /// <summary>The items of one type with these ids the public may see at <paramref name="now"/>, in the order of <paramref name="ids"/>.</summary>
    public static async Task<List<ContentRecord>> FindManyAsync(CmsDbContext db, ContentType type, IReadOnlyList<long> ids, DateTimeOffset now, CancellationToken ct)
    {
        var rows = (await db.ReadAsync(ByIds, row => ReadDetail(row, now), ct,
            Time(now),
            new NpgsqlParameter<string> { TypedValue = type.ToString() },
            new NpgsqlParameter<long[]> { TypedValue = [.. ids] })).ToDictionary(r => r.Id);
        return InOrder(ids, rows);
    }

    /// <summary>A list page's rows, in the order of <paramref name="ids"/>; any no longer public left out.</summary>
    public static Task<List<ContentRecord>> CardsAsync(CmsDbContext db, IReadOnlyList<long> ids, DateTimeOffset now, CancellationToken ct) =>
        ReadCardsAsync(db, CardsByIds, ids, now, ct, Time(now));

    /// <summary>
    /// The cards of these items whatever their status (the newsroom's lists), in the order of
    /// <paramref name="ids"/>; each with the status a reader would see at <paramref name="now"/>.
    /// </summary>
    public static Task<List<ContentRecord>> CardsOfAnyStatusAsync(CmsDbContext db, IReadOnlyList<long> ids, DateTimeOffset now, CancellationToken ct) =>
        ReadCardsAsync(db, AnyCardsByIds, ids, now, ct);

    /// <summary>Runs <paramref name="sql"/> with <paramref name="parameters"/>, then the ids as the last one.</summary>
    private static async Task<List<ContentRecord>> ReadCardsAsync(CmsDbContext db, string sql, IReadOnlyList<long> ids, DateTimeOffset now, CancellationToken ct,
        params NpgsqlParameter[] parameters)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.ReadAsync(sql, row => ReadCard(row, now), ct, [.. parameters, new NpgsqlParameter<long[]> { TypedValue = [.. ids] }]);
        return InOrder(ids, rows.ToDictionary(r => r.Id));
    }

    private static NpgsqlParameter<DateTimeOffset> Time(DateTimeOffset now) => new() { TypedValue = now.ToUniversalTime() };

    private static List<ContentRecord> InOrder(IReadOnlyList<long> ids, Dictionary<long, ContentRecord> rows) =>
        ids.Select(rows.GetValueOrDefault).OfType<ContentRecord>().ToList();

    /// <summary>
    /// What a card shows, with the status a reader sees at <paramref name="now"/>; the full item's
    /// own fields are left empty (lists map none of them).
    /// </summary>
    private static ContentRecord ReadCard(NpgsqlDataReader row, DateTimeOffset now)
    {
        var publishedAt = row.IsDBNull(7) ? (DateTimeOffset?)null : row.GetFieldValue<DateTimeOffset>(7);
        return new()
        {
            Id = row.GetInt64(0),
            Type = Enum.Parse<ContentType>(row.GetString(1)),
            Slug = row.GetString(2),
            Title = row.GetString(3),
            Summary = Text(row, 4),
            CoverImage = Json<Image>(row, 5),
            Author = Text(row, 6),
            PublishedAt = publishedAt,
            Status = PublicNow.Effective(Enum.Parse<ContentStatus>(row.GetString(15)), publishedAt, now),
            DurationSeconds = row.IsDBNull(8) ? null : row.GetInt32(8),
            Category = row.IsDBNull(9) ? null : new CategoryName(row.GetInt32(9), row.GetString(10), row.GetString(11)),
            ViewCount = row.GetInt64(12),
            Tags = Tags(row),
            Credits = Json<List<CreditName>>(row, 16) ?? [],
            PhotoCount = row.IsDBNull(17) ? null : row.GetInt32(17),
        };
    }

    /// <summary>The card, then <see cref="DetailColumns"/>.</summary>
    private static ContentRecord ReadDetail(NpgsqlDataReader row, DateTimeOffset now) => ReadCard(row, now) with
    {
        CreatedAt = row.GetFieldValue<DateTimeOffset>(18),
        UpdatedAt = row.GetFieldValue<DateTimeOffset>(19),
        Version = row.GetFieldValue<uint>(20),
        Body = Text(row, 21),
        Interviewee = Json<Interviewee>(row, 22),
        Exchanges = Json<List<Exchange>>(row, 23),
        Closing = Text(row, 24),
        Description = Text(row, 25),
        Source = Json<VideoSource>(row, 26),
        Seo = Json<SeoFields>(row, 27),
        Photos = Json<List<Photo>>(row, 28),
        OldSlugs = row.IsDBNull(29) ? [] : row.GetFieldValue<string[]>(29),
    };

    /// <summary>In name order, as the entity map sorts them (the same comparer, not the database's collation).</summary>
    private static IReadOnlyList<TagName> Tags(NpgsqlDataReader row)
    {
        if (row.IsDBNull(13))
        {
            return [];
        }

        var names = row.GetFieldValue<string[]>(13);
        var slugs = row.GetFieldValue<string[]>(14);
        return names.Select((name, i) => new TagName(name, slugs[i])).OrderBy(t => t.Name).ToList();
    }

    private static string? Text(NpgsqlDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);

    private static T? Json<T>(NpgsqlDataReader row, int column)
        where T : class =>
        row.IsDBNull(column) ? null : StoredJson.Read<T>(row.GetString(column));
}
