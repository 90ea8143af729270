using Cms.Api.Authors;
using Cms.Api.Common;
using Cms.Domain.Content;

namespace Cms.Api.Content;

internal static class ContentSnapshot
{
    /// <summary>The request fields every type shares, filled from the item (the type's editor fills the rest).</summary>
    public static TRequest WithCommonFields<TRequest>(TRequest request, ContentItem item)
        where TRequest : ContentRequest =>
        (TRequest)((ContentRequest)request with
        {
            Slug = item.Slug,
            Title = item.Title,
            Summary = item.Summary,
            CoverImage = ImageRequest.From(item.CoverImage),
            CategoryId = item.CategoryId,
            Tags = item.Tags.Select(t => t.Name).ToList(),
            Author = item.Author,
            Seo = SeoRequest.From(item.Seo),
            Credits = item.Credits.OrderBy(c => c.Position).Select(c => new CreditRequest { AuthorId = c.AuthorId, Role = c.Role }).ToList(),
        });
}
