using Cms.Domain.Content;

namespace Cms.Infrastructure.Persistence;

/// <summary>What a public list is narrowed to; null (or empty) for no narrowing.</summary>
/// <param name="Type">One content type.</param>
/// <param name="Categories">A section and its sub-sections.</param>
/// <param name="Tag">A tag's slug.</param>
public sealed record PublicListFilter(ContentType? Type, IReadOnlyCollection<int>? Categories, string? Tag);
