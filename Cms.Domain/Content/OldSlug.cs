namespace Cms.Domain.Content;

/// <summary>
/// A slug an item had before an editor changed it. Links shared on Facebook and Zalo, search
/// results and apps holding it keep working: the public API answers the item under it, and the
/// site sends readers on to the current address. The database writes these itself, whenever an
/// item's slug changes (Persistence/Sql/ContentOldSlugs.sql), so every way of changing one (an
/// edit, a restored revision, a published working copy) keeps the old address; an item taking
/// the slug as its own takes the address over.
/// </summary>
public sealed class OldSlug
{
    private OldSlug()
    {
        Slug = string.Empty;
    }

    /// <summary>Slugs are unique per type, old ones too: /bai-viet/x and /video/x are two addresses.</summary>
    public ContentType Type { get; private set; }

    public string Slug { get; private set; }

    public long ContentId { get; private set; }

    /// <summary>When the item stopped using it; the newest comes first in the item's list.</summary>
    public DateTimeOffset RetiredAt { get; private set; }
}
