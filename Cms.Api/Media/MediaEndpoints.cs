using System.Security.Claims;
using Cms.Api.Auth;
using Cms.Api.Common;
using Cms.Api.Validation;
using Cms.Domain.Common;
using Cms.Domain.Media;
using Cms.Infrastructure.Media;
using Cms.Infrastructure.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Cms.Api.Media;

/// <summary>
/// The media library: staff upload images (multipart/form-data) and describe them; everyone
/// reads the files at /media/…, which never change and are cached for a year. The routes first
/// (who may call each), then what each does.
/// </summary>
internal static class MediaEndpoints
{
    public const string PathPrefix = "/media/";

    public static string UrlOf(string storageKey) => PathPrefix + storageKey;

    /// <summary>GET /media/yyyy/MM/file: an original or a rendition, with immutable caching; anyone may read it.</summary>
    public static void MapMediaFiles(this IEndpointRouteBuilder app) =>
        // Year and month constrained, so /media/demo/… stays with the static files (wwwroot).
        app.MapGet("/media/{year:regex(^[0-9]{{4}}$)}/{month:regex(^[0-9]{{2}}$)}/{file}", GetFileAsync)
            .WithTags("Media")
            .WithName("GetMediaFile")
            .WithSummary("An uploaded image or one of its renditions (URLs from the media library)")
            .Produces(StatusCodes.Status200OK, typeof(Stream), "image/jpeg", "image/png", "image/gif", "image/webp")
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>/manage/media: any staff account (authors describe only their own uploads); deleting is editors'.</summary>
    public static void MapMediaLibrary(this IEndpointRouteBuilder manage)
    {
        var group = manage.MapGroup("/media").WithTags("Manage media");

        group.MapPost("/", UploadAsync)
            // Tokens travel in the Authorization header, never in cookies: a form post from another
            // site carries no credentials, so there is no cross-site request to forge.
            .DisableAntiforgery()
            .WithMetadata(new UploadEndpoint())
            .WithName("UploadMedia")
            .WithSummary("Upload an image (multipart/form-data: file, caption, alt)")
            .WithDescription("JPEG, PNG, GIF or WebP, read from the bytes (a renamed file of another kind is a 415); at most Cms:Media:MaxUploadBytes (413) and Cms:Media:MaxPixels. Renditions 320, 800 and 1600 pixels wide are made for images wider than that, in the original's shape and cropped to 16:9, 4:3 and 1:1 around the focal point (the centre until one is set), each as JPEG (PNG for transparent images) and WebP. The answer's Location and url are the file's root-relative address.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapGet("/", ListAsync)
            .Validate<MediaListQuery>()
            .WithName("ListMedia")
            .WithSummary("The media library, newest first; ?q= finds file names, captions and alt texts");

        group.MapGet("/{id:long}", GetAsync)
            .WithName("GetMedia")
            .WithSummary("One image with its renditions; the ETag is its version")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:long}", DescribeAsync)
            .Validate<MediaDescriptionRequest>()
            .WithName("DescribeMedia")
            .WithSummary("Set an image's caption and alt text (authors: images they uploaded)")
            .WithDescription("Requires If-Match (428 without it, 412 when stale).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapPut("/{id:long}/focal-point", RefocusAsync)
            .Validate<MediaFocalPointRequest>()
            .WithName("SetMediaFocalPoint")
            .WithSummary("Set where an image's subject is (x, y from 0 to 1); its crops are made again around it (authors: images they uploaded)")
            .WithDescription("Requires If-Match (428 without it, 412 when stale). The crops get new URLs; the old ones keep working for pages that name them.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{id:long}", DeleteAsync).RequireAuthorization(Policies.Editor)
            .WithName("DeleteMedia")
            .WithSummary("Delete an image and its renditions for good (pages still linking to it lose the picture)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    public static async Task<FileStreamHttpResult> GetFileAsync(string year, string month, string file, IMediaStore store, HttpContext http, CancellationToken ct)
    {
        var key = $"{year}/{month}/{file}";
        if (!MediaKeys.IsValid(key) || await store.OpenReadAsync(key, ct) is not { } content)
        {
            throw new NotFoundException("Media file", key);
        }

        // The key names the bytes for ever (a new image gets a new key), so caches may keep it a year.
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return TypedResults.Stream(content, MediaKeys.ContentTypeOf(key), entityTag: new EntityTagHeaderValue($"\"{key.Replace('/', '-')}\""),
            enableRangeProcessing: true);
    }

    public static async Task<Created<MediaResponse>> UploadAsync(IFormFile file, [FromForm] string? caption, [FromForm] string? alt, MediaLibrary library,
        IValidator<MediaDescriptionRequest> validator, CancellationToken ct)
    {
        (caption, alt) = (ComposedText.Of(caption), ComposedText.Of(alt));
        await validator.ValidateAndThrowAsync(new MediaDescriptionRequest { Caption = caption, Alt = alt }, ct);
        var asset = await library.AddAsync(file, caption, alt, ct);
        return TypedResults.Created(UrlOf(asset.StorageKey), MediaResponse.From(asset));
    }

    public static async Task<Ok<PagedList<MediaResponse>>> ListAsync([AsParameters] MediaListQuery query, CmsDbContext db, CancellationToken ct)
    {
        var assets = db.MediaAssets.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = "%" + Text.Clean(query.Q).Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            assets = assets.Where(a => EF.Functions.ILike(a.FileName, pattern) || EF.Functions.ILike(a.Caption!, pattern) || EF.Functions.ILike(a.Alt!, pattern));
        }

        var page = await PagedList<MediaAsset>.CreateAsync(assets.OrderByDescending(a => a.Id), query.Paging, ct);
        return TypedResults.Ok(new PagedList<MediaResponse>(page.Items.Select(MediaResponse.From).ToList(), page.Page, page.PageSize, page.TotalItems, page.TotalPages));
    }

    public static async Task<Ok<MediaResponse>> GetAsync(long id, CmsDbContext db, HttpContext http, CancellationToken ct) =>
        Respond(await db.MediaAssets.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Image", id), http);

    public static async Task<Ok<MediaResponse>> DescribeAsync(long id, MediaDescriptionRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        CmsDbContext db, ClaimsPrincipal user, HttpContext http, CancellationToken ct)
    {
        var asset = await EditableAsync(id, db, user, ct);
        ETags.PinVersion(db, asset, a => a.Version, ifMatch, "Image", id);
        asset.Describe(request.Caption, request.Alt);
        await db.SaveChangesAsync(ct);
        return Respond(asset, http);
    }

    public static async Task<Ok<MediaResponse>> RefocusAsync(long id, MediaFocalPointRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        CmsDbContext db, MediaLibrary library, ClaimsPrincipal user, HttpContext http, CancellationToken ct)
    {
        var asset = await EditableAsync(id, db, user, ct);
        ETags.PinVersion(db, asset, a => a.Version, ifMatch, "Image", id);
        await library.RefocusAsync(asset, request.X!.Value, request.Y!.Value, ct);
        return Respond(asset, http);
    }

    public static async Task<NoContent> DeleteAsync(long id, [FromHeader(Name = "If-Match")] string? ifMatch, CmsDbContext db, MediaLibrary library, CancellationToken ct)
    {
        var asset = await db.MediaAssets.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Image", id);
        ETags.PinVersion(db, asset, a => a.Version, ifMatch, "Image", id);
        db.MediaAssets.Remove(asset);
        await db.SaveChangesAsync(ct);
        await library.RemoveFilesAsync(asset); // after the row: a failed delete leaves an unlisted file, never a listed image without one
        return TypedResults.NoContent();
    }

    /// <summary>The image, for someone who may change it: editors any, authors those they uploaded.</summary>
    private static async Task<MediaAsset> EditableAsync(long id, CmsDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var asset = await db.MediaAssets.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Image", id);
        var actor = user.ToActor();
        return actor.IsEditor || asset.CreatedBy == actor.UserName ? asset : throw new ForbiddenException("Authors may only change images they uploaded.");
    }

    private static Ok<MediaResponse> Respond(MediaAsset asset, HttpContext http)
    {
        http.Response.Headers.ETag = ETags.From(asset.Version);
        return TypedResults.Ok(MediaResponse.From(asset));
    }
}

/// <summary>Marks the upload endpoint: its body may be as large as Cms:Media:MaxUploadBytes (Security/RequestBodyLimit).</summary>
internal sealed class UploadEndpoint;
