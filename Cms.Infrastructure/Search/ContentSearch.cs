using Cms.Domain.Content;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Cms.Infrastructure.Search;

/// <summary>
/// Accent-insensitive full-text search over content, in PostgreSQL: a stored tsvector of
/// the folded title (weight A), summary (B) and text (C), GIN-indexed. Queries are folded
/// the same way, so "soc trang", "Sóc Trăng" and decomposed input all match alike.
/// </summary>
public static class ContentSearch
{
    /// <summary>The shadow property (column search_vector) PostgreSQL computes.</summary>
    public const string VectorProperty = "SearchVector";

    /// <summary>
    /// cms_fold(text): lower(unaccent(text)), declared IMMUTABLE so an index and a generated
    /// column may use it (unaccent itself is only STABLE). Callable only inside queries.
    /// </summary>
    public static string Fold(string text) => throw new NotSupportedException("cms_fold runs in PostgreSQL only.");

    /// <summary>Items whose text contains every word of the query (any order), accents ignored.</summary>
    public static IQueryable<T> Matching<T>(this IQueryable<T> items, string query)
        where T : ContentItem =>
        items.Where(x => EF.Property<NpgsqlTsVector>(x, VectorProperty).Matches(EF.Functions.PlainToTsQuery("simple", Fold(query))));

    /// <summary>How many of the newest matches are ranked: a search pages through these.</summary>
    public const int Window = 1000;

    /// <summary>
    /// The newest <see cref="Window"/> matches, best first (title over summary over text, closer
    /// words higher), then newest. Ranking every match of a common word in a million items
    /// takes seconds; the newest thousand are what a news reader looks for, and PostgreSQL
    /// finds them by walking the newest-first index when matches are common, or by the GIN
    /// index when they are rare.
    /// </summary>
    public static IOrderedQueryable<T> ByRelevance<T>(this IQueryable<T> items, string query)
        where T : ContentItem =>
        items.OrderByDescending(x => x.PublishedAt).ThenByDescending(x => x.Id).Take(Window)
            .OrderByDescending(x => EF.Property<NpgsqlTsVector>(x, VectorProperty).RankCoverDensity(EF.Functions.PlainToTsQuery("simple", Fold(query))))
            .ThenByDescending(x => x.PublishedAt)
            .ThenByDescending(x => x.Id);
}
