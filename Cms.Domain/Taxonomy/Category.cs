using Cms.Domain.Common;

namespace Cms.Domain.Taxonomy;

/// <summary>A section of the portal ("Kinh tế"), possibly inside another ("Kinh tế" → "Nông nghiệp").</summary>
public sealed class Category : AuditedEntity
{
    private Category()
    {
        Name = string.Empty;
        Slug = string.Empty;
    }

    public Category(string name, string slug, string? description, Category? parent, int sortOrder)
    {
        Name = string.Empty;
        Slug = string.Empty;
        Update(name, slug, description, parent, sortOrder);
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string Slug { get; private set; }

    public string? Description { get; private set; }

    public int? ParentId { get; private set; }

    public Category? Parent { get; private set; }

    /// <summary>Position among its siblings in menus; lower first.</summary>
    public int SortOrder { get; private set; }

    public uint Version { get; private set; }

    public void Update(string name, string slug, string? description, Category? parent, int sortOrder)
    {
        if (!Common.Slug.IsValid(slug))
        {
            throw new ArgumentException($"'{slug}' is not a valid slug.", nameof(slug));
        }

        // Walking up from the new parent must never reach this category, or the tree becomes a loop.
        for (var ancestor = parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ReferenceEquals(ancestor, this) || (Id != 0 && ancestor.Id == Id))
            {
                throw new ConflictException("A category cannot be placed inside itself or one of its own sub-sections.");
            }
        }

        Name = Text.Clean(name);
        Slug = slug;
        Description = Text.CleanOptional(description);
        Parent = parent;
        ParentId = parent?.Id;
        SortOrder = sortOrder;
    }
}
