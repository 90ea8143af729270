namespace Cms.Infrastructure.Seeding;

/// <summary>
/// The shape of Data/demo-content.json: the sections, articles and videos around the seed page,
/// and the titles of the articles featured on the home page after the seed interview.
/// </summary>
internal sealed record DemoContentFile(
    IReadOnlyList<DemoCategory> Categories,
    IReadOnlyList<DemoArticle> Articles,
    IReadOnlyList<DemoVideo> Videos,
    IReadOnlyList<string>? Featured);

internal sealed record DemoCategory(string Slug, string Name, string? Description, IReadOnlyList<DemoCategory>? Children);

internal sealed record DemoArticle(
    string Title, string Summary, string Body, string Category, IReadOnlyList<string> Tags, string Author,
    DateTimeOffset PublishedAt, long ViewCount);

internal sealed record DemoVideo(
    string Title, string Description, string Category, IReadOnlyList<string> Tags, string Author,
    DateTimeOffset PublishedAt, int DurationSeconds, long ViewCount);
