using Cms.Domain.Previews;

namespace Cms.Api.Previews;

/// <summary>
/// A preview link as the newsroom sees it: the address to send (the public site's page), the
/// token in it, until when it works, who made it, and whether it still works.
/// </summary>
public sealed record PreviewLinkResponse(
    long Id,
    long ContentId,
    string Url,
    string Token,
    DateTimeOffset ExpiresAt,
    string? CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt,
    string? RevokedBy,
    PreviewLinkState State);
