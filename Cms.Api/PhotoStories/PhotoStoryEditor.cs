using Cms.Api.Common;
using Cms.Api.Content;
using Cms.Domain.Content;
using Cms.Domain.PhotoStories;

namespace Cms.Api.PhotoStories;

/// <summary>
/// Writes photo stories. A story saved without a cover takes its first photo as its cover, so
/// every list, feed and share preview shows a picture of it without a special case.
/// </summary>
internal sealed class PhotoStoryEditor : IContentEditor<PhotoStory, PhotoStoryRequest>
{
    public PhotoStory Create(PhotoStoryRequest request, ContentFields fields, DateTimeOffset now)
    {
        var photos = Unsized(request);
        return new(WithCover(fields, photos), photos, now);
    }

    public void Update(PhotoStory entity, PhotoStoryRequest request, ContentFields fields, DateTimeOffset now)
    {
        var photos = Unsized(request);
        entity.Update(WithCover(fields, photos), photos, now);
    }

    // The writes take these: each photo picked from the media library carries its size, as a cover does.
    public async Task<PhotoStory> CreateAsync(PhotoStoryRequest request, ContentFields fields, ContentFieldsFactory lookups, DateTimeOffset now, CancellationToken ct)
    {
        var photos = await SizedAsync(request, lookups, ct);
        return new(WithCover(fields, photos), photos, now);
    }

    public async Task UpdateAsync(PhotoStory entity, PhotoStoryRequest request, ContentFields fields, ContentFieldsFactory lookups, DateTimeOffset now, CancellationToken ct)
    {
        var photos = await SizedAsync(request, lookups, ct);
        entity.Update(WithCover(fields, photos), photos, now);
    }

    public PhotoStoryRequest Snapshot(PhotoStory entity) => ContentSnapshot.WithCommonFields(new PhotoStoryRequest
    {
        Photos = entity.Photos.Select(p => new PhotoRequest(ImageRequest.From(p.Image), p.Credit)).ToList(),
    }, entity);

    private static ContentFields WithCover(ContentFields fields, List<Photo> photos) =>
        fields.CoverImage is null && photos.Count > 0 ? fields with { CoverImage = photos[0].Image } : fields;

    private static List<Photo> Unsized(PhotoStoryRequest request) =>
        request.Photos!.Select(p => new Photo(p.Image!.ToDomain(), p.Credit)).ToList();

    private static async Task<List<Photo>> SizedAsync(PhotoStoryRequest request, ContentFieldsFactory lookups, CancellationToken ct)
    {
        var images = await lookups.ImagesAsync(request.Photos!.Select(p => p.Image!).ToList(), ct);
        return request.Photos!.Select((p, i) => new Photo(images[i], p.Credit)).ToList();
    }
}
