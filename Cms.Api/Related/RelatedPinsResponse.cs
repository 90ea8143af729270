using Cms.Api.Content;

namespace Cms.Api.Related;

/// <summary>One pinned story as editors see it.</summary>
/// <param name="IsPublic">Readers see it now (false: a draft, scheduled for later, unpublished or archived; it keeps its place and shows once public).</param>
/// <param name="Item">The item as lists show it, with its status.</param>
public sealed record RelatedPinEntry(bool IsPublic, ContentSummary Item);

/// <summary>GET/PUT /manage/{type}/{id}/related: an item's pins and what readers see under it.</summary>
/// <param name="Pins">In order; items deleted since are gone with their pins.</param>
/// <param name="Shown">What readers see under the item now, pins first (for an item not yet public: what they will see once it is, as things stand).</param>
public sealed record RelatedPinsResponse(IReadOnlyList<RelatedPinEntry> Pins, IReadOnlyList<ContentSummary> Shown);
