namespace Cms.Api.Content;

/// <summary>
/// Many items of one type in full, in the order asked (GET /{type}/batch?ids=): what a site
/// builder or an app reads after the changes feed named them, a hundred per request instead
/// of one request each.
/// </summary>
/// <param name="Items">The public ones, in the order of the ids asked for.</param>
/// <param name="Missing">The ids asked for that are not public items of this type (never were, or not any more): drop your copies.</param>
public sealed record ItemBatch<T>(IReadOnlyList<T> Items, IReadOnlyList<long> Missing);
