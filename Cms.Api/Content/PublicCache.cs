namespace Cms.Api.Content;

/// <summary>
/// Cache lifetimes for public responses. Short, because a published correction or a
/// scheduled item must show within a minute; ETags make revalidation cheap.
/// </summary>
internal static class PublicCache
{
    public const string List = "public, max-age=30";
    public const string Item = "public, max-age=60";
}
