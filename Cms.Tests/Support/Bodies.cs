using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cms.Tests.Support;

// The API's answers as a client reads them, for tests that assert on fields rather than index
// JSON by string: only the fields tests look at, named as on the wire (camelCase, through
// JsonSerializerOptions.Web). Written here, not borrowed from Cms.Api, so a renamed field on
// the wire fails a test instead of renaming itself on both sides.

/// <summary>A tag as items and tag pages name it.</summary>
public sealed record TagBody(string Name, string Slug);

/// <summary>A tag with how many items carry it (the newsroom's tag answers).</summary>
public sealed record TagCountBody(string Name, string Slug, int ItemCount);

/// <summary>The section an item belongs to.</summary>
public sealed record CategoryBody(int Id, string Name, string Slug);

/// <summary>A cover image (a video's thumbnail).</summary>
public sealed record ImageBody(string Url, string? Caption, string? Alt, int? Width, int? Height, IReadOnlyList<ImageRenditionBody>? Renditions = null);

/// <summary>A copy of a library picture: its shape ("original", "16:9", "4:3", "1:1"), type, size and address.</summary>
public sealed record ImageRenditionBody(string Ratio, string ContentType, int Width, int Height, string Url);

public sealed record SeoBody(string? Title, string? Description, ImageBody? Image, string? CanonicalUrl);

/// <summary>
/// An item, in full or as a list's card, of any type: the fields every item has, then those only
/// some answers carry (null or default where the answer leaves them out). Interviews and videos
/// add their own (InterviewBody, VideoBody).
/// </summary>
public sealed record ItemBody(long Id, string Slug, string Title, string Status, IReadOnlyList<TagBody> Tags)
{
    public string Type { get; init; } = "";

    public string? Summary { get; init; }

    public string? Body { get; init; }

    public string? Author { get; init; }

    /// <summary>The people the byline names, in order.</summary>
    public IReadOnlyList<CreditBody> Credits { get; init; } = [];

    public CategoryBody? Category { get; init; }

    public ImageBody? CoverImage { get; init; }

    public SeoBody? Seo { get; init; }

    public IReadOnlyList<string> OldSlugs { get; init; } = [];

    public DateTimeOffset? PublishedAt { get; init; }

    public long ViewCount { get; init; }

    /// <summary>Full items: the row version, also the ETag.</summary>
    public uint Version { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public string? CreatedBy { get; init; }

    public string? UpdatedBy { get; init; }

    /// <summary>The newsroom's lists: a next version is being written.</summary>
    public bool HasWorkingCopy { get; init; }

    /// <summary>Videos in lists.</summary>
    public int? DurationSeconds { get; init; }

    /// <summary>Search results.</summary>
    public string? Snippet { get; init; }

    /// <summary>Where the public item is in full, whatever its type.</summary>
    public string? Href { get; init; }

    public IReadOnlyList<string> TagNames => Tags.Select(t => t.Name).ToList();
}

/// <summary>A page of a list: numbered (Page, totals) or read with a cursor (NextCursor only).</summary>
public sealed record PageBody<T>(IReadOnlyList<T> Items, int? TotalItems, int? TotalPages, string? NextCursor)
{
    public int? Page { get; init; }

    public int PageSize { get; init; }
}

/// <summary>An RFC 9457 problem as the API sends it; Errors only on validation problems.</summary>
public sealed record ProblemBody(string? Type, string? Title, int Status, string? Detail, string? TraceId)
{
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }
}

public static class Bodies
{
    public static T As<T>(this JsonNode node) =>
        node.Deserialize<T>(JsonSerializerOptions.Web) ?? throw new InvalidOperationException($"Not a {typeof(T).Name}: {node}");

    public static async Task<T> BodyAsync<T>(this HttpResponseMessage response) => (await response.JsonAsync()).As<T>();

    public static async Task<T> GetBodyAsync<T>(this HttpClient client, string url) => (await client.GetJsonAsync(url)).As<T>();

    public static async Task<T> PostBodyAsync<T>(this HttpClient client, string url, object body) => (await client.PostJsonAsync(url, body)).As<T>();
}
