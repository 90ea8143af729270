using Cms.Api.Auth;
using Cms.Api.Caching;
using Cms.Api.Common;
using Cms.Api.Content;
using Cms.Api.Validation;
using Cms.Domain.Authors;
using Cms.Domain.Common;
using Cms.Infrastructure.Changes;
using Cms.Infrastructure.Persistence;
using Cms.Infrastructure.Slugs;
using FluentValidation;
using FluentValidation.Results;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Authors;

/// <summary>
/// Authors (tác giả): the routes first (who may call each), then what each does. Readers get an
/// author's page and their public items; any staff account reads the list; editors create,
/// change and delete authors.
/// </summary>
internal static class AuthorEndpoints
{
    public static void MapAuthorDelivery(this IEndpointRouteBuilder api)
    {
        api.MapGet("/authors/{slug}", GetPublicAsync)
            .WithTags("Authors")
            .PublicResponse()
            .WithName("GetAuthor")
            .WithSummary("An author: name, title, photo and bio, for the head of their page")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/authors/{slug}/items", ListItemsAsync)
            .Validate<AuthorItemsQuery>()
            .WithTags("Authors")
            .PublicResponse()
            .WithName("ListAuthorItems")
            .WithSummary("The published items an author is credited on, newest first, in numbered pages")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static void MapAuthorManagement(this IEndpointRouteBuilder manage)
    {
        var group = manage.MapGroup("/authors").WithTags("Manage authors");

        group.MapGet("/", ListAsync)
            .Validate<AuthorListQuery>()
            .WithName("ManageListAuthors")
            .WithSummary("Authors by name, to credit on items; q matches part of a name, tone marks ignored");

        group.MapGet("/{id:int}", GetAsync)
            .WithName("ManageGetAuthor")
            .WithSummary("One author; the ETag is its version")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Editor)
            .Validate<AuthorRequest>()
            .WithName("CreateAuthor")
            .WithSummary("Create an author")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(Policies.Editor)
            .Validate<AuthorRequest>()
            .WithName("UpdateAuthor")
            .WithSummary("Replace an author (bylines show the new name at once; the slug stays unless a new one is given)")
            .WithDescription("Requires If-Match: the ETag from a GET (428 without it, 412 if someone saved in between).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{id:int}", DeleteAsync).RequireAuthorization(Policies.Editor)
            .WithName("DeleteAuthor")
            .WithSummary("Delete an author no item credits and no royalty names (409 otherwise)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    public static async Task<Ok<PublicAuthor>> GetPublicAsync(string slug, CmsDbContext db, TypeAdapterConfig mapping, HttpContext http, CancellationToken ct)
    {
        var author = await FindBySlugAsync(db, slug, ct);
        http.Response.Headers.CacheControl = PublicCache.List;
        return TypedResults.Ok(author.Adapt<PublicAuthor>(mapping));
    }

    public static async Task<Ok<PagedList<ContentSummary>>> ListItemsAsync(string slug, [AsParameters] AuthorItemsQuery query, CmsDbContext db,
        TypeAdapterConfig mapping, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var author = await FindBySlugAsync(db, slug, ct);
        var now = clock.GetUtcNow();
        var items = new AuthorQueries(db);
        var source = new ContentPages.IdSource(
            (skip, take, after, c) => after is { } a
                ? items.PublicAfterAsync(author.Id, now, a.PublishedAt, a.Id, take, c)
                : items.PublicPageAsync(author.Id, now, skip, take, c),
            c => items.PublicCountAsync(author.Id, now, c));
        http.Response.Headers.CacheControl = PublicCache.List;
        return TypedResults.Ok(await ContentPages.NewestFirstAsync(source, query.Paging, query.After, now, db, mapping, ct));
    }

    public static async Task<Ok<PagedList<AuthorResponse>>> ListAsync([AsParameters] AuthorListQuery query, CmsDbContext db, TypeAdapterConfig mapping, CancellationToken ct)
    {
        var authors = db.Authors.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            // Matched on the slug form, as tags are: "le vu" and "Lê Vũ" both find lê-vũ's "le-vu".
            var typed = Slug.FromTitle(query.Q);
            var words = Text.Clean(query.Q);
            authors = authors.Where(a => (typed.Length > 0 && a.Slug.Contains(typed)) || a.Name.Contains(words));
        }

        var page = await PagedList<Author>.CreateAsync(authors.OrderBy(a => a.Name).ThenBy(a => a.Id), query.Paging, ct);
        return TypedResults.Ok(new PagedList<AuthorResponse>(page.Items.Adapt<List<AuthorResponse>>(mapping), page.Page, page.PageSize, page.TotalItems, page.TotalPages));
    }

    public static async Task<Ok<AuthorResponse>> GetAsync(int id, CmsDbContext db, TypeAdapterConfig mapping, HttpContext http, CancellationToken ct) =>
        Respond(await db.Authors.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Author", id), mapping, http);

    public static async Task<Created<AuthorResponse>> CreateAsync(AuthorRequest request, CmsDbContext db, SlugAllocator slugs, ContentFieldsFactory fields, TypeAdapterConfig mapping,
        HttpContext http, CancellationToken ct)
    {
        await CheckUserAsync(db, request.UserId, null, ct);
        var slug = await slugs.ForAuthorAsync(request.Slug, request.Name!, null, ct);
        var author = new Author(request.Name!, slug, request.Title, await fields.ImageAsync(request.Photo, ct), request.Bio, request.UserId);
        db.Authors.Add(author);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/manage/authors/{author.Id}", Respond(author, mapping, http).Value);
    }

    public static async Task<Ok<AuthorResponse>> UpdateAsync(int id, AuthorRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        CmsDbContext db, SlugAllocator slugs, ContentFieldsFactory fields, TypeAdapterConfig mapping, HttpContext http, CancellationToken ct)
    {
        var author = await LoadForWriteAsync(db, id, ifMatch, ct);
        await CheckUserAsync(db, request.UserId, id, ct);
        var slug = request.Slug is null || request.Slug == author.Slug ? author.Slug : await slugs.ForAuthorAsync(request.Slug, request.Name!, id, ct);
        var shown = (author.Name, author.Slug, author.Title);
        author.Update(request.Name!, slug, request.Title, await fields.ImageAsync(request.Photo, ct), request.Bio, request.UserId);
        if ((author.Name, author.Slug, author.Title) == shown)
        {
            await db.SaveChangesAsync(ct);
            return Respond(author, mapping, http);
        }

        // What bylines show changed: every item crediting them is logged as changed, in the same
        // transaction, so apps and the site builder rewrite them (as a renamed section's are).
        await db.InTransactionAsync(async cancel =>
        {
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancel); // accepted once committed, below
            await DerivedChanges.ItemsCreditingAsync(db, id, cancel);
        }, ct);
        db.ChangeTracker.AcceptAllChanges();
        return Respond(author, mapping, http);
    }

    public static async Task<NoContent> DeleteAsync(int id, [FromHeader(Name = "If-Match")] string? ifMatch, CmsDbContext db, CancellationToken ct)
    {
        var author = await LoadForWriteAsync(db, id, ifMatch, ct);
        if (await db.ContentCredits.AnyAsync(c => c.AuthorId == id, ct) || await db.Royalties.AnyAsync(r => r.AuthorId == id, ct))
        {
            throw new ConflictException("Items still credit this author (or royalties name them); take them off those bylines first.");
        }

        db.Authors.Remove(author);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Author> FindBySlugAsync(CmsDbContext db, string slug, CancellationToken ct) =>
        await db.Authors.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, ct) ?? throw new NotFoundException("Author", slug);

    /// <summary>The linked account must exist, and be no other author's.</summary>
    private static async Task CheckUserAsync(CmsDbContext db, int? userId, int? ownId, CancellationToken ct)
    {
        if (userId is not { } id)
        {
            return;
        }

        if (!await db.Users.AnyAsync(u => u.Id == id, ct))
        {
            throw new ValidationException([new ValidationFailure("userId", $"There is no user {id}.")]);
        }

        if (await db.Authors.AnyAsync(a => a.UserId == id && a.Id != (ownId ?? 0), ct))
        {
            throw new ConflictException($"Another author is already linked to user {id}.");
        }
    }

    private static async Task<Author> LoadForWriteAsync(CmsDbContext db, int id, string? ifMatch, CancellationToken ct)
    {
        var author = await db.Authors.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Author", id);
        ETags.PinVersion(db, author, a => a.Version, ifMatch, "Author", id);
        return author;
    }

    private static Ok<AuthorResponse> Respond(Author author, TypeAdapterConfig mapping, HttpContext http)
    {
        http.Response.Headers.ETag = ETags.From(author.Version);
        return TypedResults.Ok(author.Adapt<AuthorResponse>(mapping));
    }
}
