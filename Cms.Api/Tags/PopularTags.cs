using FluentValidation;

namespace Cms.Api.Tags;

/// <summary>?within=200&amp;limit=10: the tags the newest published items carry most.</summary>
/// <param name="Within">How many of the newest published items to look at (10–1,000, default 200): a busy portal's last days, a quiet one's last weeks.</param>
/// <param name="Limit">At most this many tags (1–50, default 10).</param>
public sealed record PopularTagsQuery(int? Within, int? Limit);

internal sealed class PopularTagsQueryValidator : AbstractValidator<PopularTagsQuery>
{
    public PopularTagsQueryValidator()
    {
        RuleFor(x => x.Within).InclusiveBetween(10, 1000);
        RuleFor(x => x.Limit).InclusiveBetween(1, 50);
    }
}

/// <summary>A tag readers can follow now ("Chủ đề nổi bật"), with how many of the items looked at carry it.</summary>
public sealed record PopularTag(string Name, string Slug, int ItemCount);

/// <summary>GET /tags: the tags of the moment, most carried first.</summary>
/// <param name="Within">How many of the newest published items were looked at.</param>
/// <param name="Items">Most carried first, then by slug.</param>
public sealed record PopularTags(int Within, IReadOnlyList<PopularTag> Items);
