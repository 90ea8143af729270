using Cms.Domain.Interviews;
using Cms.Infrastructure.LiveQa;

namespace Cms.Api.LiveQa;

/// <summary>An interview's live session as readers (and the site's script) see it.</summary>
public sealed record LiveStatusResponse
{
    public required long InterviewId { get; init; }

    public required string Slug { get; init; }

    /// <summary>upcoming, open or closed; null when the interview has no live session.</summary>
    public LiveSessionState? State { get; init; }

    public DateTimeOffset? OpensAt { get; init; }

    public DateTimeOffset? ClosesAt { get; init; }

    /// <summary>The interview's exchanges now: a page showing fewer has answers to fetch.</summary>
    public required int ExchangeCount { get; init; }

    public static LiveStatusResponse Of(LiveStatus status, DateTimeOffset now) => new()
    {
        InterviewId = status.InterviewId,
        Slug = status.Slug,
        State = status is { OpensAt: { } opens, ClosesAt: { } closes } ? LiveSession.StateOf(opens, closes, now) : null,
        OpensAt = status.OpensAt,
        ClosesAt = status.ClosesAt,
        ExchangeCount = status.ExchangeCount,
    };
}
