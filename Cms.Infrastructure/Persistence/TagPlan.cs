namespace Cms.Infrastructure.Persistence;

/// <summary>
/// How a list is narrowed to a tag (TagPlanner decides): from the tag's links, for a rare
/// tag, or by checking each row as the list is walked, for one common enough to fill a page soon.
/// </summary>
/// <param name="Id">The tag's id.</param>
/// <param name="FromLinks">Start from the tag's links rather than from the list.</param>
public sealed record TagPlan(int Id, bool FromLinks);
