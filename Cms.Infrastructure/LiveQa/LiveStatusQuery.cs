using System.Globalization;
using Cms.Domain.Content;
using Cms.Infrastructure.Persistence;
using Npgsql;

namespace Cms.Infrastructure.LiveQa;

/// <summary>
/// "Is there a live session on this interview, and how many exchanges has it": what every
/// reader's page, stream and poll asks. One small statement (the exchanges' count, not their
/// text), public interviews only (PublicSql) unless the newsroom asks.
/// </summary>
public static class LiveStatusQuery
{
    private const string Select = """
        SELECT c.id, c.slug, coalesce(jsonb_array_length(c.exchanges), 0), s.opens_at, s.closes_at
        FROM content_items c LEFT JOIN live_sessions s ON s.content_id = c.id
        """;

    private static readonly string Interview = $"c.type = '{ContentType.Interview}'";
    private static readonly string PublicById = $"{Select} WHERE {PublicSql.At("c", "$1")} AND {Interview} AND c.id = $2";
    private static readonly string PublicBySlug = $"{Select} WHERE {PublicSql.At("c", "$1")} AND {Interview} AND c.slug = $2";
    private static readonly string AnyById = $"{Select} WHERE {Interview} AND c.id = $1";

    /// <summary>
    /// The public interview with this id (all digits), slug or old slug (as ContentReader.FindAsync
    /// finds items) at <paramref name="now"/>; null when the public may not see it.
    /// </summary>
    public static async Task<LiveStatus?> FindPublicAsync(CmsDbContext db, string idOrSlug, DateTimeOffset now, CancellationToken ct)
    {
        var isId = long.TryParse(idOrSlug, out var id);
        var rows = await db.ReadAsync(isId ? PublicById : PublicBySlug, Read, ct,
            new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() },
            isId ? new NpgsqlParameter<long> { TypedValue = id } : new NpgsqlParameter<string> { TypedValue = idOrSlug });
        if (rows.Count > 0 || isId)
        {
            return rows.FirstOrDefault();
        }

        var renamed = await ContentReader.RenamedAsync(db, ContentType.Interview, idOrSlug, ct);
        return renamed.Count == 0 ? null : await FindPublicAsync(db, renamed[0].ToString(CultureInfo.InvariantCulture), now, ct);
    }

    /// <summary>The interview with this id whatever its status (the newsroom's view).</summary>
    public static async Task<LiveStatus?> FindAsync(CmsDbContext db, long id, CancellationToken ct) =>
        (await db.ReadAsync(AnyById, Read, ct, new NpgsqlParameter<long> { TypedValue = id })).FirstOrDefault();

    private static LiveStatus Read(NpgsqlDataReader row) => new(
        row.GetInt64(0),
        row.GetString(1),
        row.GetInt32(2),
        row.IsDBNull(3) ? null : row.GetFieldValue<DateTimeOffset>(3),
        row.IsDBNull(4) ? null : row.GetFieldValue<DateTimeOffset>(4));
}
