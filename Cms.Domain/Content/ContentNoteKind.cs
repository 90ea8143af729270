namespace Cms.Domain.Content;

/// <summary>What a staff note on an item is: a remark, or the reason an editor gave for returning it.</summary>
public enum ContentNoteKind
{
    Comment,

    /// <summary>Written by <see cref="ContentItem.ReturnToAuthor"/>: why the item went back to its author.</summary>
    Returned,
}
