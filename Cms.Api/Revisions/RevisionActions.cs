namespace Cms.Api.Revisions;

/// <summary>What a revision records was done; shown in the history as is.</summary>
internal static class RevisionActions
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Submitted = "submitted";
    public const string Returned = "returned";
    public const string Published = "published";
    public const string Unpublished = "unpublished";
    public const string Archived = "archived";
    public const string Scheduled = "scheduled";
    public const string Restored = "restored";
    public const string DraftSaved = "draftSaved";
    public const string DraftPublished = "draftPublished";

    /// <summary>A live Q&amp;A's question published with its answer, appended to the interview.</summary>
    public const string Answered = "answered";

    /// <summary>Every action, as the OpenAPI document lists them for a revision's action.</summary>
    public static readonly IReadOnlyList<string> All =
        [Created, Updated, Submitted, Returned, Published, Unpublished, Archived, Scheduled, Restored, DraftSaved, DraftPublished, Answered];
}
