using System.Text.Json;
using System.Text.Json.Serialization;
using Cms.Api.Common;
using Cms.Api.Interviews;
using Cms.Api.Videos;
using Cms.Domain.Content;
using Cms.Infrastructure.Persistence;
using Mapster;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cms.Api.Content;

/// <summary>
/// The public reads that run most when the output cache misses (every reader's first view
/// after a change; every request with the cache off): one item by id or slug (or many by id,
/// for a site builder or an app catching up on the changes feed), and the rows of a list page
/// once its ids are known. One prepared statement each, read straight into
/// the response's fields, with no EF Core entity on the way: EF's query pipeline (result
/// buffering for retries, per-call expression work, entity and owned-JSON materialization,
/// the tag collection's join and sort, the stored search columns every entity read carries)
/// cost about half the API's time per article (bench/README.md). Editors' reads keep the
/// entity and its Mapster map (<see cref="Mapping.MappingConfig"/>), which this must match
/// field for field: PublicItemTests compares the two for every content type.
/// </summary>
internal static class PublicContentReader
{
    // What a card shows (lists), then what only the full item has, of items public now
    // (PublicSql, from PublicNow). Tags come aggregated in the same row.
    private const string CardColumns = """
        c.id, c.type, c.slug, c.title, c.summary, c.cover_image, c.author, c.published_at, c.duration_seconds,
        cat.id, cat.name, cat.slug, coalesce(v.views, 0), tags.names, tags.slugs
        """;

    private const string DetailColumns = """
        , c.created_at, c.updated_at, c.xmin, c.body, c.interviewee, c.exchanges, c.closing, c.description, c.source
        """;

    private static readonly string From = $"""
         FROM content_items c
        LEFT JOIN categories cat ON cat.id = c.category_id
        LEFT JOIN content_view_totals v ON v.content_id = c.id
        LEFT JOIN LATERAL (SELECT array_agg(t.name) AS names, array_agg(t.slug) AS slugs
                           FROM content_item_tags ct JOIN tags t ON t.id = ct.tags_id
                           WHERE ct.content_item_id = c.id) tags ON true
        WHERE {PublicSql.At("c", "$1")}
        """;

    private static readonly string ById = "SELECT " + CardColumns + DetailColumns + From + " AND c.type = $2 AND c.id = $3";
    private static readonly string BySlug = "SELECT " + CardColumns + DetailColumns + From + " AND c.type = $2 AND c.slug = $3";
    private static readonly string ByIds = "SELECT " + CardColumns + DetailColumns + From + " AND c.type = $2 AND c.id = ANY($3)";
    private static readonly string CardsByIds = "SELECT " + CardColumns + From + " AND c.id = ANY($2)";

