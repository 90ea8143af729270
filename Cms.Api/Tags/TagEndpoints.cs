using Cms.Api.Auth;
using Cms.Api.Caching;
using Cms.Api.Validation;
using Cms.Domain.Common;
using Cms.Domain.Taxonomy;
using Cms.Infrastructure.Changes;
using Cms.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Cms.Api.Tags;

internal static class TagEndpoints
{
    /// <summary>
    /// The tags the newest published items carry ($2 of them), most carried first: what the
    /// portal writes about now. The newest items come from the public newest-first index, so
    /// the cost is the window's, not the archive's.
    /// </summary>
    private static readonly string PopularSql = $"""
        SELECT t.name, t.slug, count(*)::int AS items
        FROM (SELECT id FROM content_items WHERE {PublicSql.At(string.Empty, "$1")}
              ORDER BY published_at DESC, id DESC LIMIT $2) AS recent
        JOIN content_item_tags l ON l.content_item_id = recent.id
        JOIN tags t ON t.id = l.tags_id
        GROUP BY t.id, t.name, t.slug
        ORDER BY items DESC, t.slug
        LIMIT $3
        """;

    /// <summary>
    /// GET /tags: the tags of the moment, for a strip of topics. GET /tags/{slug}: a tag's name,
    /// for the heading of its page ("Từ khóa: Sóc Trăng"); its items are the lists' ?tag=. A tag
    /// only drafts carry is a 404 like one that does not exist (PublicTags).
    /// </summary>
    public static void MapTagDelivery(this IEndpointRouteBuilder api)
    {
        api.MapGet("/tags", async ([AsParameters] PopularTagsQuery query, CmsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var within = query.Within ?? 200;
                var tags = await db.ReadAsync(PopularSql, row => new PopularTag(row.GetString(0), row.GetString(1), row.GetInt32(2)), ct,
                    new NpgsqlParameter<DateTimeOffset> { TypedValue = clock.GetUtcNow().ToUniversalTime() },
                    new NpgsqlParameter<int> { TypedValue = within },
                    new NpgsqlParameter<int> { TypedValue = query.Limit ?? 10 });
                http.Response.Headers.CacheControl = PublicCache.List;
                return TypedResults.Ok(new PopularTags(within, tags));
            })
            .Validate<PopularTagsQuery>()
            .WithTags("Tags")
            .PublicResponse()
            .WithName("ListPopularTags")
            .WithSummary("The tags the newest published items carry most (\"Chủ đề nổi bật\"), for a strip of topics")
            .WithDescription("within: how many of the newest published items to look at (10–1,000, default 200); limit 1–50 (default 10). Each tag's itemCount counts those items only; its page lists them all (?tag=slug).");

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
    }

    /// <summary>Tags whose slug holds what was typed ($1, a slug; null: all), word starts first, then the most used.</summary>
    private const string SuggestionSql = """
        SELECT t.name, t.slug, (SELECT count(*) FROM content_item_tags it WHERE it.tags_id = t.id)::int AS items
        FROM tags t
        WHERE $1 IS NULL OR strpos(t.slug, $1) > 0
        ORDER BY ($1 IS NULL OR starts_with(t.slug, $1) OR strpos(t.slug, '-' || $1) > 0) DESC, items DESC, t.slug
        LIMIT $2
        """;

