namespace Cms.Api.Caching;

/// <summary>
/// Endpoint metadata: this GET answers with a strong ETag and 304 on If-None-Match
/// (StrongETagFilter). Set by PublicResponse; read by the OpenAPI document to declare it.
/// </summary>
internal sealed class ConditionalGet
{
    public static readonly ConditionalGet Marker = new();

    private ConditionalGet()
    {
    }
}