    /// <summary>The owned JSON columns as EF Core writes them: property names as in C#, enums by name.</summary>
    private static readonly JsonSerializerOptions StoredJson = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The item with this id (all digits) or slug, if the public may see it at <paramref name="now"/>.</summary>
    public static async Task<PublicItemRow?> FindAsync(CmsDbContext db, ContentType type, string idOrSlug, DateTimeOffset now, CancellationToken ct)
    {
        var isId = long.TryParse(idOrSlug, out var id);
        var rows = await db.ReadAsync(isId ? ById : BySlug, ReadDetail, ct,
            new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() },
            new NpgsqlParameter<string> { TypedValue = type.ToString() },
            isId ? new NpgsqlParameter<long> { TypedValue = id } : new NpgsqlParameter<string> { TypedValue = idOrSlug });
        return rows.FirstOrDefault();
    }

    /// <summary>The items of one type with these ids the public may see at <paramref name="now"/>, in the order of <paramref name="ids"/>.</summary>
    public static async Task<List<PublicItemRow>> FindManyAsync(CmsDbContext db, ContentType type, IReadOnlyList<long> ids, DateTimeOffset now, CancellationToken ct)
    {
        var rows = (await db.ReadAsync(ByIds, ReadDetail, ct,
            new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() },
            new NpgsqlParameter<string> { TypedValue = type.ToString() },
            new NpgsqlParameter<long[]> { TypedValue = [.. ids] })).ToDictionary(r => r.Id);
        return ids.Select(rows.GetValueOrDefault).OfType<PublicItemRow>().ToList();
    }

    /// <summary>A list page's rows, in the order of <paramref name="ids"/>; any no longer public left out.</summary>
    public static async Task<List<ContentSummary>> CardsAsync(CmsDbContext db, IReadOnlyList<long> ids, TypeAdapterConfig mapping, DateTimeOffset now, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = (await db.ReadAsync(CardsByIds, ReadCard, ct,
            new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() },
            new NpgsqlParameter<long[]> { TypedValue = [.. ids] })).ToDictionary(r => r.Id);
        return ids.Select(rows.GetValueOrDefault).OfType<PublicItemRow>().Select(row => row.Adapt<ContentSummary>(mapping)).ToList();
    }

    /// <summary>What a card shows; the full item's own fields are left empty (lists map none of them).</summary>
    private static PublicItemRow ReadCard(NpgsqlDataReader row) => new()
    {
        Id = row.GetInt64(0),
        Type = Enum.Parse<ContentType>(row.GetString(1)),
        Slug = row.GetString(2),
        Title = row.GetString(3),
        Summary = Text(row, 4),
        CoverImage = Json<ImageResponse>(row, 5),
        Author = Text(row, 6),
        // Every row here is public now, which PublicNow.Effective calls published (a scheduled
        // item whose time has come too).
        Status = ContentStatus.Published,
        PublishedAt = row.GetFieldValue<DateTimeOffset>(7),
        DurationSeconds = row.IsDBNull(8) ? null : row.GetInt32(8),
        Category = row.IsDBNull(9) ? null : new CategoryRef { Id = row.GetInt32(9), Name = row.GetString(10), Slug = row.GetString(11) },
        ViewCount = row.GetInt64(12),
        Tags = Tags(row),
        CreatedAt = default,
        UpdatedAt = default,
        Version = default,
    };

    /// <summary>The card, then <see cref="DetailColumns"/>.</summary>
    private static PublicItemRow ReadDetail(NpgsqlDataReader row)
    {
        var interviewee = Json<IntervieweeResponse>(row, 19);
        return ReadCard(row) with
        {
            CreatedAt = row.GetFieldValue<DateTimeOffset>(15),
            UpdatedAt = row.GetFieldValue<DateTimeOffset>(16),
            Version = row.GetFieldValue<uint>(17),
            Body = Text(row, 18),
            Interviewee = interviewee,
            Exchanges = Json<StoredExchange[]>(row, 20)?
                .Select(e => ExchangeResponse.Of(e.Question, e.Answer, e.Speaker, interviewee?.Name))
                .ToList(),
            Closing = Text(row, 21),
            Description = Text(row, 22),
            Source = Json<VideoSourceResponse>(row, 23),
        };
    }

    /// <summary>In name order, as the entity map sorts them (the same comparer, not the database's collation).</summary>
    private static IReadOnlyList<TagResponse> Tags(NpgsqlDataReader row)
    {
        if (row.IsDBNull(13))
        {
            return [];
        }

        var names = row.GetFieldValue<string[]>(13);
        var slugs = row.GetFieldValue<string[]>(14);
        return names.Select((name, i) => new TagResponse { Name = name, Slug = slugs[i] }).OrderBy(t => t.Name).ToList();
    }

    private static string? Text(NpgsqlDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);

    private static T? Json<T>(NpgsqlDataReader row, int column)
        where T : class =>
        row.IsDBNull(column) ? null : JsonSerializer.Deserialize<T>(row.GetString(column), StoredJson);

    /// <summary>An exchange as stored.</summary>
    private sealed record StoredExchange(string Question, string Answer, string? Speaker);
}
