namespace Cms.Tests.Support;

/// <summary>GET /{type}/{idOrSlug}/related.</summary>
public sealed record RelatedBody(IReadOnlyList<ItemBody> Items);

/// <summary>GET/PUT /manage/{type}/{id}/related.</summary>
public sealed record RelatedPinsBody(IReadOnlyList<FeaturedEntryBody> Pins, IReadOnlyList<ItemBody> Shown);

/// <summary>GET /{type}/batch/related?ids=.</summary>
public sealed record RelatedBatchBody(IReadOnlyList<RelatedOfItemBody> Items, IReadOnlyList<long> Missing);

/// <summary>One item's entry in a related batch.</summary>
public sealed record RelatedOfItemBody(long Id, IReadOnlyList<ItemBody> Items);
