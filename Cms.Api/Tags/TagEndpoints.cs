using Cms.Api.Caching;
using Cms.Api.Common;
using Cms.Api.Content;
using Cms.Domain.Common;
using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Tags;

internal static class TagEndpoints
{
    /// <summary>
    /// GET /tags/{slug}: a tag's name, for the heading of its page ("Từ khóa: Sóc Trăng"); its
    /// items are the lists' ?tag=. A tag only drafts carry is a 404 like one that does not
    /// exist: tags are created as editors type them, and a draft's may name what is not yet news.
    /// </summary>
    public static void MapTagDelivery(this IEndpointRouteBuilder api) =>
        api.MapGet("/tags/{slug}", async (string slug, CmsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var publicItems = db.ContentItems.PublicAt(clock.GetUtcNow());
                var tag = await db.Tags.AsNoTracking()
                    .Where(t => t.Slug == slug && publicItems.Any(c => c.Tags.Any(x => x.Id == t.Id)))
                    .Select(t => new TagResponse { Name = t.Name, Slug = t.Slug })
                    .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Tag", slug);
                http.Response.Headers.CacheControl = PublicCache.List;
                return TypedResults.Ok(tag);
            })
            .WithTags("Tags")
            .PublicResponse()
            .WithName("GetTag")
            .WithSummary("A tag that published items carry: its name for a tag page; list its items with ?tag= on any list")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
