using Cms.Domain.Common;

namespace Cms.Domain.Taxonomy;

/// <summary>A free label ("Nông thôn mới"). Tags are created on first use and matched by slug.</summary>
public sealed class Tag
{
    private Tag()
    {
        Name = string.Empty;
        Slug = string.Empty;
    }

    public Tag(string name)
    {
        Name = string.Empty;
        Slug = string.Empty;
        Rename(name);
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string Slug { get; private set; }

    /// <summary>
    /// Corrects how the tag is written ("Soc trang" → "Sóc Trăng"); its slug follows, so a new
    /// spelling is a new address. Items carry the tag, not its name: all of them change at once.
    /// </summary>
    public void Rename(string name)
    {
        var clean = Text.Clean(name);
        var slug = Common.Slug.FromTitle(clean);
        if (slug.Length == 0)
        {
            throw new ArgumentException("A tag needs at least one letter or digit.", nameof(name));
        }

        Name = clean;
        Slug = slug;
    }
}
