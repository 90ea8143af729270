namespace Cms.Tests.Support;

// Preview links as a client reads them (like Bodies.cs: only the fields tests look at, named as on the wire).

/// <summary>A preview link as the newsroom sees it.</summary>
public sealed record PreviewLinkBody(long Id, long ContentId, string Url, string Token, DateTimeOffset ExpiresAt, string? CreatedBy,
    DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, string? RevokedBy, string State);

/// <summary>What a preview link shows: one of the three set, in its type's public shape.</summary>
public sealed record PreviewBody(DateTimeOffset ExpiresAt, ItemBody? Article, ItemBody? Interview, ItemBody? Video);

/// <summary>A 410 of a preview link: its reason, expired or revoked.</summary>
public sealed record GoneBody(string Title, string Reason);
