using Cms.Domain.Common;

namespace Cms.Domain.Previews;

/// <summary>
/// A link that shows one item, as readers would see it, to someone without an account (a
/// leader approving a story from their phone) until it expires or is revoked. The row decides
/// whether the link still works; the token that carries its id is signed (Api/Previews), so a
/// guessed id opens nothing.
/// </summary>
public sealed class PreviewLink : IAudited
{
    public PreviewLink(long contentId, DateTimeOffset expiresAt)
    {
        ContentId = contentId;
        ExpiresAt = Timestamp.Normalize(expiresAt);
    }

    public long Id { get; private set; }

    public long ContentId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string? CreatedBy { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    string? IAudited.UpdatedBy => CreatedBy;

    /// <summary>Whether the link works at <paramref name="now"/>; a revoked link says so even once past its expiry.</summary>
    public PreviewLinkState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? PreviewLinkState.Revoked
        : now >= ExpiresAt ? PreviewLinkState.Expired
        : PreviewLinkState.Active;

    /// <summary>Withdraws the link. Revoking it again changes nothing: the first revocation is the one kept.</summary>
    public void Revoke(string? actor, DateTimeOffset now)
    {
        if (RevokedAt is null)
        {
            RevokedAt = Timestamp.Normalize(now);
            RevokedBy = actor;
        }
    }

    public void RecordWrite(string? actor, DateTimeOffset now, bool isNew)
    {
        if (isNew)
        {
            CreatedAt = Timestamp.Normalize(now);
            CreatedBy = actor;
        }
    }
}
