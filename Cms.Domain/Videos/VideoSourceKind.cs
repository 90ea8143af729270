namespace Cms.Domain.Videos;

/// <summary>How a video is played: from a file or HLS playlist URL, or by an embedded player.</summary>
public enum VideoSourceKind
{
    File,
    Hls,
    /// <summary>Spelled so that its JSON name is "youtube".</summary>
    Youtube,
    Vimeo,
}
