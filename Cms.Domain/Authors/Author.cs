using Cms.Domain.Common;
using Cms.Domain.Content;

namespace Cms.Domain.Authors;

/// <summary>
/// A person bylines name ("Lê Vũ"): a record of their own, so their items can be listed on
/// their page and paid for, whatever way a byline was typed. May be a staff account's.
/// </summary>
public sealed class Author : AuditedEntity
{
    private Author()
    {
        Name = string.Empty;
        Slug = string.Empty;
    }

    public Author(string name, string slug, string? title, Image? photo, string? bio, int? userId)
    {
        Name = string.Empty;
        Slug = string.Empty;
        Update(name, slug, title, photo, bio, userId);
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string Slug { get; private set; }

    /// <summary>Their position ("Phóng viên", "Biên tập viên"), printed under the name.</summary>
    public string? Title { get; private set; }

    public Image? Photo { get; private set; }

    /// <summary>A few plain-text lines about them, for their page.</summary>
    public string? Bio { get; private set; }

    /// <summary>The staff account that is this person, if any (one author per account).</summary>
    public int? UserId { get; private set; }

    public uint Version { get; private set; }

    public void Update(string name, string slug, string? title, Image? photo, string? bio, int? userId)
    {
        if (!Common.Slug.IsValid(slug))
        {
            throw new ArgumentException($"'{slug}' is not a valid slug.", nameof(slug));
        }

        Name = Text.Clean(name);
        Slug = slug;
        Title = Text.CleanOptional(title);
        Photo = photo;
        Bio = Text.CleanOptional(bio);
        UserId = userId;
    }
}
