namespace Cms.Api.Common;

/// <summary>
/// Endpoint metadata: the answer's ETag is the version to send back as If-Match, though its body
/// has no version field to say so (a working copy, a featured list). Answers whose body carries
/// a version need no marker: the OpenAPI document declares their ETag from the body.
/// </summary>
internal sealed class VersionETag
{
    public static readonly VersionETag Marker = new();

    private VersionETag()
    {
    }
}

internal static class VersionETagEndpoints
{
    public static RouteHandlerBuilder AnswersWithVersionETag(this RouteHandlerBuilder endpoint) => endpoint.WithMetadata(VersionETag.Marker);
}
