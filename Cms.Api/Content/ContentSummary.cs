namespace Cms.Api.Content;

/// <summary>An item as lists show it: everything but the body.</summary>
public record ContentSummary : ContentCard
{
    /// <summary>Videos only: running time in seconds.</summary>
    public int? DurationSeconds { get; init; }

    /// <summary>Photo stories only: how many photos (a card's badge).</summary>
    public int? PhotoCount { get; init; }

    /// <summary>
    /// Search results only: the passage around the first match, as text with &amp; &lt; &gt; &quot; &#39; escaped and
    /// each matching word in &lt;mark&gt;; safe to insert as HTML.
    /// </summary>
    public string? Snippet { get; init; }
}

/// <summary>An item in the newsroom's lists: what readers' lists show, plus who made and last changed it, and when, and its notes in brief.</summary>
public sealed record ManagedContentSummary : ContentSummary
{
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public ManagedContentSummary(ContentSummary summary, string? createdBy, DateTimeOffset updatedAt, string? updatedBy, bool hasWorkingCopy)
        : base(summary)
    {
        CreatedBy = createdBy;
        UpdatedAt = updatedAt;
        UpdatedBy = updatedBy;
        HasWorkingCopy = hasWorkingCopy;
    }

    public string? CreatedBy { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public string? UpdatedBy { get; init; }

    /// <summary>A next version is being written (GET …/{id}/draft).</summary>
    public bool HasWorkingCopy { get; init; }

    /// <summary>How many staff notes the item has (GET …/{id}/notes), replies included.</summary>
    public int NoteCount { get; init; }

    /// <summary>Returned to its author and still a draft: the editor's latest reason; null otherwise.</summary>
    public string? ReturnedReason { get; init; }

    /// <summary>When it was returned (set with ReturnedReason).</summary>
    public DateTimeOffset? ReturnedAt { get; init; }

    /// <summary>The user name of the editor who returned it (set with ReturnedReason).</summary>
    public string? ReturnedBy { get; init; }

    /// <summary>That editor's display name, when the account has one.</summary>
    public string? ReturnedByName { get; init; }
}
