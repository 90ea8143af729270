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
        var slug = SlugOf(name);
        if (slug.Length == 0)
        {
            throw new ArgumentException("A tag needs at least one letter or digit.", nameof(name));
        }

        Name = Text.Clean(name);
        Slug = slug;
    }

    /// <summary>
    /// The slug a tag written this way has ("Sóc Trăng", "SOC TRANG" and "soc-trang" are all
    /// soc-trang): how tags typed by editors, given in ?tag= or in an address are matched.
    /// Empty when it has no letter or digit.
    /// </summary>
    public static string SlugOf(string nameOrSlug) => Common.Slug.FromTitle(Text.Clean(nameOrSlug));
}
