namespace Cms.Api.Authors;

/// <summary>A person as a byline names them: enough to print the name and link to their page.</summary>
public sealed record AuthorRef
{
    public required int Id { get; init; }

    public required string Name { get; init; }

    public required string Slug { get; init; }

    public string? Title { get; init; }
}
