using Cms.Api.Caching;
using Cms.Domain.Common;
using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Categories;

/// <summary>
/// Resolves a section slug to the ids of the section and all its sub-sections, so
/// "Kinh tế" lists what is filed under "Nông nghiệp" too. A portal has tens of
/// sections, so the whole tree is read at once and kept in memory until the public content
/// version moves (a section saved here, or on another instance, which NOTIFY reports; see
/// Caching/ScheduledPublications): every section list asked for it, and reading it cost a
/// quarter of the API's time for a list when the output cache is off (bench/README.md).
/// Re-read at least every five minutes as a safety net, as ListCounts does.
/// </summary>
internal sealed class CategoryTree(IServiceScopeFactory scopes, ScheduledPublications version)
{
    private const long MaxAgeMilliseconds = 300_000;
    private volatile Snapshot? current;

    public async Task<IReadOnlyCollection<int>?> SelfAndDescendantsAsync(string? slug, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return null;
        }

        var tree = await CurrentAsync(ct);
        return tree.Sections.TryGetValue(slug, out var ids) ? ids : throw new NotFoundException("Category", slug);
    }

    private async Task<Snapshot> CurrentAsync(CancellationToken ct)
    {
        // The version is taken before the read: a change committed meanwhile moves it, and the
        // next request reads again.
        var now = Environment.TickCount64;
        var at = await version.CurrentVersionAsync(ct);
        if (current is { } known && known.Version == at && now - known.ReadAt < MaxAgeMilliseconds)
        {
            return known;
        }

        await using var scope = scopes.CreateAsyncScope();
        var all = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Categories.AsNoTracking()
            .Select(c => new { c.Id, c.ParentId, c.Slug }).ToListAsync(ct);
        var children = all.Where(c => c.ParentId != null).ToLookup(c => c.ParentId!.Value, c => c.Id);
        var sections = all.ToDictionary(c => c.Slug, c => SelfAndDescendants(c.Id, children), StringComparer.Ordinal);
        var read = new Snapshot(at, now, sections);
        current = read;
        return read;
    }

    private static IReadOnlyCollection<int> SelfAndDescendants(int root, ILookup<int, int> children)
    {
        var ids = new HashSet<int> { root };
        var queue = new Queue<int>([root]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var child in children[id].Where(ids.Add))
            {
                queue.Enqueue(child);
            }
        }

        return ids;
    }

    private sealed record Snapshot(long Version, long ReadAt, IReadOnlyDictionary<string, IReadOnlyCollection<int>> Sections);
}
