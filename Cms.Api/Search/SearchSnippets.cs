using Cms.Api.Common;
using Cms.Api.Content;
using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Search;

/// <summary>Adds snippets to one page of search results: one extra query for at most a page of texts.</summary>
internal static class SearchSnippets
{
    public static async Task<PagedList<ContentSummary>> AddAsync(PagedList<ContentSummary> page, string? search, CmsDbContext db, CancellationToken ct)
    {
        if (search is null || page.Items.Count == 0)
        {
            return page;
        }

        var ids = page.Items.Select(i => i.Id).ToList();
        var texts = await db.ContentItems.AsNoTracking().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Summary, x.SearchText })
            .ToDictionaryAsync(x => x.Id, ct);
        var terms = SearchSnippet.Terms(search);
        return page with
        {
            Items = page.Items.Select(item =>
            {
                var text = texts[item.Id];
                // The summary when it has a match (it is what a reader sees first), else the text;
                // when only the title matched, the summary's beginning.
                var fromSummary = SearchSnippet.Build(text.Summary, terms);
                var fromText = SearchSnippet.Build(text.SearchText, terms);
                var snippet = new[] { fromSummary, fromText }.FirstOrDefault(s => s?.Contains("<mark>", StringComparison.Ordinal) == true)
                    ?? fromSummary ?? fromText;
                return item with { Snippet = snippet };
            }).ToList(),
        };
    }
}
