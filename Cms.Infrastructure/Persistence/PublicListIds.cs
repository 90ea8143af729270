using System.Globalization;
using System.Text;
using Cms.Domain.Content;
using Npgsql;

namespace Cms.Infrastructure.Persistence;

/// <summary>
/// The ids of one page of a public list (the whole site, a type, a section, a tag), and its
/// count, read from the public-list indexes; a rare tag's page from its links instead
/// (TagPlanner). The page's rows are read after, by id. A section with sub-sections: "category_id = ANY(...)" cannot be read from an
/// index in list order, so PostgreSQL would sort the whole section; one ordered, limited
/// branch per category, merged (Merge Append), reads only as far as the page. The same for a
/// cursor (the items after a given one): each branch starts at that point.
/// </summary>
public sealed class PublicListIds(CmsDbContext db)
{
    /// <summary>
    /// Public at the time in $1 (every statement's first parameter), written as the public-list
    /// indexes' filter so PostgreSQL can read them; for other hand-written public reads too.
    /// </summary>
    public const string PublicNow = Configurations.ContentItemConfiguration.PublicStatuses + " AND published_at <= $1";

    /// <param name="after">Only items after this one in list order (a keyset cursor).</param>
    /// <param name="filter">The list's type, sections (a section and its sub-sections) and tag slug; null for all.</param>
    public async Task<List<long>> PageAsync(PublicListFilter filter, DateTimeOffset now, int skip, int take,
        (DateTimeOffset PublishedAt, long Id)? after, CancellationToken ct)
    {
        TagPlan? tag = null;
        if (!string.IsNullOrEmpty(filter.Tag))
        {
            tag = await new TagPlanner(db).PlanAsync(filter.Tag, skip + take, ct);
            if (tag is null)
            {
                return [];
            }
        }

        var parameters = new List<NpgsqlParameter> { new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() } }; // $1
        // The first page and every cursor (nothing skipped) write their limit as a number: with
        // "LIMIT $n" PostgreSQL's generic plan looks costlier than one planned for the values,
        // so it plans every call again (~1.4 ms, more than running it). On a million items the
        // cursor page went ~970 → ~1,440 requests/s and the first page ~1,420 → ~2,250. A few
        // page sizes make a few statements. Deeper pages keep parameters: a statement per page
        // number would push the others out of the prepared set, and planning is small beside
        // their skip.
        string reach, offsetLimit;
        if (skip == 0)
        {
            reach = take.ToString(CultureInfo.InvariantCulture);
            offsetLimit = "LIMIT " + reach;
        }
        else
        {
            reach = Next(parameters, new NpgsqlParameter<int> { TypedValue = skip + take }); // how far each branch reads
            offsetLimit = $"OFFSET {Next(parameters, new NpgsqlParameter<int> { TypedValue = skip })} LIMIT {Next(parameters, new NpgsqlParameter<int> { TypedValue = take })}";
        }

        var filters = string.Empty;
        if (filter.Type is { } only)
        {
            filters = " AND type = " + Next(parameters, new NpgsqlParameter<string> { TypedValue = only.ToString() });
        }

        if (after is { } start)
        {
            // "published_at <= x" bounds the index scan; the OR only sorts out ties on the time.
            var at = Next(parameters, new NpgsqlParameter<DateTimeOffset> { TypedValue = start.PublishedAt.ToUniversalTime() });
            var id = Next(parameters, new NpgsqlParameter<long> { TypedValue = start.Id });
            filters += $" AND published_at <= {at} AND (published_at < {at} OR id < {id})";
        }

        if (tag is { FromLinks: true } few)
        {
            return await FromLinksAsync(few.Id, filter.Categories, filters, offsetLimit, parameters, ct);
        }

        if (tag is { } common)
        {
            // Checked row by row as the list index is walked, so the page stops as soon as it is
            // full. (As EXISTS, PostgreSQL would turn it into a join and may read every link of
            // the tag, in parallel workers, before the first row: ~6 ms instead of ~0.2.)
            filters += " AND (SELECT count(*) FROM content_item_tags it WHERE it.content_item_id = content_items.id AND it.tags_id = "
                + Next(parameters, new NpgsqlParameter<int> { TypedValue = common.Id }) + ") > 0";
        }

