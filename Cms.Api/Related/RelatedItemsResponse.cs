using Cms.Api.Content;

namespace Cms.Api.Related;

/// <summary>GET /{type}/{idOrSlug}/related: the stories to show under an item, in order.</summary>
/// <param name="Items">Up to four list cards, of any type; empty when nothing relates.</param>
public sealed record RelatedItemsResponse(IReadOnlyList<ContentSummary> Items);
