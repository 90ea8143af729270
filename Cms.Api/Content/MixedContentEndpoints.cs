using Cms.Api.Caching;
using Cms.Api.Categories;
using Cms.Api.Common;
using Cms.Api.Search;
using Cms.Api.Validation;
using Cms.Domain.Content;
using Cms.Infrastructure.Persistence;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Content;

/// <summary>Lists across the content types; anyone may call them. The routes first, then what each does.</summary>
internal static class MixedContentEndpoints
{
    /// <summary>GET /content: every published item of every type, newest first, for home pages; GET /search: the same, searched.</summary>
    public static void MapMixedContent(this IEndpointRouteBuilder api)
    {
        api.MapGet("/content", ListAsync)
            .Validate<ContentListQuery>()
            .WithTags("Content")
            .PublicResponse()
            .WithName("ListContent")
            .WithSummary("All published content (articles, interviews, videos), newest first")
            .WithDescription("Each item carries its type. Filter by category (sub-sections included), tag and type; ?q= searches.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/search", SearchAsync)
            .Validate<ContentListQuery>()
            .WithTags("Content")
            .PublicResponse()
            .WithName("Search")
            .WithSummary("Search all published content: accent- and case-insensitive, best matches first")
            .WithDescription("?q=soc trang finds \"Sóc Trăng\" in titles, summaries, article text, interview questions and answers and video descriptions. "
                + "Each result has a snippet with the matching words in <mark>. Filter with ?type=, ?category=, ?tag=.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static Task<Ok<PagedList<ContentSummary>>> SearchAsync([AsParameters] ContentListQuery query, [FromQuery, EnumValues(typeof(ContentType))] string? type,
        CmsDbContext db, TypeAdapterConfig mapping, CategoryTree tree, ListCounts counts, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (query.Search is null)
        {
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("q", "Say what to search for: ?q=...")]);
        }

        return ListAsync(query, type, db, mapping, tree, counts, clock, http, ct);
    }

    public static async Task<Ok<PagedList<ContentSummary>>> ListAsync([AsParameters] ContentListQuery query, [FromQuery, EnumValues(typeof(ContentType))] string? type,
        CmsDbContext db, TypeAdapterConfig mapping, CategoryTree tree, ListCounts counts, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var categories = await tree.SelfAndDescendantsAsync(query.Category, ct);
        var now = clock.GetUtcNow();
        var items = db.ContentItems.PublicAt(now).InCategories(categories).WithTag(query.TagSlug, await ContentPages.SearchTagPlanAsync(query, db, ct));
        var only = EnumQuery.Parse<ContentType>(type, "type");
        if (only is not null)
        {
            items = items.Where(x => x.Type == only);
        }

        http.Response.Headers.CacheControl = PublicCache.List;
        var rows = items.SearchedOrNewest(query.Search).Select(x => x.Id);
        var shape = new ContentPages.Shape(new PublicListFilter(only, categories, query.TagSlug), now);
        return TypedResults.Ok(await ContentPages.ReadAsync(rows, query, $"content:{only}", shape, db, mapping, counts, ct));
    }
}