        var sql = new StringBuilder("SELECT id FROM (");
        var branch = 0;
        IEnumerable<int?> branches = filter.Categories is null ? [null] : filter.Categories.Select(c => (int?)c);
        foreach (var categoryId in branches)
        {
            var category = categoryId is { } id ? " AND category_id = " + Next(parameters, new NpgsqlParameter<int> { TypedValue = id }) : string.Empty;
            sql.Append(branch++ == 0 ? string.Empty : " UNION ALL ")
                .Append("(SELECT published_at, id FROM content_items WHERE ").Append(PublicNow)
                .Append(filters).Append(category)
                .Append(" ORDER BY published_at DESC, id DESC LIMIT ").Append(reach).Append(')');
        }

        sql.Append(") AS page ORDER BY published_at DESC, id DESC ").Append(offsetLimit);
        return await db.ReadAsync(sql.ToString(), row => row.GetInt64(0), ct, [.. parameters]);
    }

    /// <summary>
    /// How many items the list holds. A tag's are counted from its links: as a filter on every
    /// item, PostgreSQL checked the whole archive (1.6–2.2 s for a tag on a quarter of a million
    /// items; from the links, 0.26 s). Lists keep their counts until what the public sees changes.
    /// </summary>
    public async Task<int> CountAsync(PublicListFilter filter, DateTimeOffset now, CancellationToken ct)
    {
        var parameters = new List<NpgsqlParameter> { new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() } }; // $1
        var sql = new StringBuilder("SELECT count(*)::int FROM content_items");
        if (!string.IsNullOrEmpty(filter.Tag))
        {
            if (await new TagPlanner(db).FromLinksAsync(filter.Tag, ct) is not { } tag)
            {
                return 0;
            }

            // The id written as a number, so PostgreSQL plans for this tag's share of the links
            // (a join by hash for a common one); as a parameter it planned for an average tag and
            // looked up a quarter of a million items one by one (1.1 s instead of 0.26). A count
            // runs once per tag and change, so a statement per tag costs nothing to keep.
            sql.Append(" JOIN content_item_tags it ON it.content_item_id = content_items.id AND it.tags_id = ")
                .Append(tag.Id.ToString(CultureInfo.InvariantCulture));
        }

        sql.Append(" WHERE ").Append(PublicNow);
        if (filter.Type is { } only)
        {
            sql.Append(" AND type = ").Append(Next(parameters, new NpgsqlParameter<string> { TypedValue = only.ToString() }));
        }

        if (filter.Categories is { } categories)
        {
            sql.Append(" AND category_id = ANY(").Append(Next(parameters, new NpgsqlParameter<int[]> { TypedValue = [.. categories] })).Append(')');
        }

        return (await db.ReadAsync(sql.ToString(), row => row.GetInt32(0), ct, [.. parameters]))[0];
    }

    /// <summary>
    /// A rare tag's page: its links first (MATERIALIZED, so PostgreSQL cannot turn it back into
    /// a walk of the list), their items filtered and sorted; a few hundred rows at most.
    /// </summary>
    private Task<List<long>> FromLinksAsync(int tagId, IReadOnlyCollection<int>? categories, string filters, string offsetLimit,
        List<NpgsqlParameter> parameters, CancellationToken ct)
    {
        var tag = Next(parameters, new NpgsqlParameter<int> { TypedValue = tagId });
        var category = categories is null ? string.Empty
            : " AND category_id = ANY(" + Next(parameters, new NpgsqlParameter<int[]> { TypedValue = [.. categories] }) + ")";
        var sql = $"WITH tagged AS MATERIALIZED (SELECT content_item_id FROM content_item_tags WHERE tags_id = {tag}) "
            + "SELECT id FROM content_items JOIN tagged ON tagged.content_item_id = content_items.id "
            + $"WHERE {PublicNow}{filters}{category} "
            + $"ORDER BY published_at DESC, id DESC {offsetLimit}";
        return db.ReadAsync(sql, row => row.GetInt64(0), ct, [.. parameters]);
    }

    /// <summary>Adds the parameter; its placeholder ($2, $3, ...).</summary>
    private static string Next(List<NpgsqlParameter> parameters, NpgsqlParameter parameter)
    {
        parameters.Add(parameter);
        return "$" + parameters.Count.ToString(CultureInfo.InvariantCulture);
    }
}
