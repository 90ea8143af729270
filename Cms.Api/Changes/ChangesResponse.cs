using Cms.Api.Content;
using Cms.Domain.Content;

namespace Cms.Api.Changes;

/// <summary>
/// What changed since the client's token: items to add or replace (as list rows; fetch one by
/// id for its body), items to drop, and the token to send next time.
/// </summary>
public sealed record ChangesResponse(IReadOnlyList<ContentSummary> Items, IReadOnlyList<RemovedItem> Removed, string Next, bool HasMore);

/// <summary>An item that is no longer public (unpublished, archived, rescheduled or deleted): drop your copy.</summary>
public sealed record RemovedItem(long Id, ContentType Type);
