using Cms.Domain.Common;

namespace Cms.Domain.Videos;

/// <summary>
/// Where a video plays from. File and HLS sources carry a URL; YouTube and Vimeo
/// sources carry the platform's video id, so clients build the embed they prefer.
/// </summary>
public sealed class VideoSource
{
    private VideoSource()
    {
        Value = string.Empty;
    }

    public VideoSource(VideoSourceKind kind, string value)
    {
        Kind = kind;
        Value = Text.Clean(value);
    }

    public VideoSourceKind Kind { get; private set; }

    /// <summary>The URL (file, HLS) or the platform id (YouTube, Vimeo).</summary>
    public string Value { get; private set; }

    public bool IsEmbedded => Kind is VideoSourceKind.Youtube or VideoSourceKind.Vimeo;
}
