using System.Text.Json;
using System.Text.Json.Serialization;
using Cms.Api.Common;
using Cms.Api.Interviews;
using Cms.Api.Videos;
using Cms.Domain.Content;
using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cms.Api.Content;

/// <summary>
/// The public read of one item by id or slug: the delivery API's hottest path when the output
/// cache misses (every reader's first view of an article after it changes, every request when
/// the cache is off). One prepared statement, read straight into the response's fields, with
/// no EF Core entity on the way: EF's query pipeline (result buffering for retries, entity and
/// owned-JSON materialization, the tag collection's join and sort, and the stored search
/// columns every entity read carries) cost about half the API's time per article
/// (bench/README.md). Editors' reads keep the entity and its Mapster map
/// (<see cref="Mapping.MappingConfig"/>), which this must match field for field:
/// PublicItemTests compares the two for every content type.
/// </summary>
internal static class PublicItemReader
{
    // Published, or scheduled and due (as ContentQueries.PublicAt). The tags come aggregated
    // in the same row: one round trip, one row.
    private const string Select = """
        SELECT c.id, c.slug, c.title, c.summary, c.cover_image, c.author, c.published_at, c.created_at, c.updated_at, c.xmin,
               c.body, c.interviewee, c.exchanges, c.closing, c.description, c.source, c.duration_seconds,
               cat.id, cat.name, cat.slug, coalesce(v.views, 0), tags.names, tags.slugs
        FROM content_items c
        LEFT JOIN categories cat ON cat.id = c.category_id
        LEFT JOIN content_view_totals v ON v.content_id = c.id
        LEFT JOIN LATERAL (SELECT array_agg(t.name) AS names, array_agg(t.slug) AS slugs
                           FROM content_item_tags ct JOIN tags t ON t.id = ct.tags_id
                           WHERE ct.content_item_id = c.id) tags ON true
        WHERE c.type = $1 AND c.status IN ('Published', 'Scheduled') AND c.published_at <= $2
        """;

    private const string ById = Select + " AND c.id = $3";
    private const string BySlug = Select + " AND c.slug = $3";

    /// <summary>The owned JSON columns as EF Core writes them: property names as in C#, enums by name.</summary>
    private static readonly JsonSerializerOptions StoredJson = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The item with this id (all digits) or slug, if the public may see it at <paramref name="now"/>.</summary>
    public static async Task<PublicItemRow?> FindAsync(CmsDbContext db, ContentType type, string idOrSlug, DateTimeOffset now, CancellationToken ct)
    {
        var isId = long.TryParse(idOrSlug, out var id);
        // Retried as EF's own queries are (a dropped connection, a failover): see TransientRetryStrategy.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async cancel =>
        {
            await db.Database.OpenConnectionAsync(cancel);
            try
            {
                await using var command = new NpgsqlCommand(isId ? ById : BySlug, (NpgsqlConnection)db.Database.GetDbConnection());
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = type.ToString() });
                command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() });
                command.Parameters.Add(isId ? new NpgsqlParameter<long> { TypedValue = id } : new NpgsqlParameter<string> { TypedValue = idOrSlug });
                await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SingleRow, cancel);
                return await reader.ReadAsync(cancel) ? Read(reader, type) : null;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }, ct);
    }

    private static PublicItemRow Read(NpgsqlDataReader row, ContentType type)
    {
        var interviewee = Json<IntervieweeResponse>(row, 11);
        return new PublicItemRow
        {
            Id = row.GetInt64(0),
            Type = type,
            Slug = row.GetString(1),
            Title = row.GetString(2),
            Summary = Text(row, 3),
            CoverImage = Json<ImageResponse>(row, 4),
            Author = Text(row, 5),
            // Scheduled and due reads as published, as Mapping's EffectiveStatusAt says.
            Status = ContentStatus.Published,
            PublishedAt = row.GetFieldValue<DateTimeOffset>(6),
            CreatedAt = row.GetFieldValue<DateTimeOffset>(7),
            UpdatedAt = row.GetFieldValue<DateTimeOffset>(8),
            Version = row.GetFieldValue<uint>(9),
            Body = Text(row, 10),
            Interviewee = interviewee,
            Exchanges = Json<StoredExchange[]>(row, 12)?
                .Select(e => new ExchangeResponse { Question = e.Question, Answer = e.Answer, Speaker = e.Speaker ?? interviewee?.Name ?? string.Empty })
                .ToList(),
            Closing = Text(row, 13),
            Description = Text(row, 14),
            Source = Json<VideoSourceResponse>(row, 15),
            DurationSeconds = row.IsDBNull(16) ? null : row.GetInt32(16),
            Category = row.IsDBNull(17) ? null : new CategoryRef { Id = row.GetInt32(17), Name = row.GetString(18), Slug = row.GetString(19) },
            ViewCount = row.GetInt64(20),
            Tags = Tags(row),
        };
    }

    /// <summary>In name order, as the entity map sorts them (the same comparer, not the database's collation).</summary>
    private static IReadOnlyList<TagResponse> Tags(NpgsqlDataReader row)
    {
        if (row.IsDBNull(21))
        {
            return [];
        }

        var names = row.GetFieldValue<string[]>(21);
        var slugs = row.GetFieldValue<string[]>(22);
        return names.Select((name, i) => new TagResponse { Name = name, Slug = slugs[i] }).OrderBy(t => t.Name).ToList();
    }

    private static string? Text(NpgsqlDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);

    private static T? Json<T>(NpgsqlDataReader row, int column)
        where T : class =>
        row.IsDBNull(column) ? null : JsonSerializer.Deserialize<T>(row.GetString(column), StoredJson);

    /// <summary>An exchange as stored; the response names the interviewee when no one else answers.</summary>
    private sealed record StoredExchange(string Question, string Answer, string? Speaker);
}
