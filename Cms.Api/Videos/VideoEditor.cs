using Cms.Api.Content;
using Cms.Domain.Content;
using Cms.Domain.Videos;

namespace Cms.Api.Videos;

internal sealed class VideoEditor : IContentEditor<Video, VideoRequest>
{
    public Video Create(VideoRequest request, ContentFields fields, DateTimeOffset now) =>
        new(fields, request.Description, Source(request), request.DurationSeconds, now);

    public void Update(Video entity, VideoRequest request, ContentFields fields, DateTimeOffset now) =>
        entity.Update(fields, request.Description, Source(request), request.DurationSeconds, now);

    public VideoRequest Snapshot(Video entity) => ContentSnapshot.WithCommonFields(new VideoRequest
    {
        Description = entity.Description,
        Source = new VideoSourceRequest(entity.Source.Kind, entity.Source.Value),
        DurationSeconds = entity.DurationSeconds,
    }, entity);

    private static VideoSource Source(VideoRequest request) => new(request.Source!.Kind!.Value, request.Source.Value!);
}
