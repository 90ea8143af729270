using Cms.Api.Common;
using Cms.Infrastructure.Media;
using Cms.Infrastructure.Persistence;

namespace Cms.Api.Media;

/// <summary>
/// Gives every picture an API response holds (covers, share pictures, portraits, authors'
/// photos, in one item or a list of twenty) the renditions the media library has of it. The
/// pictures are noted as they are mapped (<see cref="Track"/>, from Mapping/MappingConfig), and
/// once the handler has built its answer, one query finds all their renditions: the renditions
/// are read where they live, so moving a focal point shows at once, without rewriting the items.
/// Set on the whole API (ApiRoutes) and again on public responses inside their ETag filter
/// (Caching/CachingSetup), which serializes the body itself: the innermost run does the work,
/// the outer one then finds no picture left to fill.
/// </summary>
internal sealed class ImageRenditionsFilter : IEndpointFilter
{
    private static readonly AsyncLocal<List<ImageResponse>?> Mapped = new();

    /// <summary>Notes a picture just mapped, when a request is being answered (elsewhere, e.g. webhooks' payloads, nothing is done).</summary>
    public static void Track(ImageResponse image) => Mapped.Value?.Add(image);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var mapped = new List<ImageResponse>();
        Mapped.Value = mapped;
        var result = await next(context);
        if (mapped.Count > 0)
        {
            var db = context.HttpContext.RequestServices.GetRequiredService<CmsDbContext>();
            var renditions = await LibraryRenditions.ForUrlsAsync(db, mapped.Select(i => i.Url), context.HttpContext.RequestAborted);
            foreach (var image in mapped)
            {
                image.Renditions = renditions.TryGetValue(image.Url, out var found)
                    ? found.Select(r => new ImageRenditionResponse(r.Ratio, r.ContentType, r.Width, r.Height, MediaEndpoints.UrlOf(r.StorageKey))).ToList()
                    : null;
            }
        }

        return result;
    }
}
