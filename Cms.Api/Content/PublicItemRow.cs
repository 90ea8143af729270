using Cms.Api.Interviews;
using Cms.Api.Videos;

namespace Cms.Api.Content;

/// <summary>
/// One public item as <see cref="PublicContentReader"/> reads it: the fields every item has and
/// those of every type side by side (the other types' null), mapped by name onto
/// ArticleResponse, InterviewResponse or VideoResponse, or, in a list, ContentSummary (Mapping/MappingConfig).
/// </summary>
internal sealed record PublicItemRow : ContentDetail
{
    /// <summary>Articles.</summary>
    public string? Body { get; init; }

    /// <summary>Interviews.</summary>
    public IntervieweeResponse? Interviewee { get; init; }

    public IReadOnlyList<ExchangeResponse>? Exchanges { get; init; }

    public string? Closing { get; init; }

    /// <summary>Videos.</summary>
    public string? Description { get; init; }

    public VideoSourceResponse? Source { get; init; }

    public int? DurationSeconds { get; init; }
}
