namespace Cms.Infrastructure.LiveQa;

/// <summary>An interview's live session, if any, and how many exchanges the interview has now.</summary>
public sealed record LiveStatus(long InterviewId, string Slug, int ExchangeCount, DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt);
