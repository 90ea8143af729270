using Cms.Api.Auth;
using Cms.Api.Caching;
using Cms.Api.Common;
using Cms.Api.Content;
using Cms.Api.Validation;
using Cms.Domain.Common;
using Cms.Domain.Taxonomy;
using Cms.Infrastructure.Changes;
using Cms.Infrastructure.Persistence;
using Cms.Infrastructure.Slugs;
using FluentValidation;
using FluentValidation.Results;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Categories;

/// <summary>
/// Sections: the routes first (who may call each), then what each does. Readers get the tree;
/// any staff account reads the flat list; editors create, change and delete sections.
/// </summary>
internal static class CategoryEndpoints
{
    /// <summary>GET /categories: the public section tree.</summary>
    public static void MapCategoryDelivery(this IEndpointRouteBuilder api) =>
        api.MapGet("/categories", ListTreeAsync)
            .WithTags("Categories")
            .PublicResponse()
            .WithName("ListCategories")
            .WithSummary("The sections of the portal as a tree");

    public static void MapCategoryManagement(this IEndpointRouteBuilder manage)
    {
        var group = manage.MapGroup("/categories").WithTags("Manage categories");

        group.MapGet("/", ListAsync)
            .WithName("ManageListCategories")
            .WithSummary("All sections, flat, with parent ids and versions");

        group.MapGet("/{id:int}", GetAsync)
            .WithName("ManageGetCategory")
            .WithSummary("One section")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Editor)
            .Validate<CategoryRequest>()
            .WithName("CreateCategory")
            .WithSummary("Create a section")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(Policies.Editor)
            .Validate<CategoryRequest>()
            .WithName("UpdateCategory")
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("Replace a section (rename, move under another parent, reorder)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapDelete("/{id:int}", DeleteAsync).RequireAuthorization(Policies.Editor)
            .WithName("DeleteCategory")
            .WithSummary("Delete a section without sub-sections; its content is kept, uncategorised")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    public static async Task<Ok<List<CategoryNode>>> ListTreeAsync(CmsDbContext db, HttpContext http, CancellationToken ct)
    {
        var all = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(ct);
        http.Response.Headers.CacheControl = PublicCache.List;
        return TypedResults.Ok(Tree(all.ToLookup(c => c.ParentId), null));
    }

    public static async Task<Ok<List<CategoryResponse>>> ListAsync(CmsDbContext db, TypeAdapterConfig mapping, CancellationToken ct) =>
        TypedResults.Ok((await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(ct))
            .Adapt<List<CategoryResponse>>(mapping));

    public static async Task<Ok<CategoryResponse>> GetAsync(int id, CmsDbContext db, TypeAdapterConfig mapping, HttpContext http, CancellationToken ct) =>
        Respond(await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("Category", id), mapping, http);

    public static async Task<Created<CategoryResponse>> CreateAsync(CategoryRequest request, CmsDbContext db, SlugAllocator slugs, TypeAdapterConfig mapping,
        HttpContext http, CancellationToken ct)
    {
        var parent = await ParentAsync(db, request.ParentId, ct);
        var slug = await slugs.ForCategoryAsync(request.Slug, request.Name!, null, ct);
        var category = new Category(request.Name!, slug, request.Description, parent, request.SortOrder ?? 0);
        db.Categories.Add(category);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/manage/categories/{category.Id}", Respond(category, mapping, http).Value);
    }

    public static async Task<Ok<CategoryResponse>> UpdateAsync(int id, CategoryRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        CmsDbContext db, SlugAllocator slugs, TypeAdapterConfig mapping, HttpContext http, CancellationToken ct)
    {
        var category = await LoadForWriteAsync(db, id, ifMatch, ct);
        var parent = await ParentAsync(db, request.ParentId, ct);
        var slug = request.Slug is null || request.Slug == category.Slug
            ? category.Slug
            : await slugs.ForCategoryAsync(request.Slug, request.Name!, id, ct);
        var (oldName, oldSlug) = (category.Name, category.Slug);
        category.Update(request.Name!, slug, request.Description, parent, request.SortOrder ?? 0);
        if (category.Name == oldName && category.Slug == oldSlug)
        {
            await db.SaveChangesAsync(ct);
            return Respond(category, mapping, http);
        }

        // Renamed: every item filed here shows the new name, so apps syncing a copy
        // must hear of each (DerivedChanges), in the same transaction as the rename.
        await db.InTransactionAsync(async cancel =>
        {
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancel); // accepted once committed, below
            await DerivedChanges.ItemsInSectionAsync(db, id, cancel);
        }, ct);
        db.ChangeTracker.AcceptAllChanges();
        return Respond(category, mapping, http);
    }

    public static async Task<NoContent> DeleteAsync(int id, [FromHeader(Name = "If-Match")] string? ifMatch, CmsDbContext db, CancellationToken ct)
    {
        var category = await LoadForWriteAsync(db, id, ifMatch, ct);
        if (await db.Categories.AnyAsync(c => c.ParentId == id, ct))
        {
            throw new ConflictException("This section still has sub-sections; move or delete them first.");
        }

        db.Categories.Remove(category); // its content stays, filed under no section
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static List<CategoryNode> Tree(ILookup<int?, Category> children, int? parentId) =>
        children[parentId]
            .Select(c => new CategoryNode { Id = c.Id, Name = c.Name, Slug = c.Slug, Description = c.Description, Children = Tree(children, c.Id) })
            .ToList();

    private static async Task<Category?> ParentAsync(CmsDbContext db, int? parentId, CancellationToken ct)
    {
        if (parentId is not { } id)
        {
            return null;
        }

        // The whole tree is loaded so the domain can walk the ancestors to refuse loops.
        var all = await db.Categories.ToListAsync(ct);
        return all.FirstOrDefault(c => c.Id == id)
            ?? throw new ValidationException([new ValidationFailure("parentId", $"There is no category {id}.")]);
    }

    private static async Task<Category> LoadForWriteAsync(CmsDbContext db, int id, string? ifMatch, CancellationToken ct)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("Category", id);
        ETags.PinVersion(db, category, c => c.Version, ifMatch, "Category", id);
        return category;
    }

    private static Ok<CategoryResponse> Respond(Category category, TypeAdapterConfig mapping, HttpContext http)
    {
        http.Response.Headers.ETag = ETags.From(category.Version);
        return TypedResults.Ok(category.Adapt<CategoryResponse>(mapping));
    }
}
