using Cms.Api.Articles;
using Cms.Api.Interviews;
using Cms.Api.PhotoStories;
using Cms.Api.Security;
using Cms.Api.Videos;
using Cms.Domain.Articles;
using Cms.Domain.Content;
using Cms.Domain.Interviews;
using Cms.Domain.PhotoStories;
using Cms.Domain.Previews;
using Cms.Domain.Videos;
using Cms.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Previews;

/// <summary>
/// The public side of preview links: anonymous, like the delivery API, but never cached
/// anywhere (the answer may be a draft, and a revoked link must stop working at once), never
/// indexed, never counted as a view, and in no list, feed or search. The public site's
/// /xem-truoc/{token} page draws what it answers.
/// </summary>
internal static class PreviewEndpoints
{
    public static void MapPreview(this IEndpointRouteBuilder api)
    {
        api.MapGet("/preview/{token}", GetAsync)
            // Not output-cached and no shared ETag: every open must see the version current
            // then, and a revocation must take effect at once. Misses queue like any public read.
            .RequireRateLimiting(RateLimits.PublicReads)
            .WithName("GetPreview")
            .WithTags("Preview")
            .WithSummary("The item a preview link shows, as readers will see it: its working copy if it has one, else the item whatever its status")
            .WithDescription("Anonymous. Cache-Control: private, no-store; X-Robots-Tag: noindex. A token that is not one this API signed, or whose item is gone, "
                + "is a 404; an expired link a 410 with reason \"expired\", a revoked one a 410 with reason \"revoked\".")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
    }

    private static async Task<Results<Ok<PreviewResponse>, ProblemHttpResult>> GetAsync(string token, PreviewTokens tokens, PreviewContent content,
        CmsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        var signed = tokens.Read(token);
        var link = signed is { } s ? await db.PreviewLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == s.LinkId, ct) : null;
        if (link is null)
        {
            return NotFound();
        }

        switch (link.StateAt(clock.GetUtcNow()))
        {
            case PreviewLinkState.Expired:
                return Gone("expired", "The preview link has expired.", $"It worked until {link.ExpiresAt:O}; ask the newsroom for a new one.");
            case PreviewLinkState.Revoked:
                return Gone("revoked", "The preview link was withdrawn.", "The newsroom revoked it; ask them for a new one.");
        }

        var type = await db.ContentItems.Where(x => x.Id == link.ContentId).Select(x => (ContentType?)x.Type).FirstOrDefaultAsync(ct);
        return type switch
        {
            ContentType.Article => TypedResults.Ok(new PreviewResponse(link.ExpiresAt,
                await content.ReadAsync<Article, ArticleRequest, ArticleResponse>(link.ContentId, ct), null, null)),
            ContentType.Interview => TypedResults.Ok(new PreviewResponse(link.ExpiresAt, null,
                await content.ReadAsync<Interview, InterviewRequest, InterviewResponse>(link.ContentId, ct), null)),
            ContentType.Video => TypedResults.Ok(new PreviewResponse(link.ExpiresAt, null, null,
                await content.ReadAsync<Video, VideoRequest, VideoResponse>(link.ContentId, ct))),
            ContentType.PhotoStory => TypedResults.Ok(new PreviewResponse(link.ExpiresAt, null, null, null,
                await content.ReadAsync<PhotoStory, PhotoStoryRequest, PhotoStoryResponse>(link.ContentId, ct))),
            _ => NotFound(), // the item was deleted between the two reads (its links go with it)
        };
    }

    private static ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.",
        detail: "This preview link does not exist: check that the whole address was copied.");

    private static ProblemHttpResult Gone(string reason, string title, string detail) => TypedResults.Problem(statusCode: StatusCodes.Status410Gone,
        title: title, detail: detail, extensions: new Dictionary<string, object?> { ["reason"] = reason });
}
