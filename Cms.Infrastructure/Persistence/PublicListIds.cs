using System.Globalization;
using System.Text;
using Cms.Domain.Content;
using Npgsql;

namespace Cms.Infrastructure.Persistence;

/// <summary>
/// The ids of one page of a public list (the whole site, a type, a section, a tag), and its
/// count, read from the public-list indexes; a tag's from its links, which carry what "public
/// now" asks of their items (TagPageAsync). The page's rows are read after, by id. A section with sub-sections: "category_id = ANY(...)" cannot be read from an
/// index in list order, so PostgreSQL would sort the whole section; one ordered, limited
/// branch per category, merged (Merge Append), reads only as far as the page. The same for a
/// cursor (the items after a given one): each branch starts at that point.
/// </summary>
public sealed class PublicListIds(CmsDbContext db)
{
    /// <summary>Public at the time in $1, every statement's first parameter (<see cref="PublicSql"/>).</summary>
    private static readonly string IsPublic = PublicSql.At(string.Empty, "$1");

    /// <param name="after">Only items after this one in list order (a keyset cursor).</param>
    /// <param name="filter">The list's type, sections (a section and its sub-sections) and tag slug; null for all.</param>
    public async Task<List<long>> PageAsync(PublicListFilter filter, DateTimeOffset now, int skip, int take,
        (DateTimeOffset PublishedAt, long Id)? after, CancellationToken ct)
    {
        int? tagId = null;
        if (!string.IsNullOrEmpty(filter.Tag))
        {
            tagId = (await new TagPlanner(db).FromLinksAsync(filter.Tag, ct))?.Id;
            if (tagId is null)
            {
                return [];
            }
        }

        var parameters = new List<NpgsqlParameter> { new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() } }; // $1
        var filters = string.Empty;
        if (filter.Type is { } only)
        {
            filters = " AND type = " + Next(parameters, new NpgsqlParameter<string> { TypedValue = only.ToString() });
        }

        if (tagId is { } taggedWith)
        {
            return await TagPageAsync(taggedWith, filter.Categories, filters, after, skip, take, parameters, ct);
        }

        // The first page and every cursor (nothing skipped) write their limit as a number: with
        // "LIMIT $n" PostgreSQL's generic plan looks costlier than one planned for the values,
        // so it plans every call again, which costs more than running it (bench/README.md,
        // "Figures behind the code"). A few page sizes make a few statements. Deeper pages keep
        // parameters: a statement per page number would push the others out of the prepared
        // set, and planning is small beside their skip.
        var offsetLimit = OffsetLimit(skip, take, parameters);
        var reach = skip == 0 ? take.ToString(CultureInfo.InvariantCulture) // how far each branch reads
            : Next(parameters, new NpgsqlParameter<int> { TypedValue = skip + take });
        filters += After(after, "id", parameters);

        var sql = new StringBuilder("SELECT id FROM (");
        var branch = 0;
        IEnumerable<int?> branches = filter.Categories is null ? [null] : filter.Categories.Select(c => (int?)c);
        foreach (var categoryId in branches)
        {
            var category = categoryId is { } id ? " AND category_id = " + Next(parameters, new NpgsqlParameter<int> { TypedValue = id }) : string.Empty;
            sql.Append(branch++ == 0 ? string.Empty : " UNION ALL ")
                .Append("(SELECT published_at, id FROM content_items WHERE ").Append(IsPublic)
                .Append(filters).Append(category)
                .Append(" ORDER BY published_at DESC, id DESC LIMIT ").Append(reach).Append(')');
        }

