using Cms.Api.Categories;
using Cms.Api.Common;
using Cms.Api.Validation;
using Cms.Domain.Content;
using Cms.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Content;

internal static class MixedContentEndpoints
{
    /// <summary>GET /content: every published item of every type, newest first, for home pages.</summary>
    public static void MapMixedContent(this IEndpointRouteBuilder api) =>
        api.MapGet("/content", async ([AsParameters] ContentListQuery query, [FromQuery] string? type,
                CmsDbContext db, CategoryTree tree, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var categories = await tree.SelfAndDescendantsAsync(query.Category, ct);
                var items = db.ContentItems.PublicAt(clock.GetUtcNow()).InCategories(categories).WithTag(query.Tag);
                if (EnumQuery.Parse<ContentType>(type, "type") is { } only)
                {
                    items = items.Where(x => x.Type == only);
                }

                http.Response.Headers.CacheControl = PublicCache.List;
                var rows = items.NewestFirst().ToSummaries(clock.GetUtcNow(), db.ContentViewTotals);
                return TypedResults.Ok(await PagedList<ContentSummary>.CreateAsync(rows, query.Paging, ct));
            })
            .Validate<ContentListQuery>()
            .WithTags("Content")
            .WithName("ListContent")
            .WithSummary("All published content (articles, interviews, videos), newest first")
            .WithDescription("Each item carries its type. Filter by category (sub-sections included), tag and type.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
