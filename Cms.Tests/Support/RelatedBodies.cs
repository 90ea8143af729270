namespace Cms.Tests.Support;

/// <summary>GET /{type}/{idOrSlug}/related.</summary>
public sealed record RelatedBody(IReadOnlyList<ItemBody> Items);

/// <summary>GET/PUT /manage/{type}/{id}/related.</summary>
public sealed record RelatedPinsBody(IReadOnlyList<FeaturedEntryBody> Pins, IReadOnlyList<ItemBody> Shown);
