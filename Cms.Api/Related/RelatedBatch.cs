using Cms.Api.Content;

namespace Cms.Api.Related;

/// <summary>
/// GET /{type}/batch/related?ids=: the stories under many items at once, what a site builder reads
/// beside the items themselves (a hundred per request) instead of one request per page.
/// </summary>
/// <param name="Items">One entry per public item asked for, in the order asked.</param>
/// <param name="Missing">The ids asked for that are not public items of this type.</param>
public sealed record RelatedBatch(IReadOnlyList<RelatedOfItem> Items, IReadOnlyList<long> Missing);

/// <summary>The stories under one item, as GET /{type}/{idOrSlug}/related lists them.</summary>
/// <param name="Id">The item's id.</param>
/// <param name="Items">Up to four list cards, in order; empty when nothing relates.</param>
public sealed record RelatedOfItem(long Id, IReadOnlyList<ContentSummary> Items);
