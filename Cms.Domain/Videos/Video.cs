using Cms.Domain.Common;
using Cms.Domain.Content;

namespace Cms.Domain.Videos;

/// <summary>
/// A video item ("Phim tư liệu"). Its thumbnail is the shared cover image, so lists of
/// mixed content need no special case for videos.
/// </summary>
public sealed class Video : ContentItem
{
    private Video()
    {
        Source = null!;
    }

    public Video(ContentFields fields, string? description, VideoSource source, int? durationSeconds, DateTimeOffset now)
        : base(ContentType.Video, fields, now)
    {
        Source = source;
        Set(description, source, durationSeconds);
    }

    public string? Description { get; private set; }

    public VideoSource Source { get; private set; }

    public int? DurationSeconds { get; private set; }

    public void Update(ContentFields fields, string? description, VideoSource source, int? durationSeconds, DateTimeOffset now)
    {
        Apply(fields, now);
        Set(description, source, durationSeconds);
    }

    private void Set(string? description, VideoSource source, int? durationSeconds)
    {
        if (durationSeconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(durationSeconds), "A duration cannot be negative.");
        }

        Description = Text.CleanOptional(description);
        Source = source;
        DurationSeconds = durationSeconds;
        SetSearchText(Description);
    }
}
