using System.Globalization;
using System.Text;
using Cms.Domain.Content;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cms.Infrastructure.Persistence;

/// <summary>
/// The ids of one deep page of a section that has sub-sections. "category_id = ANY(...)"
/// cannot be read from an index in list order, so PostgreSQL would sort the whole section;
/// one ordered, limited branch per category, merged (Merge Append), reads only as far as
/// the page, from the public-list index, without touching the table. The same for the first
/// page and for a cursor (the items after a given one): each branch starts at that point.
/// </summary>
public sealed class PublicListIds(CmsDbContext db)
{
    /// <param name="after">Only items after this one in list order (a keyset cursor).</param>
    public Task<List<long>> PageAsync(ContentType? type, IReadOnlyCollection<int> categoryIds, DateTimeOffset now, int skip, int take,
        (DateTimeOffset PublishedAt, long Id)? after, CancellationToken ct)
    {
        var parameters = new List<NpgsqlParameter>
        {
            new("now", now),
            new("reach", skip + take),
            new("skip", skip),
            new("take", take),
        };
        var filters = string.Empty;
        if (type is { } only)
        {
            parameters.Add(new NpgsqlParameter("type", only.ToString()));
            filters = " AND type = @type";
        }

        if (after is { } start)
        {
            // "published_at <= x" bounds the index scan; the OR only sorts out ties on the time.
            parameters.Add(new NpgsqlParameter("afterAt", start.PublishedAt));
            parameters.Add(new NpgsqlParameter("afterId", start.Id));
            filters += " AND published_at <= @afterAt AND (published_at < @afterAt OR id < @afterId)";
        }

        var sql = new StringBuilder("SELECT id AS \"Value\" FROM (");
        var branch = 0;
        foreach (var categoryId in categoryIds)
        {
            var name = "c" + branch.ToString(CultureInfo.InvariantCulture);
            parameters.Add(new NpgsqlParameter(name, categoryId));
            sql.Append(branch++ == 0 ? string.Empty : " UNION ALL ")
                .Append("(SELECT published_at, id FROM content_items WHERE status IN ('Published', 'Scheduled') AND published_at <= @now")
                .Append(filters).Append(" AND category_id = @").Append(name)
                .Append(" ORDER BY published_at DESC, id DESC LIMIT @reach)");
        }

        sql.Append(") AS page ORDER BY published_at DESC, id DESC OFFSET @skip LIMIT @take");
        return db.Database.SqlQueryRaw<long>(sql.ToString(), [.. parameters]).ToListAsync(ct);
    }
}
