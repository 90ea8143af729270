using Cms.Api.Caching;
using Cms.Api.Common;
using Cms.Api.Content;
using Cms.Api.Validation;
using Cms.Domain.Common;
using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Tags;

internal static class TagEndpoints
{
    /// <summary>
    /// GET /tags/{slug}: a tag's name, for the heading of its page ("Từ khóa: Sóc Trăng"); its
    /// items are the lists' ?tag=. A tag only drafts carry is a 404 like one that does not
    /// exist (PublicTags).
    /// </summary>
    public static void MapTagDelivery(this IEndpointRouteBuilder api) =>
        api.MapGet("/tags/{slug}", async (string slug, CmsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var tag = await PublicTags.FindAsync(db, slug, clock.GetUtcNow(), ct);
                http.Response.Headers.CacheControl = PublicCache.List;
                return TypedResults.Ok(tag);
            })
            .WithTags("Tags")
            .PublicResponse()
            .WithName("GetTag")
            .WithSummary("A tag that published items carry: its name for a tag page; list its items with ?tag= on any list")
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>
    /// GET /manage/tags?q=: the tags already in use that match what an editor is typing, so
    /// the newsroom reuses "Sóc Trăng" rather than starting "TP Sóc Trăng". Matched on the
    /// slug ("soc tr" → "soc-tr"), so tone marks, đ and case do not matter; tags with a word
    /// starting with it come first, then the most used.
    /// </summary>
    public static void MapTagManagement(this IEndpointRouteBuilder manage) =>
        manage.MapGet("/tags", async ([AsParameters] TagSuggestionQuery query, CmsDbContext db, CancellationToken ct) =>
            {
                var typed = string.IsNullOrWhiteSpace(query.Q) ? null : Slug.FromTitle(Text.Clean(query.Q));
                if (typed == string.Empty)
                {
                    return TypedResults.Ok(new List<TagSuggestion>()); // only punctuation: no tag has it
                }

                var tags = db.Tags.AsNoTracking();
                if (typed is not null)
                {
                    tags = tags.Where(t => t.Slug.Contains(typed));
                }

                var wordStart = typed is null ? string.Empty : "-" + typed;
                var found = await tags
                    .Select(t => new
                    {
                        t.Name,
                        t.Slug,
                        Items = db.ContentItems.Count(c => c.Tags.Any(x => x.Id == t.Id)),
                        AtWordStart = typed == null || t.Slug.StartsWith(typed) || t.Slug.Contains(wordStart),
                    })
                    .OrderByDescending(t => t.AtWordStart).ThenByDescending(t => t.Items).ThenBy(t => t.Slug)
                    .Take(query.Limit ?? 10)
                    .ToListAsync(ct);
                return TypedResults.Ok(found.Select(t => new TagSuggestion(t.Name, t.Slug, t.Items)).ToList());
            })
            .Validate<TagSuggestionQuery>()
            .WithTags("Manage tags")
            .WithName("ManageListTags")
            .WithSummary("Tags in use matching what an editor types (tone marks ignored), for reuse")
            .WithDescription("q: the start or part of a tag (\"soc tr\" finds \"Sóc Trăng\"); empty: the most used. Tags with a word starting with q first, then by how many items carry them. limit 1–50 (default 10).");
}
