using Cms.Domain.Authors;

namespace Cms.Infrastructure.Persistence;

/// <summary>One line of an item's byline as its row names it (<see cref="ContentReader"/>): the person and the role.</summary>
public sealed record CreditName(int AuthorId, string Name, string Slug, string? Title, CreditRole Role);
