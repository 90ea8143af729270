namespace Cms.Domain.Previews;

/// <summary>Whether a preview link opens its item now.</summary>
public enum PreviewLinkState
{
    Active,
    Expired,
    Revoked,
}
