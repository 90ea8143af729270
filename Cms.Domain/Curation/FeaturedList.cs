using Cms.Domain.Common;

namespace Cms.Domain.Curation;

/// <summary>
/// The stories editors put at the top of the home page ("Tiêu điểm") or of one section, in
/// their order. The newest item is not always the most important one: a portal's lead story
/// is an editorial choice. Any item may be placed, drafts and scheduled ones included, so an
/// editor can line up tomorrow's lead; readers only ever see those public at the time (the
/// delivery reads skip the rest), and an item deleted later simply stops appearing.
/// </summary>
public sealed class FeaturedList : AuditedEntity
{
    /// <summary>More would no longer be a choice; a front page shows a handful.</summary>
    public const int MaxItems = 20;

    private FeaturedList()
    {
    }

    /// <summary>A list never saved before: the home page's (no section) or a section's.</summary>
    public FeaturedList(int? categoryId)
    {
        CategoryId = categoryId;
    }

    public int Id { get; private set; }

    /// <summary>The section whose page it leads; null for the home page.</summary>
    public int? CategoryId { get; private set; }

    /// <summary>The items in the order editors chose, first = the lead story.</summary>
    public List<long> ItemIds { get; private set; } = [];

    /// <summary>
    /// Counts the saves (0: never saved): the ETag editors send back, so two editors
    /// reordering at once cannot silently overwrite each other.
    /// </summary>
    public int Revision { get; private set; }

    public void Replace(IReadOnlyList<long> itemIds)
    {
        if (itemIds.Count > MaxItems)
        {
            throw new ArgumentException($"At most {MaxItems} items can be featured.", nameof(itemIds));
        }

        if (itemIds.Distinct().Count() != itemIds.Count)
        {
            throw new ArgumentException("An item can be featured only once in a list.", nameof(itemIds));
        }

        ItemIds = [.. itemIds];
        Revision++;
    }
}
