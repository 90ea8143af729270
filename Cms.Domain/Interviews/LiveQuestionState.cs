namespace Cms.Domain.Interviews;

/// <summary>
/// A reader's question on its way through moderation: pending until an editor looks at it;
/// approved for answering; merged into a duplicate; rejected; answered (published as an exchange).
/// </summary>
public enum LiveQuestionState
{
    Pending,
    Approved,
    Merged,
    Rejected,
    Answered,
}
