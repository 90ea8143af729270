namespace Cms.Domain.Taxonomy;

/// <summary>
/// A slug a tag had before it was renamed, or the slug of a tag merged into it. Links to the
/// old tag page, feeds subscribed to it and apps holding the old slug keep working, and an
/// editor typing the old spelling gets the tag it became instead of bringing the stray back.
/// </summary>
public sealed class TagAlias
{
    private TagAlias()
    {
        Slug = string.Empty;
    }

    public string Slug { get; private set; }

    public int TagId { get; private set; }

    public Tag? Tag { get; private set; }
}
