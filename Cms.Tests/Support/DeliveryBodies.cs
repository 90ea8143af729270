namespace Cms.Tests.Support;

// What readers and apps get, as a client reads it (see Bodies.cs for the rules these follow):
// the changes feed, search, tag lists, feeds' JSON answers, demo content.

/// <summary>A sync of the changes feed: items to add or replace, items to drop, the token for next time.</summary>
public sealed record ChangesBody(IReadOnlyList<ItemBody> Items, IReadOnlyList<RemovedBody> Removed, string Next, bool HasMore);

/// <summary>An item the changes feed says to drop (no longer public).</summary>
public sealed record RemovedBody(long Id, string Type);
