namespace Cms.Tests.Support;

// The newsroom's content answers beyond ItemBody (see Bodies.cs for the rules these follow):
// interviews, videos, revisions and working copies, and the accounts that wrote them. Only the
// fields tests look at, named as on the wire; not borrowed from Cms.Api.

/// <summary>An interview in full, as the newsroom and the public read it: the item's own fields, then who answered what.</summary>
public sealed record InterviewBody(long Id, string Slug, string Title, string Status, IntervieweeBody Interviewee, IReadOnlyList<ExchangeBody> Exchanges)
{
    public string Type { get; init; } = "";

    public string? Summary { get; init; }

    public string? Author { get; init; }

    /// <summary>The closing line, e.g. "Xin cảm ơn đồng chí!"; null when there is none.</summary>
    public string? Closing { get; init; }

    /// <summary>The row version, also the ETag.</summary>
    public uint Version { get; init; }
}

/// <summary>The person interviewed.</summary>
public sealed record IntervieweeBody(string Name, string? Position, ImageBody? Portrait);

/// <summary>One question and its answer; in answers Speaker is always filled (the interviewee unless named), in saved request bodies it may be null.</summary>
public sealed record ExchangeBody(string Question, string Answer, string? Speaker)
{
    /// <summary>The reader who asked, in a live Q&amp;A.</summary>
    public string? Asker { get; init; }
}

/// <summary>A video in full: what plays it and for how long.</summary>
public sealed record VideoBody(long Id, string Type, VideoSourceBody Source, int? DurationSeconds, ImageBody? CoverImage);

/// <summary>Where a video plays from: kind (youtube, vimeo, file, hls) and the id or URL.</summary>
public sealed record VideoSourceBody(string Kind, string Value);

/// <summary>One entry of an item's history: what was done, by whom (null: the system), and the status it left.</summary>
public sealed record RevisionBody(long Id, string Action, string Status, string Title, string? CreatedBy)
{
    /// <summary>Restores only: the revision whose content came back.</summary>
    public long? RestoredFrom { get; init; }
}

/// <summary>One revision in full: the entry and the item's content then, as a request body.</summary>
public sealed record RevisionDetailBody(RevisionBody Revision, SavedContentBody Content);

/// <summary>The working copy of an item (its next version, not yet public); Outdated: the item was saved since the copy began.</summary>
public sealed record WorkingCopyBody(long ContentId, SavedContentBody Content, bool Outdated);

/// <summary>Content as a request body would write it (revisions and working copies keep it so): tags are plain names.</summary>
public sealed record SavedContentBody(string Title, IReadOnlyList<string> Tags)
{
    /// <summary>Articles.</summary>
    public string? Body { get; init; }

    /// <summary>Interviews.</summary>
    public IReadOnlyList<ExchangeBody>? Exchanges { get; init; }
}

/// <summary>A category as the newsroom sees it, with who created it and when.</summary>
public sealed record CategoryAuditBody(int Id, string Name, string? CreatedBy, DateTimeOffset? CreatedAt);

/// <summary>The signed-in user's own account (/manage/me).</summary>
public sealed record OwnAccountBody(string UserName);
