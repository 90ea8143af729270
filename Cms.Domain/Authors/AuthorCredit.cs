namespace Cms.Domain.Authors;

/// <summary>A credit as an editor gives it: the person and the role; its place is its index in the list.</summary>
public sealed record AuthorCredit(Author Author, CreditRole Role);
