using Cms.Domain.Common;
using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Categories;

/// <summary>
/// Resolves a section slug to the ids of the section and all its sub-sections, so
/// "Kinh tế" lists what is filed under "Nông nghiệp" too. A portal has tens of
/// sections, so the whole tree is read at once.
/// </summary>
internal sealed class CategoryTree(CmsDbContext db)
{
    public async Task<IReadOnlyCollection<int>?> SelfAndDescendantsAsync(string? slug, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return null;
        }

        var all = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId, c.Slug }).ToListAsync(ct);
        var root = all.FirstOrDefault(c => c.Slug == slug) ?? throw new NotFoundException("Category", slug);
        var children = all.Where(c => c.ParentId != null).ToLookup(c => c.ParentId!.Value, c => c.Id);
        var ids = new HashSet<int> { root.Id };
        var queue = new Queue<int>([root.Id]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var child in children[id].Where(ids.Add))
            {
                queue.Enqueue(child);
            }
        }

        return ids;
    }
}
