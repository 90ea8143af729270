using System.Net.Http.Json;
using Cms.Infrastructure.Counters;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>Per-item view counts and site statistics, through the beacon and the public API.</summary>
public sealed class CounterTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<List<long>> PublishedArticlesAsync(int count, string prefix)
    {
        using var editor = await app.EditorAsync();
        var ids = new List<long>();
        for (var i = 0; i < count; i++)
        {
            var created = await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article($"{prefix} {i} {Guid.NewGuid():N}"));
            await editor.PostJsonAsync($"/api/v1/manage/articles/{(long)created["id"]!}/publish", new { });
            ids.Add((long)created["id"]!);
        }

        return ids;
    }

    private Task<Dictionary<long, long>> ViewsAsync(IEnumerable<long> ids)
    {
        var wanted = ids.ToList();
        return app.DbAsync(db => db.ContentViewTotals.Where(v => wanted.Contains(v.ContentId)).ToDictionaryAsync(v => v.ContentId, v => v.Views, Ct));
    }

    private static string Visitor(string name) => $"visitor-{name}-{Guid.NewGuid():N}"[..40];

    [Fact]
    public async Task Concurrent_hits_give_exactly_the_deduplicated_counts()
    {
        var items = await PublishedArticlesAsync(20, "Đồng thời");
        var visitors = Enumerable.Range(0, 50).Select(i => Visitor("c" + i)).ToList();
        await app.FlushAsync(); // hits an earlier test left in the buffer must not land in "after" only
        var before = await app.StatsAsync();

        // 5,000 hits from 200 concurrent tasks: every visitor views every item 5 times.
        var hits = Enumerable.Range(0, 5000).Select(i => (Visitor: visitors[i % 50], Item: items[i / 50 % 20])).ToList();
        using var client = app.Anonymous();
        var statuses = new System.Collections.Concurrent.ConcurrentBag<int>();
        await Parallel.ForEachAsync(hits, new ParallelOptions { MaxDegreeOfParallelism = 200, CancellationToken = Ct }, async (hit, _) =>
            statuses.Add((int)(await client.HitAsync(hit.Visitor, hit.Item)).StatusCode));
        await app.FlushAsync();

        Assert.All(statuses, s => Assert.Equal(202, s));
        var views = await ViewsAsync(items);
        Assert.All(items, id => Assert.Equal(50, views[id]));
        var after = await app.StatsAsync();
        Assert.Equal(50, (long)after["today"]! - (long)before["today"]!);
        Assert.Equal(50, (long)after["total"]! - (long)before["total"]!);
        using var reader = app.Anonymous();
        Assert.Equal(50, (long)(await reader.GetJsonAsync($"/api/v1/articles/{items[0]}"))["viewCount"]!);
    }

    [Fact]
    public async Task The_same_visitor_counts_once_per_item_per_thirty_minutes()
    {
        var item = (await PublishedArticlesAsync(1, "Cửa sổ"))[0];
        var visitor = Visitor("w");
        using var client = app.Anonymous();

        await client.HitAsync(visitor, item);
        await app.FlushAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(29) + TimeSpan.FromSeconds(59));
        await client.HitAsync(visitor, item);
        await app.FlushAsync();
        Assert.Equal(1, (await ViewsAsync([item]))[item]);

        app.Clock.Advance(TimeSpan.FromSeconds(1)); // 30:00 after the counted view
        await client.HitAsync(visitor, item);
        await client.HitAsync(Visitor("other"), item);
        await app.FlushAsync();
        Assert.Equal(3, (await ViewsAsync([item]))[item]);
    }

    [Fact]
    public async Task Robots_are_answered_but_not_counted()
    {
        var item = (await PublishedArticlesAsync(1, "Robot"))[0];
        using var client = app.Anonymous();
        foreach (var agent in new[] { "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "curl/8.5.0", "python-requests/2.31", "facebookexternalhit/1.1", null })
        {
            var response = await client.HitAsync(Visitor("bot"), item, agent);
            Assert.Equal(202, (int)response.StatusCode);
        }

        await app.FlushAsync();
        Assert.False((await ViewsAsync([item])).ContainsKey(item));
    }

    [Fact]
    public async Task The_beacon_answers_with_the_site_statistics()
    {
        using var client = app.Anonymous();
        await client.HitAsync(Visitor("s"));
        await app.FlushAsync();
        var response = await client.HitAsync(Visitor("s2"));
        Assert.Equal(202, (int)response.StatusCode);
        var body = await response.JsonAsync();
        foreach (var field in new[] { "online", "today", "thisWeek", "total" })
        {
            Assert.True((long)body[field]! >= 1, field);
        }

        Assert.True((long)body["thisWeek"]! >= (long)body["today"]!);
    }

    [Fact]
    public async Task Bad_beacons_are_400_and_unknown_items_are_ignored()
    {
        using var client = app.Anonymous();
        Assert.Contains("visitorId", await (await client.HitAsync("short")).AssertValidationErrorsAsync());
        Assert.Contains("visitorId", await (await client.HitAsync("has spaces in it!")).AssertValidationErrorsAsync());
        Assert.Contains("contentId", await (await client.HitAsync(Visitor("x"), 0)).AssertValidationErrorsAsync());
        await (await client.PostAsync("/api/v1/hits", new StringContent("{", System.Text.Encoding.UTF8, "application/json"), Ct)).AssertProblemAsync(400);

        Assert.Equal(202, (int)(await client.HitAsync(Visitor("ghost"), 987654321)).StatusCode);
        await app.FlushAsync();
        Assert.False(await app.DbAsync(db => db.ContentViewTotals.AnyAsync(v => v.ContentId == 987654321, Ct)));
    }

    [Fact]
    public async Task Online_now_counts_visitors_of_the_last_five_minutes()
    {
        using var client = app.Anonymous();
        await app.FlushAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(6)); // everyone from earlier tests has gone
        await app.FlushAsync();
        Assert.Equal(0, (long)(await app.StatsAsync())["online"]!);

        foreach (var name in new[] { "a", "b", "c" })
        {
            await client.HitAsync(Visitor(name));
        }

        await app.FlushAsync();
        Assert.Equal(3, (long)(await app.StatsAsync())["online"]!);
        app.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        await app.FlushAsync();
        Assert.Equal(0, (long)(await app.StatsAsync())["online"]!);
    }

    [Fact]
    public async Task A_visit_is_the_first_hit_after_thirty_minutes_of_silence()
    {
        using var client = app.Anonymous();
        var visitor = Visitor("v");
        await app.FlushAsync();
        var start = (long)(await app.StatsAsync())["total"]!;
        await client.HitAsync(visitor);
        app.Clock.Advance(TimeSpan.FromMinutes(29));
        await client.HitAsync(visitor);
        await app.FlushAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(29));
        await client.HitAsync(visitor); // still the same visit: 29 minutes since the last hit
        await app.FlushAsync();
        Assert.Equal(start + 1, (long)(await app.StatsAsync())["total"]!);
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await client.HitAsync(visitor);
        await app.FlushAsync();
        Assert.Equal(start + 2, (long)(await app.StatsAsync())["total"]!);
    }

    [Fact]
    public async Task Editors_cannot_set_view_counts_and_views_do_not_make_their_copy_stale()
    {
        using var editor = await app.EditorAsync();
        var item = (await PublishedArticlesAsync(1, "Chống gian lận"))[0];
        var read = await editor.GetAsync($"/api/v1/manage/articles/{item}", Ct);
        var etag = read.Headers.ETag!.Tag;

        using var client = app.Anonymous();
        await client.HitAsync(Visitor("t"), item);
        await app.FlushAsync();

        // A view count in an edit is refused outright, not quietly dropped.
        var forged = Samples.Article("Chống gian lận đã sửa");
        forged["viewCount"] = 999999;
        var refused = await editor.PutRawAsync($"/api/v1/manage/articles/{item}", forged, etag);
        Assert.Contains("viewCount", (await refused.AssertProblemAsync(400)).Detail, StringComparison.Ordinal);
        Assert.Equal(1, (await ViewsAsync([item]))[item]);

        var update = await editor.PutRawAsync($"/api/v1/manage/articles/{item}", Samples.Article("Chống gian lận đã sửa"), etag);
        Assert.Equal(200, (int)update.StatusCode); // a view in between does not make the editor's version stale
        Assert.Equal(1, (long)(await update.JsonAsync())["viewCount"]!);
        Assert.Equal(1, (await ViewsAsync([item]))[item]);
    }

    [Fact]
    public async Task A_public_etag_changes_when_the_view_count_does()
    {
        var item = (await PublishedArticlesAsync(1, "Thẻ ETag"))[0];
        using var client = app.Anonymous();
        var first = (await client.GetAsync($"/api/v1/articles/{item}", Ct)).Headers.ETag!.Tag;
        await client.HitAsync(Visitor("e"), item);
        await app.FlushAsync();
        var second = (await client.GetAsync($"/api/v1/articles/{item}", Ct)).Headers.ETag!.Tag;
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Imports_are_admin_only_audited_and_replace_rather_than_add()
    {
        var item = (await PublishedArticlesAsync(1, "Nhập số liệu"))[0];
        using var client = app.Anonymous();
        await client.HitAsync(Visitor("i"), item);
        await app.FlushAsync();

        var request = new { siteVisits = 5000, items = new[] { new { contentId = item, views = 100 } }, note = "Cổng cũ" };
        await (await client.PostAsJsonAsync("/api/v1/manage/counters/import", request, Ct)).AssertProblemAsync(401);

        using var admin = await app.EditorAsync();
        var totalBefore = (long)(await app.StatsAsync())["total"]!;
        Assert.Equal(200, (int)(await admin.PostAsJsonAsync("/api/v1/manage/counters/import", request, Ct)).StatusCode);
        Assert.Equal(200, (int)(await admin.PostAsJsonAsync("/api/v1/manage/counters/import", request, Ct)).StatusCode);
        Assert.Equal(101, (await ViewsAsync([item]))[item]); // 100 carried over + 1 counted here, however often imported

        var audit = await app.DbAsync(db => db.CounterImports.OrderByDescending(i => i.Id).FirstAsync(Ct));
        Assert.Equal(CmsApp.AdminUser, audit.ImportedBy);
        Assert.Equal(5000, audit.SiteVisits);
        Assert.Equal("Cổng cũ", audit.Note);
        Assert.True((long)(await app.StatsAsync())["total"]! >= 5000);
        Assert.NotEqual(totalBefore, (long)(await app.StatsAsync())["total"]!);

        var unknown = new { items = new[] { new { contentId = 99999999L, views = 5 } } };
        Assert.Contains("items", await (await admin.PostAsJsonAsync("/api/v1/manage/counters/import", unknown, Ct)).AssertValidationErrorsAsync());
        Assert.Contains("items[0].views", await (await admin.PostAsJsonAsync("/api/v1/manage/counters/import",
            new { items = new[] { new { contentId = item, views = -1 } } }, Ct)).AssertValidationErrorsAsync());
    }

    [Fact]
    public async Task Most_viewed_ranks_published_items_by_views_in_the_period()
    {
        var items = await PublishedArticlesAsync(3, "Xem nhiều");
        using var client = app.Anonymous();
        for (var i = 0; i < 3; i++)
        {
            for (var v = 0; v < 30 - (i * 10); v++)
            {
                await client.HitAsync(Visitor("m" + v), items[i]);
            }
        }

        await app.FlushAsync();
        foreach (var period in new[] { "today", "week", "all" })
        {
            var list = await client.GetJsonAsync($"/api/v1/most-viewed?type=article&period={period}&limit=50");
            // Other tests of this class count views too: look at this test's items, in the order ranked.
            var ranked = list["items"]!.AsArray().Where(e => items.Contains((long)e!["item"]!["id"]!)).ToList();
            Assert.Equal(items, ranked.Select(e => (long)e!["item"]!["id"]!));
            Assert.Equal([30L, 20L, 10L], ranked.Select(e => (long)e!["views"]!));
            Assert.Equal("article", (string?)ranked[0]!["item"]!["type"]);
        }

        await (await client.GetAsync("/api/v1/most-viewed?period=year", Ct)).AssertProblemAsync(400);
        await (await client.GetAsync("/api/v1/most-viewed?limit=500", Ct)).AssertProblemAsync(400);
        Assert.Empty((await client.GetJsonAsync("/api/v1/most-viewed?type=video&period=today"))["items"]!.AsArray());
    }

    [Fact]
    public async Task Applying_the_same_batch_twice_counts_it_once()
    {
        var item = (await PublishedArticlesAsync(1, "Lặp lại"))[0];
        var batch = new CounterBatch(Guid.NewGuid(), [new Hit(Visitor("r"), item, app.Clock.GetUtcNow())]);
        Assert.True(await app.DbAsync(db => new CounterStore(db, Settings()).ApplyAsync(batch, Ct)));
        Assert.False(await app.DbAsync(db => new CounterStore(db, Settings()).ApplyAsync(batch, Ct)));
        Assert.Equal(1, (await ViewsAsync([item]))[item]);
    }

    private CounterSettings Settings() =>
        (CounterSettings)app.Factory.Services.GetService(typeof(CounterSettings))!;
}
