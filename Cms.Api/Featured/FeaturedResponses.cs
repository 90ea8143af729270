using Cms.Api.Common;
using Cms.Api.Content;

namespace Cms.Api.Featured;

/// <summary>GET /featured: what leads the home page or a section, in the editors' order; only items public now.</summary>
/// <param name="Category">The section the list leads; null for the home page.</param>
/// <param name="Items">First = the lead story. Empty when editors have chosen nothing (show the newest instead).</param>
public sealed record FeaturedItems(CategoryRef? Category, IReadOnlyList<ContentSummary> Items);

/// <summary>One place in a featured list as editors see it.</summary>
/// <param name="IsPublic">Readers see it now (false: a draft, scheduled for later, unpublished or archived; it keeps its place and shows once public).</param>
/// <param name="Item">The item as lists show it, with its status.</param>
public sealed record FeaturedEntry(bool IsPublic, ContentSummary Item);

/// <summary>GET /manage/featured: a featured list with every item placed, public or not. Its ETag goes in the If-Match of the next PUT.</summary>
/// <param name="Category">The section the list leads; null for the home page.</param>
/// <param name="Items">In order; items deleted since they were placed are left out.</param>
/// <param name="UpdatedAt">Last saved; null if never.</param>
/// <param name="UpdatedBy">Who saved it last.</param>
public sealed record FeaturedListResponse(CategoryRef? Category, IReadOnlyList<FeaturedEntry> Items, DateTimeOffset? UpdatedAt, string? UpdatedBy);
