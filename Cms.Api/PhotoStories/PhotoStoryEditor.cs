using Cms.Api.Common;
using Cms.Api.Content;
using Cms.Domain.Content;
using Cms.Domain.PhotoStories;

namespace Cms.Api.PhotoStories;

internal sealed class PhotoStoryEditor : IContentEditor<PhotoStory, PhotoStoryRequest>
{
    public PhotoStory Create(PhotoStoryRequest request, ContentFields fields, DateTimeOffset now) =>
        new(fields, Unsized(request), now);

    public void Update(PhotoStory entity, PhotoStoryRequest request, ContentFields fields, DateTimeOffset now) =>
        entity.Update(fields, Unsized(request), now);

    // The writes take these: each photo picked from the media library carries its size, as a cover does.
    public async Task<PhotoStory> CreateAsync(PhotoStoryRequest request, ContentFields fields, ContentFieldsFactory lookups, DateTimeOffset now, CancellationToken ct) =>
        new(fields, await SizedAsync(request, lookups, ct), now);

    public async Task UpdateAsync(PhotoStory entity, PhotoStoryRequest request, ContentFields fields, ContentFieldsFactory lookups, DateTimeOffset now, CancellationToken ct) =>
        entity.Update(fields, await SizedAsync(request, lookups, ct), now);

    public PhotoStoryRequest Snapshot(PhotoStory entity) => ContentSnapshot.WithCommonFields(new PhotoStoryRequest
    {
        Photos = entity.Photos.Select(p => new PhotoRequest(ImageRequest.From(p.Image), p.Credit)).ToList(),
    }, entity);

    private static IEnumerable<Photo> Unsized(PhotoStoryRequest request) =>
        request.Photos!.Select(p => new Photo(p.Image!.ToDomain(), p.Credit));

    private static async Task<List<Photo>> SizedAsync(PhotoStoryRequest request, ContentFieldsFactory lookups, CancellationToken ct)
    {
        var photos = new List<Photo>(request.Photos!.Count);
        foreach (var photo in request.Photos)
        {
            photos.Add(new Photo((await lookups.ImageAsync(photo.Image, ct))!, photo.Credit));
        }

        return photos;
    }
}
