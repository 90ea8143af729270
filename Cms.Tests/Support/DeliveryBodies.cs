namespace Cms.Tests.Support;

// What readers and apps get, as a client reads it (see Bodies.cs for the rules these follow):
// the changes feed, batches, popular tags. Items, interviews, videos, sections and featured
// lists are read with the same records as the newsroom's answers (Bodies.cs, ContentBodies.cs,
// AdminBodies.cs): one record per shape on the wire.

/// <summary>A sync of the changes feed: items to add or replace, items to drop, the token for next time.</summary>
public sealed record ChangesBody(IReadOnlyList<ItemBody> Items, IReadOnlyList<RemovedBody> Removed, string Next, bool HasMore);

/// <summary>An item the changes feed says to drop (no longer public).</summary>
public sealed record RemovedBody(long Id, string Type);

/// <summary>A batch read (GET /{type}/batch?ids=…): the public items asked for, and the ids that are not.</summary>
public sealed record BatchBody<T>(IReadOnlyList<T> Items, IReadOnlyList<long> Missing);

/// <summary>The tags the newest published items carry most (GET /tags), and how many items were looked at.</summary>
public sealed record PopularTagsBody(int Within, IReadOnlyList<TagCountBody> Items);
