using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cms.Api.Content;

/// <summary>
/// ?fields=id,slug,title on a list keeps only those fields of each item (the paging fields
/// always stay), for phones on slow networks. Names are the JSON names of a list item.
/// </summary>
internal static class FieldSelection
{
    /// <summary>The fields a list item has, by their JSON names.</summary>
    public static readonly IReadOnlySet<string> Known = typeof(ContentSummary).GetProperties()
        .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
        .ToHashSet(StringComparer.Ordinal);

    public static IReadOnlyList<string> Parse(string? fields) =>
        string.IsNullOrWhiteSpace(fields) ? [] : fields.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static bool IsValid(string? fields) => Parse(fields).All(Known.Contains);

    /// <summary>The serialized list with each item cut down to <paramref name="fields"/>.</summary>
    public static byte[] Apply(byte[] listJson, IReadOnlyList<string> fields)
    {
        var list = JsonNode.Parse(listJson)!.AsObject();
        foreach (var item in list["items"]!.AsArray().Select(i => i!.AsObject()))
        {
            foreach (var name in item.Select(p => p.Key).Where(k => !fields.Contains(k)).ToList())
            {
                item.Remove(name);
            }
        }

        return JsonSerializer.SerializeToUtf8Bytes(list);
    }
}
