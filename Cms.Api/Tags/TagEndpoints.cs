using Cms.Api.Auth;
using Cms.Api.Caching;
using Cms.Api.Common;
using Cms.Api.Validation;
using Cms.Domain.Common;
using Cms.Domain.Taxonomy;
using Cms.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Tags;

/// <summary>
/// Tags: the routes first (who may call each), then what each does. Readers get the tags of the
/// moment and a tag's name; the newsroom finds tags to reuse and corrects them (rename, merge).
/// </summary>
internal static class TagEndpoints
{
    /// <summary>
    /// GET /tags: the tags of the moment, for a strip of topics. GET /tags/{slug}: a tag's name,
    /// for the heading of its page ("Từ khóa: Sóc Trăng"); its items are the lists' ?tag=. A tag
    /// only drafts carry is a 404 like one that does not exist (PublicTags). Anyone may call them.
    /// </summary>
    public static void MapTagDelivery(this IEndpointRouteBuilder api)
    {
        api.MapGet("/tags", ListPopularAsync)
            .Validate<PopularTagsQuery>()
            .WithTags("Tags")
            .PublicResponse()
            .WithName("ListPopularTags")
            .WithSummary("The tags the newest published items carry most (\"Chủ đề nổi bật\"), for a strip of topics")
            .WithDescription("within: how many of the newest published items to look at (10–1,000, default 200); limit 1–50 (default 10). Each tag's itemCount counts those items only; its page lists them all (?tag=slug).");

        api.MapGet("/tags/{slug}", GetAsync)
            .WithTags("Tags")
            .PublicResponse()
            .WithName("GetTag")
            .WithSummary("A tag that published items carry: its name for a tag page; list its items with ?tag= on any list")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>
    /// GET /manage/tags?q=: the tags already in use that match what an editor is typing, so
    /// the newsroom reuses "Sóc Trăng" rather than starting "TP Sóc Trăng" (any staff account).
    /// Editors also correct tags here: rename one, or merge a stray spelling into the right one.
    /// </summary>
    public static void MapTagManagement(this IEndpointRouteBuilder manage)
    {
        var group = manage.MapGroup("/tags").WithTags("Manage tags");

        group.MapGet("/", SuggestAsync)
            .Validate<TagSuggestionQuery>()
            .WithName("ManageListTags")
            .WithSummary("Tags in use matching what an editor types (tone marks ignored), for reuse")
            .WithDescription("q: the start or part of a tag (\"soc tr\" finds \"Sóc Trăng\"); empty: the most used. Tags with a word starting with q first, then by how many items carry them. limit 1–50 (default 10).");

        group.MapPost("/{slug}/rename", RenameAsync).RequireAuthorization(Policies.Editor)
            .Validate<TagRenameRequest>()
            .WithName("RenameTag")
            .WithSummary("Write a tag differently: every item carrying it shows the new name; its slug (and tag page) follows, the old slug still leads to it")
            .WithDescription("Each item carrying it counts as changed for the changes feed, and its ETag changes; it keeps its last-changed time, and neither a revision nor a webhook event is made per item. A name whose slug another tag has is a 409: merge into that tag instead.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{slug}/merge", MergeAsync).RequireAuthorization(Policies.Editor)
            .Validate<TagMergeRequest>()
            .WithName("MergeTag")
            .WithSummary("Fold a tag into another (a stray spelling into the right one): its items carry the other instead; it is deleted, its slug leads to the other")
            .WithDescription("into: the tag to keep, by slug or name as written. Each item that carried the merged tag counts as changed for the changes feed, and its ETag changes; it keeps its last-changed time, and neither a revision nor a webhook event is made per item.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Ok<PopularTags>> ListPopularAsync([AsParameters] PopularTagsQuery query, CmsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var within = query.Within ?? 200;
        var tags = (await new TagQueries(db).PopularAsync(clock.GetUtcNow(), within, query.Limit ?? 10, ct))
            .Select(t => new PopularTag(t.Name, t.Slug, t.Items)).ToList();
        http.Response.Headers.CacheControl = PublicCache.List;
        return TypedResults.Ok(new PopularTags(within, tags));
    }

    public static async Task<Ok<TagResponse>> GetAsync(string slug, CmsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var tag = await PublicTags.FindAsync(db, slug, clock.GetUtcNow(), ct);
        http.Response.Headers.CacheControl = PublicCache.List;
        return TypedResults.Ok(tag);
    }

    // Matched on the slug ("soc tr" → "soc-tr"), so tone marks, đ and case do not matter; a word
    // starting with it first, then the most used. (A handler's XML summary would become Swagger's.)
    public static async Task<Ok<List<TagSuggestion>>> SuggestAsync([AsParameters] TagSuggestionQuery query, CmsDbContext db, CancellationToken ct)
    {
        var typed = string.IsNullOrWhiteSpace(query.Q) ? null : Tag.SlugOf(query.Q);
        if (typed == string.Empty)
        {
            return TypedResults.Ok(new List<TagSuggestion>()); // only punctuation: no tag has it
        }

        var found = await new TagQueries(db).MatchingAsync(typed, query.Limit ?? 10, ct);
        return TypedResults.Ok(found.Select(Suggestion).ToList());
    }

    public static async Task<Ok<TagSuggestion>> RenameAsync(string slug, TagRenameRequest request, CmsDbContext db, IContentChangeListener changes, CancellationToken ct)
    {
        var tag = await FindAsync(db, slug, "slug", ct) ?? throw new NotFoundException("Tag", slug);
        var (id, oldSlug) = (tag.Id, tag.Slug);
        tag.Rename(request.Name!);
        if (await db.Tags.AnyAsync(t => t.Slug == tag.Slug && t.Id != id, ct))
        {
            throw new ConflictException($"The tag '{tag.Slug}' exists already: merge this one into it instead.");
        }

        // Every item carrying it is logged as changed, in the same transaction; caches
        // drop once it commits (the items' ETags cover their tags' names).
        var tags = new TagQueries(db);
        await tags.RenameAsync(id, tag.Name, tag.Slug, oldSlug, ct);
        changes.ContentChanged();
        return TypedResults.Ok(Suggestion(await tags.CountAsync(id, ct)));
    }

    public static async Task<Ok<TagSuggestion>> MergeAsync(string slug, TagMergeRequest request, CmsDbContext db, IContentChangeListener changes, CancellationToken ct)
    {
        var source = await FindAsync(db, slug, "slug", ct) ?? throw new NotFoundException("Tag", slug);
        var target = await FindAsync(db, request.Into!, "into", ct)
            ?? throw new ValidationException([new ValidationFailure("into", $"There is no tag '{request.Into}'.")]);
        if (target.Id == source.Id)
        {
            throw new ValidationException([new ValidationFailure("into", "A tag cannot be merged into itself.")]);
        }

        var tags = new TagQueries(db);
        await tags.MergeAsync(source.Id, target.Id, source.Slug, ct);
        changes.ContentChanged();
        return TypedResults.Ok(Suggestion(await tags.CountAsync(target.Id, ct)));
    }

    private static TagSuggestion Suggestion(TagCount tag) => new(tag.Name, tag.Slug, tag.Items);

    /// <summary>A tag by its slug or its name as written ("Sóc Trăng" = "soc-trang"); null if none.</summary>
    private static Task<Tag?> FindAsync(CmsDbContext db, string slugOrName, string field, CancellationToken ct)
    {
        var slug = Tag.SlugOf(slugOrName);
        return slug.Length == 0
            ? throw new ValidationException([new ValidationFailure(field, "A tag needs at least one letter or digit.")])
            : db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug, ct);
    }
}
