using Cms.Api.Auth;
using Cms.Api.Caching;
using Cms.Api.Common;
using Cms.Api.Content;
using Cms.Api.Validation;
using Cms.Domain.Common;
using Cms.Domain.Content;
using Cms.Domain.Curation;
using Cms.Infrastructure.Changes;
using Cms.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cms.Api.Featured;

/// <summary>
/// "Tiêu điểm": the stories editors choose to lead the home page and each section, in their
/// order (<see cref="FeaturedList"/>). Readers get the public ones; editors arrange them.
/// The routes first (who may call each), then what each does.
/// </summary>
internal static class FeaturedEndpoints
{
    public static void MapFeaturedDelivery(this IEndpointRouteBuilder api) =>
        api.MapGet("/featured", ListPublicAsync)
            .Validate<FeaturedQuery>()
            .WithTags("Featured")
            .PublicResponse()
            .WithName("ListFeatured")
            .WithSummary("The stories editors chose to lead the home page (or ?category=slug, a section), in their order")
            .WithDescription("Only items public now; first = the lead story. Empty when editors have chosen nothing: show the newest (GET /content) instead.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>Editors' and admins' only, the whole group.</summary>
    public static void MapFeaturedManagement(this IEndpointRouteBuilder manage)
    {
        var group = manage.MapGroup("/featured").WithTags("Manage featured").RequireAuthorization(Policies.Editor);

        group.MapGet("/", GetAsync)
            .Validate<FeaturedQuery>()
            .WithName("ManageGetFeatured")
            .AnswersWithVersionETag()
            .WithSummary("A featured list (home page, or ?category=slug) with every item placed, public or not")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/", ReplaceAsync)
            .Validate<FeaturedRequest>()
            .WithName("ReplaceFeatured")
            .AnswersWithVersionETag()
            .WithSummary("Replace a featured list (home page, or ?category=slug): the items in order, first = the lead story")
            .WithDescription("Requires If-Match: the ETag of GET /manage/featured (\"0\" for a list never saved, or * to overwrite). Any item may be placed, drafts and scheduled ones included; readers see each only while it is public. At most 20, each once.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    public static async Task<Ok<FeaturedItems>> ListPublicAsync([AsParameters] FeaturedQuery query, CmsDbContext db, TypeAdapterConfig mapping, TimeProvider clock,
        HttpContext http, CancellationToken ct)
    {
        var section = await SectionAsync(db, query.Category, ct);
        var ids = await ListOf(db.FeaturedLists.AsNoTracking(), section).Select(f => f.ItemIds).FirstOrDefaultAsync(ct) ?? [];
        // Cards in the list's order; drafts, items not yet due and deleted ones are left out.
        var items = await ContentCards.PublicAsync(db, ids, mapping, clock.GetUtcNow(), ct);
        http.Response.Headers.CacheControl = PublicCache.List;
        return TypedResults.Ok(new FeaturedItems(section, items));
    }

    public static async Task<Ok<FeaturedListResponse>> GetAsync([AsParameters] FeaturedQuery query, CmsDbContext db, TypeAdapterConfig mapping, TimeProvider clock,
        HttpContext http, CancellationToken ct) =>
        Respond(await ReadAsync(db, mapping, await SectionAsync(db, query.Category, ct), clock.GetUtcNow(), ct), http);

    public static async Task<Ok<FeaturedListResponse>> ReplaceAsync([AsParameters] FeaturedQuery query, FeaturedRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        CmsDbContext db, TypeAdapterConfig mapping, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var section = await SectionAsync(db, query.Category, ct);
        var ids = request.ItemIds!;
        var known = (await db.ContentItems.Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var unknown = ids.Select((id, index) => (id, index)).Where(x => !known.Contains(x.id))
            .Select(x => new ValidationFailure($"itemIds[{x.index}]", $"There is no item {x.id}.")).ToList();
        if (unknown.Count > 0)
        {
            throw new ValidationException(unknown);
        }

        var list = await ListOf(db.FeaturedLists, section).FirstOrDefaultAsync(ct);
        var expected = ETags.ParseIfMatch(ifMatch, required: true);
        if (expected is { } revision && revision != (uint)(list?.Revision ?? 0))
        {
            throw new StaleVersionException("Featured list", section?.Slug ?? "home");
        }

        if (list is null)
        {
            list = new FeaturedList(section?.Id);
            db.FeaturedLists.Add(list);
        }

        // Items that join or leave the list lead elsewhere now: the changes feed names them,
        // so a static site rewrites the page they lead (DerivedChanges).
        var moved = list.ItemIds.Union(ids).ToList();
        list.Replace(ids);
        try
        {
            // Revision is the concurrency token: a save in between is a 412
            await db.InTransactionAsync(async cancel =>
            {
                await db.SaveChangesAsync(cancel);
                await DerivedChanges.ItemsAsync(db, moved, cancel);
            }, ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two editors saved the first version of the same list at once; this one lost.
            throw new StaleVersionException("Featured list", section?.Slug ?? "home");
        }

        return Respond(await ReadAsync(db, mapping, section, clock.GetUtcNow(), ct), http);
    }

    /// <summary>The section a ?category= names (404 if none has that slug); null for the home page.</summary>
    private static async Task<CategoryRef?> SectionAsync(CmsDbContext db, string? slug, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return null;
        }

        if (!Slug.IsValid(slug))
        {
            throw new NotFoundException("Category", slug); // no section could have it (and PostgreSQL refuses some bytes in it)
        }

        return await db.Categories.AsNoTracking().Where(c => c.Slug == slug)
                .Select(c => new CategoryRef { Id = c.Id, Name = c.Name, Slug = c.Slug }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Category", slug);
    }

    /// <summary>The list leading the section (null: the home page); EF writes "IS NULL" for the home page's.</summary>
    private static IQueryable<FeaturedList> ListOf(IQueryable<FeaturedList> lists, CategoryRef? section)
    {
        var sectionId = section?.Id;
        return lists.Where(f => f.CategoryId == sectionId);
    }

    private static async Task<(FeaturedListResponse Response, int Revision)> ReadAsync(CmsDbContext db, TypeAdapterConfig mapping, CategoryRef? section, DateTimeOffset now, CancellationToken ct)
    {
        var list = await ListOf(db.FeaturedLists.AsNoTracking(), section).FirstOrDefaultAsync(ct);
        var ids = list?.ItemIds ?? [];
        var items = (await ContentCards.AnyStatusAsync(db, ids, mapping, now, ct)).ToDictionary(s => s.Id);
        // A summary's status is the one readers see at "now" (a scheduled item due is published).
        var entries = ids.Where(items.ContainsKey).Select(id => new FeaturedEntry(items[id].Status == ContentStatus.Published, items[id])).ToList();
        return (new FeaturedListResponse(section, entries, list?.UpdatedAt, list?.UpdatedBy), list?.Revision ?? 0);
    }

    private static Ok<FeaturedListResponse> Respond((FeaturedListResponse Response, int Revision) read, HttpContext http)
    {
        http.Response.Headers.ETag = ETags.From((uint)read.Revision);
        return TypedResults.Ok(read.Response);
    }
}
