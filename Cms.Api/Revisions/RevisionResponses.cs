using Cms.Domain.Content;
using Cms.Infrastructure.Revisions;

namespace Cms.Api.Revisions;

/// <summary>One entry of an item's history: what was done, by whom, when, and the status it left.</summary>
public sealed record RevisionSummary(long Id, [property: Common.KnownValues(typeof(RevisionActions), nameof(RevisionActions.All))] string Action, ContentStatus Status, string Title, DateTimeOffset CreatedAt, string? CreatedBy, long? RestoredFrom)
{
    internal static readonly System.Linq.Expressions.Expression<Func<ContentRevision, RevisionSummary>> FromRow =
        r => new RevisionSummary(r.Id, r.Action, r.Status, r.Title, r.CreatedAt, r.CreatedBy, r.RestoredFrom);
}

/// <summary>One revision in full: its content is the request body that would write the item as it was.</summary>
public sealed record RevisionResponse<TRequest>(RevisionSummary Revision, TRequest Content);

/// <summary>
/// The working copy of an item: the next version, not yet public. <c>Outdated</c> says the
/// item itself was saved since the copy was started, so publishing it would undo that save.
/// </summary>
public sealed record WorkingCopyResponse<TRequest>(long ContentId, TRequest Content, bool Outdated,
    DateTimeOffset CreatedAt, string? CreatedBy, DateTimeOffset UpdatedAt, string? UpdatedBy);
