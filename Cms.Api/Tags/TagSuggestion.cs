namespace Cms.Api.Tags;

/// <summary>An existing tag an editor may reuse, with how many items (of any status) carry it.</summary>
public sealed record TagSuggestion(string Name, string Slug, int ItemCount);
