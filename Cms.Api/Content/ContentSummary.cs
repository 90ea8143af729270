namespace Cms.Api.Content;

/// <summary>An item as lists show it: everything but the body.</summary>
public sealed record ContentSummary : ContentCard
{
    /// <summary>Videos only: running time in seconds.</summary>
    public int? DurationSeconds { get; init; }
}
