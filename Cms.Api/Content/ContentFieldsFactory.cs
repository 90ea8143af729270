using Cms.Api.Authors;
using Cms.Api.Common;
using Cms.Domain.Authors;
using Cms.Domain.Content;
using Cms.Domain.Taxonomy;
using Cms.Infrastructure.Media;
using Cms.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Content;

/// <summary>
/// Turns the shared part of a request into domain fields: looks up the category
/// (an unknown id is a 400 on categoryId), finds or creates the tags by slug, finds the credited
/// authors (an unknown one is a 400 on credits[i].authorId), and gives the cover (and the share
/// picture) the size the media library knows it has.
/// </summary>
internal sealed class ContentFieldsFactory(CmsDbContext db)
{
    public async Task<ContentFields> CreateAsync(ContentRequest request, CancellationToken ct)
    {
        Category? category = null;
        if (request.CategoryId is { } categoryId)
        {
            category = await db.Categories.FirstOrDefaultAsync(c => c.Id == categoryId, ct)
                ?? throw new ValidationException([new ValidationFailure("categoryId", $"There is no category {categoryId}.")]);
        }

        return new ContentFields(request.Title!, request.Summary, await ImageAsync(request.CoverImage, ct), category, await TagsAsync(request.Tags, ct), request.Author,
            await CreditsAsync(request.Credits, ct), await SeoAsync(request.Seo, ct));
    }

    private async Task<SeoFields?> SeoAsync(SeoRequest? request, CancellationToken ct) =>
        request is null ? null : new SeoFields(request.Title, request.Description, await ImageAsync(request.Image, ct), request.CanonicalUrl);

    /// <summary>The picture, with its size when it is a file of the media library.</summary>
    public async Task<Image?> ImageAsync(ImageRequest? request, CancellationToken ct) =>
        request is null ? null : (await ImagesAsync([request], ct))[0];

    /// <summary>The pictures in order, each with its size when it is a library file: one query for all.</summary>
    public async Task<List<Image>> ImagesAsync(IReadOnlyList<ImageRequest> requests, CancellationToken ct)
    {
        var sizes = await MediaSizes.OfUrlsAsync(db, requests.Select(r => r.Url!), ct);
        return requests.Select(r => sizes.TryGetValue(r.Url!, out var size)
            ? new Image(r.Url!, r.Caption, r.Alt, size.Width, size.Height)
            : new Image(r.Url!, r.Caption, r.Alt)).ToList();
    }

    /// <summary>The byline's people in order; null (credits not sent) leaves the item's as they are.</summary>
    private async Task<IReadOnlyList<AuthorCredit>?> CreditsAsync(IReadOnlyList<CreditRequest>? credits, CancellationToken ct)
    {
        if (credits is null)
        {
            return null;
        }

        var ids = credits.Select(c => c.AuthorId!.Value).Distinct().ToList();
        var authors = await db.Authors.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var unknown = credits.Select((c, i) => (c.AuthorId!.Value, i)).Where(c => !authors.ContainsKey(c.Value))
            .Select(c => new ValidationFailure($"credits[{c.i}].authorId", $"There is no author {c.Value}.")).ToList();
        return unknown.Count > 0 ? throw new ValidationException(unknown)
            : credits.Select(c => new AuthorCredit(authors[c.AuthorId!.Value], c.Role!.Value)).ToList();
    }

    private async Task<IReadOnlyList<Tag>> TagsAsync(IReadOnlyList<string>? names, CancellationToken ct)
    {
        if (names is null || names.Count == 0)
        {
            return [];
        }

        var wanted = names.Select(n => new Tag(n)).DistinctBy(t => t.Slug).ToList();
        var slugs = wanted.Select(t => t.Slug).ToList();
        var existing = await db.Tags.Where(t => slugs.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, ct);
        // A spelling editors corrected (renamed, or merged into another tag) gives the tag it
        // became, so the stray does not come back with the next story typed the old way.
        var missing = slugs.Where(slug => !existing.ContainsKey(slug)).ToList();
        var became = missing.Count == 0 ? [] : await db.TagAliases.Where(a => missing.Contains(a.Slug))
            .Select(a => new { a.Slug, a.Tag }).ToDictionaryAsync(a => a.Slug, a => a.Tag!, ct);
        return wanted.Select(t => existing.GetValueOrDefault(t.Slug) ?? became.GetValueOrDefault(t.Slug) ?? t).DistinctBy(t => t.Slug).ToList();
    }
}