        sql.Append(") AS page ORDER BY published_at DESC, id DESC ").Append(offsetLimit);
        return await db.ReadAsync(sql.ToString(), row => row.GetInt64(0), ct, [.. parameters]);
    }

    /// <summary>
    /// How many items the list holds. A tag's are counted from its links: as a filter on every
    /// item, PostgreSQL checked the whole archive. Lists keep their counts until what the
    /// public sees changes.
    /// </summary>
    public async Task<int> CountAsync(PublicListFilter filter, DateTimeOffset now, CancellationToken ct)
    {
        var parameters = new List<NpgsqlParameter> { new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() } }; // $1
        var typeFilter = filter.Type is { } only
            ? " AND type = " + Next(parameters, new NpgsqlParameter<string> { TypedValue = only.ToString() })
            : string.Empty;
        StringBuilder sql;
        if (!string.IsNullOrEmpty(filter.Tag))
        {
            if (await new TagPlanner(db).FromLinksAsync(filter.Tag, ct) is not { } tag)
            {
                return 0;
            }

            // From the tag's links alone (they carry what "public now" asks), as its pages are read.
            sql = new StringBuilder("SELECT count(*)::int FROM content_item_tags WHERE tags_id = ")
                .Append(Next(parameters, new NpgsqlParameter<int> { TypedValue = tag.Id })).Append(" AND ").Append(IsPublic)
                .Append(ItemCheck(filter.Categories, typeFilter, parameters));
        }
        else
        {
            sql = new StringBuilder("SELECT count(*)::int FROM content_items WHERE ").Append(IsPublic).Append(typeFilter)
                .Append(InCategories(filter.Categories, parameters));
        }

        return (await db.ReadAsync(sql.ToString(), row => row.GetInt32(0), ct, [.. parameters]))[0];
    }

    /// <summary>
    /// A tag's page, read from the tag's own links in list order (ix_content_item_tags_public_newest):
    /// each link carries its item's status and time of publishing (kept by triggers: the
    /// TagListIndex migration), so the page costs its own rows however common or rare the tag.
    /// (Walking the whole site's list and checking each item for the tag cost, per page, the
    /// items between two of the tag's: a site builder streaming 500 tags of 100,000 items read
    /// the archive once per tag, PostgreSQL's busiest time of a full build.) A type or section
    /// asked besides is checked on the item, link by link.
    /// </summary>
    private Task<List<long>> TagPageAsync(int tagId, IReadOnlyCollection<int>? categories, string itemFilters,
        (DateTimeOffset PublishedAt, long Id)? after, int skip, int take, List<NpgsqlParameter> parameters, CancellationToken ct)
    {
        var offsetLimit = OffsetLimit(skip, take, parameters);
        var sql = new StringBuilder("SELECT content_item_id FROM content_item_tags WHERE tags_id = ")
            .Append(Next(parameters, new NpgsqlParameter<int> { TypedValue = tagId })).Append(" AND ").Append(IsPublic)
            .Append(After(after, "content_item_id", parameters))
            .Append(ItemCheck(categories, itemFilters, parameters))
            .Append(" ORDER BY published_at DESC, content_item_id DESC ").Append(offsetLimit);
        return db.ReadAsync(sql.ToString(), row => row.GetInt64(0), ct, [.. parameters]);
    }

    /// <summary>
    /// " OFFSET … LIMIT …". The first page and every cursor (nothing skipped) write their limit
    /// as a number, as PageAsync says why; deeper pages keep parameters.
    /// </summary>
    private static string OffsetLimit(int skip, int take, List<NpgsqlParameter> parameters) =>
        skip == 0 ? "LIMIT " + take.ToString(CultureInfo.InvariantCulture)
            : $"OFFSET {Next(parameters, new NpgsqlParameter<int> { TypedValue = skip })} LIMIT {Next(parameters, new NpgsqlParameter<int> { TypedValue = take })}";

    /// <summary>Only the rows after the cursor in list order (by time, then <paramref name="idColumn"/>); nothing without one.</summary>
    private static string After((DateTimeOffset PublishedAt, long Id)? after, string idColumn, List<NpgsqlParameter> parameters)
    {
        if (after is not { } start)
        {
            return string.Empty;
        }

        // "published_at <= x" bounds the index scan; the OR only sorts out ties on the time.
        var at = Next(parameters, new NpgsqlParameter<DateTimeOffset> { TypedValue = start.PublishedAt.ToUniversalTime() });
        var id = Next(parameters, new NpgsqlParameter<long> { TypedValue = start.Id });
        return $" AND published_at <= {at} AND (published_at < {at} OR {idColumn} < {id})";
    }

    /// <summary>" AND category_id = ANY($n)" for a section's categories; nothing for none.</summary>
    private static string InCategories(IReadOnlyCollection<int>? categories, List<NpgsqlParameter> parameters) =>
        categories is null ? string.Empty
            : " AND category_id = ANY(" + Next(parameters, new NpgsqlParameter<int[]> { TypedValue = [.. categories] }) + ")";

    /// <summary>
    /// What a tag's links are checked for on their items (a type, sections): " AND EXISTS (…)",
    /// or nothing. <paramref name="itemFilters"/> names the item's own columns (" AND type = $2").
    /// </summary>
    private static string ItemCheck(IReadOnlyCollection<int>? categories, string itemFilters, List<NpgsqlParameter> parameters)
    {
        var category = InCategories(categories, parameters);
        return itemFilters.Length == 0 && category.Length == 0 ? string.Empty
            : $" AND EXISTS (SELECT 1 FROM content_items c WHERE c.id = content_item_tags.content_item_id{itemFilters}{category})";
    }

    /// <summary>Adds the parameter; its placeholder ($2, $3, ...).</summary>
    private static string Next(List<NpgsqlParameter> parameters, NpgsqlParameter parameter)
    {
        parameters.Add(parameter);
        return "$" + parameters.Count.ToString(CultureInfo.InvariantCulture);
    }
}
