using Cms.Domain.Authors;
using Cms.Domain.Content;
using Npgsql;

namespace Cms.Infrastructure.Persistence;

/// <summary>
/// The royalties of the items published in a period ([from, to) as instants; the API turns the
/// portal's days into them), each with the roles the person is credited for on the item: by
/// person, then by time of publishing. An item taken down since still counts: the work was done.
/// </summary>
public sealed class PeriodRoyalties(CmsDbContext db)
{
    private const string Sql = """
        SELECT a.id, a.name, a.slug, c.id, c.type, c.title, c.published_at, r.points, r.amount,
               (SELECT array_agg(ca.role ORDER BY ca.position) FROM content_item_authors ca
                WHERE ca.content_id = c.id AND ca.author_id = a.id)
        FROM content_royalties r
        JOIN content_items c ON c.id = r.content_id
        JOIN authors a ON a.id = r.author_id
        WHERE c.published_at >= $1 AND c.published_at < $2
        ORDER BY a.name, a.id, c.published_at, c.id
        """;

    public Task<List<RoyaltyLine>> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        db.ReadAsync(Sql, row => new RoyaltyLine(
                row.GetInt32(0), row.GetString(1), row.GetString(2), row.GetInt64(3),
                Enum.Parse<ContentType>(row.GetString(4)), row.GetString(5), row.GetFieldValue<DateTimeOffset>(6),
                row.IsDBNull(9) ? [] : row.GetFieldValue<string[]>(9).Select(Enum.Parse<CreditRole>).ToList(),
                row.IsDBNull(7) ? null : row.GetDecimal(7),
                row.IsDBNull(8) ? null : row.GetInt64(8)),
            ct,
            new NpgsqlParameter<DateTimeOffset> { TypedValue = from.ToUniversalTime() },
            new NpgsqlParameter<DateTimeOffset> { TypedValue = to.ToUniversalTime() });
}
