namespace Cms.Domain.Content;

/// <summary>
/// One of the stories an editor chose to show under an item ("Tin liên quan"), in its place.
/// Pins come before the stories chosen by shared tags and section; any item may be pinned,
/// drafts and scheduled ones included (an editor can line up a story due tomorrow), and readers
/// see each only while it is public. Deleting either item removes the pin.
/// </summary>
public sealed class RelatedPin
{
    /// <summary>What readers see under an item: a handful, as the portal's pages show.</summary>
    public const int MaxItems = 4;

    private RelatedPin()
    {
    }

    public RelatedPin(long contentId, int position, long relatedId)
    {
        if (contentId == relatedId)
        {
            throw new ArgumentException("An item cannot be related to itself.", nameof(relatedId));
        }

        ContentId = contentId;
        Position = position;
        RelatedId = relatedId;
    }

    /// <summary>The item the pin is shown under.</summary>
    public long ContentId { get; private set; }

    /// <summary>Place among the item's pins, from 0.</summary>
    public int Position { get; private set; }

    /// <summary>The item shown.</summary>
    public long RelatedId { get; private set; }
}
