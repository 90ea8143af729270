namespace Cms.Tests.Support;

// What readers and apps get, as a client reads it (see Bodies.cs for the rules these follow):
// the changes feed, search, tag lists, feeds' JSON answers, demo content.

/// <summary>A sync of the changes feed: items to add or replace, items to drop, the token for next time.</summary>
public sealed record ChangesBody(IReadOnlyList<ItemBody> Items, IReadOnlyList<RemovedBody> Removed, string Next, bool HasMore);

/// <summary>An item the changes feed says to drop (no longer public).</summary>
public sealed record RemovedBody(long Id, string Type);

/// <summary>A batch read (GET /{type}/batch?ids=…): the public items asked for, and the ids that are not.</summary>
public sealed record BatchBody<T>(IReadOnlyList<T> Items, IReadOnlyList<long> Missing);

/// <summary>An interview as readers get it: who was interviewed, the exchanges and the closing line (the rest is in ItemBody).</summary>
public sealed record PublicInterviewBody(long Id, IntervieweeBody Interviewee, IReadOnlyList<ExchangeBody> Exchanges)
{
    public string? Closing { get; init; }
}

/// <summary>The person interviewed.</summary>
public sealed record IntervieweeBody(string Name, string? Position, ImageBody? Portrait);

/// <summary>One question and its answer; Speaker is the interviewee unless the exchange names another.</summary>
public sealed record ExchangeBody(string Question, string Answer, string Speaker);

/// <summary>A video as readers get it: where it plays and how long it runs (the rest is in ItemBody).</summary>
public sealed record PublicVideoBody(long Id, VideoSourceBody Source, int? DurationSeconds);

/// <summary>Where a video plays: kind (youtube, vimeo, file, hls) and the id or URL.</summary>
public sealed record VideoSourceBody(string Kind, string Value);

/// <summary>What editors chose to lead the home page or a section (GET /featured), in their order.</summary>
public sealed record PublicFeaturedBody(CategoryBody? Category, IReadOnlyList<ItemBody> Items);

/// <summary>A section in the public tree (GET /categories), with its sub-sections in menu order.</summary>
public sealed record PublicSectionBody(int Id, string Name, string Slug, IReadOnlyList<PublicSectionBody> Children);

/// <summary>The tags the newest published items carry most (GET /tags), and how many items were looked at.</summary>
public sealed record PopularTagsBody(int Within, IReadOnlyList<TagCountBody> Items);
