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
        Name = Text.Clean(name);
        Slug = Common.Slug.FromTitle(Name);
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string Slug { get; private set; }
}