    /// <summary>
    /// GET /manage/tags?q=: the tags already in use that match what an editor is typing, so
    /// the newsroom reuses "Sóc Trăng" rather than starting "TP Sóc Trăng". Matched on the
    /// slug ("soc tr" → "soc-tr"), so tone marks, đ and case do not matter; tags with a word
    /// starting with it come first, then the most used. Editors also correct tags here:
    /// rename one, or merge a stray spelling into the right one.
    /// </summary>
    public static void MapTagManagement(this IEndpointRouteBuilder manage)
    {
        var group = manage.MapGroup("/tags").WithTags("Manage tags");

        group.MapGet("/", async ([AsParameters] TagSuggestionQuery query, CmsDbContext db, CancellationToken ct) =>
            {
                var typed = string.IsNullOrWhiteSpace(query.Q) ? null : Tag.SlugOf(query.Q);
                if (typed == string.Empty)
                {
                    return TypedResults.Ok(new List<TagSuggestion>()); // only punctuation: no tag has it
                }

                // Each tag's items counted from its links (an index of them by tag): asked per
                // tag through EF, PostgreSQL joined items for each tag, seconds for the most used
                // tags of a large archive (bench/README.md, "Figures behind the code").
                var found = await db.ReadAsync(SuggestionSql, ReadSuggestion, ct,
                    new NpgsqlParameter<string?> { TypedValue = typed, NpgsqlDbType = NpgsqlDbType.Text },
                    new NpgsqlParameter<int> { TypedValue = query.Limit ?? 10 });
                return TypedResults.Ok(found);
            })
            .Validate<TagSuggestionQuery>()
            .WithName("ManageListTags")
            .WithSummary("Tags in use matching what an editor types (tone marks ignored), for reuse")
            .WithDescription("q: the start or part of a tag (\"soc tr\" finds \"Sóc Trăng\"); empty: the most used. Tags with a word starting with q first, then by how many items carry them. limit 1–50 (default 10).");

        group.MapPost("/{slug}/rename", async (string slug, TagRenameRequest request, CmsDbContext db, IContentChangeListener changes, CancellationToken ct) =>
            {
                var tag = await FindAsync(db, slug, "slug", ct) ?? throw new NotFoundException("Tag", slug);
                var (id, oldSlug) = (tag.Id, tag.Slug);
                tag.Rename(request.Name!);
                if (await db.Tags.AnyAsync(t => t.Slug == tag.Slug && t.Id != id, ct))
                {
                    throw new ConflictException($"The tag '{tag.Slug}' exists already: merge this one into it instead.");
                }

                // The old slug stays an alias of the tag (links, feeds and apps holding it keep
                // working); the new one stops being an alias of anything.
                await ChangeItemsAsync(db, id, changes, ct, """
                    UPDATE tags SET name = {1}, slug = {2} WHERE id = {0};
                    DELETE FROM tag_aliases WHERE slug = {2};
                    INSERT INTO tag_aliases (slug, tag_id) SELECT {3}, {0} WHERE {3} <> {2}
                    ON CONFLICT (slug) DO UPDATE SET tag_id = EXCLUDED.tag_id;
                    """, id, tag.Name, tag.Slug, oldSlug);
                return TypedResults.Ok(await SummaryAsync(db, id, ct));
            })
            .Validate<TagRenameRequest>()
            .RequireAuthorization(Policies.Editor)
            .WithName("RenameTag")
            .WithSummary("Write a tag differently: every item carrying it shows the new name; its slug (and tag page) follows, the old slug still leads to it")
            .WithDescription("Each item carrying it counts as changed for the changes feed, and its ETag changes; it keeps its last-changed time, and neither a revision nor a webhook event is made per item. A name whose slug another tag has is a 409: merge into that tag instead.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{slug}/merge", async (string slug, TagMergeRequest request, CmsDbContext db, IContentChangeListener changes, CancellationToken ct) =>
            {
                var source = await FindAsync(db, slug, "slug", ct) ?? throw new NotFoundException("Tag", slug);
                var target = await FindAsync(db, request.Into!, "into", ct)
                    ?? throw new ValidationException([new ValidationFailure("into", $"There is no tag '{request.Into}'.")]);
                if (target.Id == source.Id)
                {
                    throw new ValidationException([new ValidationFailure("into", "A tag cannot be merged into itself.")]);
                }

                // Items that carried both keep one link; the source's links go with it. Its slug,
                // and its own old slugs, become aliases of the tag kept.
                await ChangeItemsAsync(db, source.Id, changes, ct, """
                    INSERT INTO content_item_tags (content_item_id, tags_id)
                    SELECT content_item_id, {1} FROM content_item_tags WHERE tags_id = {0}
                    ON CONFLICT DO NOTHING;
                    UPDATE tag_aliases SET tag_id = {1} WHERE tag_id = {0};
                    INSERT INTO tag_aliases (slug, tag_id) VALUES ({2}, {1})
                    ON CONFLICT (slug) DO UPDATE SET tag_id = EXCLUDED.tag_id;
                    DELETE FROM tags WHERE id = {0};
                    """, source.Id, target.Id, source.Slug);
                return TypedResults.Ok(await SummaryAsync(db, target.Id, ct));
            })
            .Validate<TagMergeRequest>()
            .RequireAuthorization(Policies.Editor)
            .WithName("MergeTag")
            .WithSummary("Fold a tag into another (a stray spelling into the right one): its items carry the other instead; it is deleted, its slug leads to the other")
            .WithDescription("into: the tag to keep, by slug or name as written. Each item that carried the merged tag counts as changed for the changes feed, and its ETag changes; it keeps its last-changed time, and neither a revision nor a webhook event is made per item.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static TagSuggestion ReadSuggestion(NpgsqlDataReader row) => new(row.GetString(0), row.GetString(1), row.GetInt32(2));

    /// <summary>A tag by its slug or its name as written ("Sóc Trăng" = "soc-trang"); null if none.</summary>
    private static Task<Tag?> FindAsync(CmsDbContext db, string slugOrName, string field, CancellationToken ct)
    {
        var slug = Tag.SlugOf(slugOrName);
        return slug.Length == 0
            ? throw new ValidationException([new ValidationFailure(field, "A tag needs at least one letter or digit.")])
            : db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug, ct);
    }

    /// <summary>
    /// Runs <paramref name="sql"/> on the tag <paramref name="tagId"/> in one transaction with an
    /// entry in the change log for every item carrying it (<see cref="DerivedChanges"/>), so
    /// apps syncing an offline copy hear of each, while "last changed" (the editors' list
    /// order) stays what editors did. Caches are dropped once it commits; the items' ETags
    /// cover their tags' names (ETags.ForPublicItem).
    /// </summary>
    private static async Task ChangeItemsAsync(CmsDbContext db, int tagId, IContentChangeListener changes, CancellationToken ct, string sql, params object[] parameters)
    {
        await db.InTransactionAsync(async cancel =>
        {
            await DerivedChanges.ItemsTaggedAsync(db, tagId, cancel);
            await db.Database.ExecuteSqlRawAsync(sql, parameters, cancel);
        }, ct);
        changes.ContentChanged();
    }

    private static async Task<TagSuggestion> SummaryAsync(CmsDbContext db, int tagId, CancellationToken ct) =>
        (await db.ReadAsync("SELECT t.name, t.slug, (SELECT count(*) FROM content_item_tags l WHERE l.tags_id = t.id)::int FROM tags t WHERE t.id = $1",
            ReadSuggestion, ct, new NpgsqlParameter<int> { TypedValue = tagId })).Single();
}
