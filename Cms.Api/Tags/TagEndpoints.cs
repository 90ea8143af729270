using Cms.Api.Caching;
using Cms.Api.Validation;
using Cms.Domain.Common;
using Cms.Infrastructure.Persistence;
using Npgsql;
using NpgsqlTypes;

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

                // Each tag's items counted from its links (an index of them by tag): asked per
                // tag through EF, PostgreSQL counted items with a join per tag, 8.8 s for the most
                // used on a million items with 500 tags; this way ~0.2 s at most.
                var found = await db.ReadAsync(SuggestionSql, row => new TagSuggestion(row.GetString(0), row.GetString(1), row.GetInt32(2)), ct,
                    new NpgsqlParameter<string?> { TypedValue = typed, NpgsqlDbType = NpgsqlDbType.Text },
                    new NpgsqlParameter<int> { TypedValue = query.Limit ?? 10 });
                return TypedResults.Ok(found);
            })
            .Validate<TagSuggestionQuery>()
            .WithTags("Manage tags")
            .WithName("ManageListTags")
            .WithSummary("Tags in use matching what an editor types (tone marks ignored), for reuse")
            .WithDescription("q: the start or part of a tag (\"soc tr\" finds \"Sóc Trăng\"); empty: the most used. Tags with a word starting with q first, then by how many items carry them. limit 1–50 (default 10).");
}
