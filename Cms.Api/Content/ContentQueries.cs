using Cms.Api.Common;
using Cms.Domain.Content;
using Cms.Domain.Videos;
using Cms.Infrastructure.Counters;
using Cms.Infrastructure.Persistence;
using Cms.Infrastructure.Search;

namespace Cms.Api.Content;

/// <summary>The query pieces every content list is built from.</summary>
internal static class ContentQueries
{
    /// <summary>What the public may see at <paramref name="now"/> (<see cref="PublicNow"/>).</summary>
    public static IQueryable<T> PublicAt<T>(this IQueryable<T> query, DateTimeOffset now)
        where T : ContentItem =>
        query.Where(PublicNow.Filter<T>(now));

    /// <summary>
    /// Items whose canonical address is their own page: not those an editor credited to an
    /// original elsewhere (<see cref="SeoFields.CanonicalUrl"/>), which sitemaps leave to that site.
    /// </summary>
    public static IQueryable<T> CanonicalHere<T>(this IQueryable<T> query)
        where T : ContentItem =>
        query.Where(x => x.Seo == null || x.Seo.CanonicalUrl == null);

    public static IQueryable<T> NewestFirst<T>(this IQueryable<T> query)
        where T : ContentItem =>
        query.OrderByDescending(x => x.PublishedAt).ThenByDescending(x => x.Id);

    /// <summary>Newest first, or, when searching, only the matches, best first.</summary>
    public static IQueryable<T> SearchedOrNewest<T>(this IQueryable<T> query, string? search)
        where T : ContentItem =>
        search is null ? query.NewestFirst() : query.Matching(search).ByRelevance(search);

    public static IQueryable<T> InCategories<T>(this IQueryable<T> query, IReadOnlyCollection<int>? categoryIds)
        where T : ContentItem =>
        categoryIds switch
        {
            null => query,
            // One section (no sub-sections): an equality the index serves in list order.
            { Count: 1 } => query.Where(x => x.CategoryId == categoryIds.First()),
            _ => query.Where(x => x.CategoryId != null && categoryIds.Contains(x.CategoryId.Value)),
        };

    /// <summary>
    /// Items with the tag <paramref name="slug"/>, as <paramref name="plan"/> says (TagPlanner.PlanAsync):
    /// joined from its links (EXISTS), or checked row by row as the list is walked (a count in
    /// a subquery, which PostgreSQL cannot turn into a join). By slug, the join made PostgreSQL
    /// read every link of a common tag before the first row, a hundred times slower than
    /// checking row by row (bench/README.md, "Figures behind the code"). No plan for a tag
    /// asked: no such tag, so nothing has it.
    /// </summary>
    public static IQueryable<T> WithTag<T>(this IQueryable<T> query, string? slug, TagPlan? plan)
        where T : ContentItem =>
        string.IsNullOrEmpty(slug) ? query
        : plan is null ? query.Where(x => false)
        : plan.FromLinks ? query.Where(x => x.Tags.Any(t => t.Id == plan.Id))
        : query.Where(x => x.Tags.Count(t => t.Id == plan.Id) > 0);
}
