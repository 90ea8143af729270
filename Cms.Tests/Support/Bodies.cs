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

/// <summary>An item, in full or as a list's card.</summary>
public sealed record ItemBody(long Id, string Slug, string Title, string Status, IReadOnlyList<TagBody> Tags)
{
    public IReadOnlyList<string> TagNames => Tags.Select(t => t.Name).ToList();
}

/// <summary>A page of a list.</summary>
public sealed record PageBody<T>(IReadOnlyList<T> Items, int? TotalItems, int? TotalPages, string? NextCursor);

public static class Bodies
{
    public static T As<T>(this JsonNode node) =>
        node.Deserialize<T>(JsonSerializerOptions.Web) ?? throw new InvalidOperationException($"Not a {typeof(T).Name}: {node}");

    public static async Task<T> BodyAsync<T>(this HttpResponseMessage response) => (await response.JsonAsync()).As<T>();

    public static async Task<T> GetBodyAsync<T>(this HttpClient client, string url) => (await client.GetJsonAsync(url)).As<T>();

    public static async Task<T> PostBodyAsync<T>(this HttpClient client, string url, object body) => (await client.PostJsonAsync(url, body)).As<T>();
}
