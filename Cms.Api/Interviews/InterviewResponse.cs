using Cms.Api.Common;
using Cms.Api.Content;

namespace Cms.Api.Interviews;

public sealed record InterviewResponse : ContentDetail
{
    public required IntervieweeResponse Interviewee { get; init; }

    public required IReadOnlyList<ExchangeResponse> Exchanges { get; init; }

    public string? Closing { get; init; }
}

public sealed record IntervieweeResponse
{
    public required string Name { get; init; }

    public string? Position { get; init; }

    public ImageResponse? Portrait { get; init; }
}

public sealed record ExchangeResponse
{
    public required string Question { get; init; }

    /// <summary>Plain text; paragraphs are separated by a blank line.</summary>
    public required string Answer { get; init; }

    /// <summary>Who answers: the interviewee's name unless the exchange names someone else.</summary>
    public required string Speaker { get; init; }

    /// <summary>The reader who asked, in a live Q&amp;A ("Nguyễn Văn An (Sóc Trăng)"); null for the journalist's questions.</summary>
    public string? Asker { get; init; }

    /// <summary>
    /// An exchange as the public and editors see it: an answer stored without a speaker is the
    /// interviewee's. The one place this rule lives (the entity map and the delivery reader).
    /// </summary>
    public static ExchangeResponse Of(string question, string answer, string? speaker, string? interviewee, string? asker = null) =>
        new() { Question = question, Answer = answer, Speaker = speaker ?? interviewee ?? string.Empty, Asker = asker };
}
