using Cms.Domain.Common;
using Cms.Domain.Content;
using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cms.Infrastructure.Slugs;

/// <summary>
/// Picks the slug an item is stored under. A slug the editor asked for must be free
/// (409 otherwise); one generated from the title gets "-2", "-3", ... on collision, also with
/// another item's old slug (<see cref="OldSlug"/>), so a new story does not take over the
/// address readers of an older one still follow. Asked for by name, an old slug is the
/// editor's to take.
/// Two concurrent saves may still pick the same slug: the unique index then refuses
/// the second one, which the API reports as a conflict.
/// </summary>
public sealed class SlugAllocator(CmsDbContext db)
{
    public async Task<string> ForContentAsync(ContentType type, string? requested, string title, long? ownId, CancellationToken ct)
    {
        var taken = db.ContentItems.Where(x => x.Type == type && x.Id != (ownId ?? 0)).Select(x => x.Slug);
        var followed = db.OldSlugs.Where(x => x.Type == type && x.ContentId != (ownId ?? 0)).Select(x => x.Slug);
        var fallback = type.ToString().ToLowerInvariant();
        return await AllocateAsync(taken, requested, title, fallback, "This slug is already used by another " + fallback, ct, followed);
    }

    public async Task<string> ForCategoryAsync(string? requested, string name, int? ownId, CancellationToken ct)
    {
        var taken = db.Categories.Where(x => x.Id != (ownId ?? 0)).Select(x => x.Slug);
        return await AllocateAsync(taken, requested, name, "category", "This slug is already used by another category", ct, null);
    }

    public async Task<string> ForAuthorAsync(string? requested, string name, int? ownId, CancellationToken ct)
    {
        var taken = db.Authors.Where(x => x.Id != (ownId ?? 0)).Select(x => x.Slug);
        return await AllocateAsync(taken, requested, name, "author", "This slug is already used by another author", ct, null);
    }

    /// <param name="avoided">Slugs free to ask for but not to generate.</param>
    private static async Task<string> AllocateAsync(
        IQueryable<string> taken, string? requested, string title, string fallback, string conflictMessage, CancellationToken ct, IQueryable<string>? avoided)
    {
        if (!string.IsNullOrWhiteSpace(requested))
        {
            if (await taken.AnyAsync(s => s == requested, ct))
            {
                throw new ConflictException($"{conflictMessage}: '{requested}'.");
            }

            return requested;
        }

        var stem = Slug.FromTitle(title);
        if (!Slug.IsValid(stem))
        {
            // A title of digits only ("2024") would give a slug that reads as an id; "Batch" one a route uses.
            stem = stem.Length == 0 ? fallback : $"{fallback}-{stem}";
        }

        var prefix = stem + "-";
        var candidates = avoided is null ? taken : taken.Concat(avoided);
        var similar = await candidates.Where(s => s == stem || s.StartsWith(prefix)).ToListAsync(ct);
        var used = similar.ToHashSet(StringComparer.Ordinal);
        for (var n = 1; ; n++)
        {
            var candidate = Slug.WithSuffix(stem, n);
            if (!used.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
