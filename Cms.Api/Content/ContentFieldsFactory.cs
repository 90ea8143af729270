using Cms.Domain.Content;
using Cms.Domain.Taxonomy;
using Cms.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Content;

/// <summary>
/// Turns the shared part of a request into domain fields: looks up the category
/// (an unknown id is a 400 on categoryId) and finds or creates the tags by slug.
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

        return new ContentFields(request.Title!, request.Summary, request.CoverImage?.ToDomain(), category, await TagsAsync(request.Tags, ct), request.Author);
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
        return wanted.Select(t => existing.GetValueOrDefault(t.Slug) ?? t).ToList();
    }
}
