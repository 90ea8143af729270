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
            var published = await editor.PublishedAsync("articles", Samples.Article($"{prefix} {i} {Guid.NewGuid():N}"));
            ids.Add(published.As<ItemBody>().Id);
        }

        return ids;
    }

    private Task<Dictionary<long, long>> ViewsAsync(IEnumerable<long> ids)
    {
        var wanted = ids.ToList();
        return app.DbAsync(db => db.ContentViewTotals.Where(v => wanted.Contains(v.ContentId)).ToDictionaryAsync(v => v.ContentId, v => v.Views, Ct));
    }

    private static string Visitor(string name) => $"visitor-{name}-{Guid.NewGuid():N}"[..40];

    private async Task<long> ViewsOfAsync(long item) => (await ViewsAsync([item])).GetValueOrDefault(item);

    /// <summary>Hits an item from one visitor, then runs the counters' periodic work (statistics, eviction).</summary>
    private async Task ViewAsync(string visitor, long item)
    {
        using var client = app.Anonymous();
        Assert.Equal(202, (int)(await client.HitAsync(visitor, item)).StatusCode);
        await app.FlushAsync();
    }

    private static readonly object Import = new { siteVisits = 5000, note = "Cổng cũ" };

    private static object ImportOf(long item, long views) => new { siteVisits = 5000, items = new[] { new { contentId = item, views } }, note = "Cổng cũ" };

    // --- Counting ------------------------------------------------------------------------------

    [Fact]
    public async Task Concurrent_hits_count_each_visitor_once_per_item()
    {
        var items = await PublishedArticlesAsync(20, "Đồng thời");
        var visitors = Enumerable.Range(0, 50).Select(i => Visitor("c" + i)).ToList();

        await SendConcurrentlyAsync(items, visitors);

        var views = await ViewsAsync(items);
        Assert.All(items, id => Assert.Equal(50, views[id]));
    }

    [Fact]
    public async Task Concurrent_hits_count_each_visitor_once_in_the_site_statistics()
    {
        var items = await PublishedArticlesAsync(20, "Đồng thời");
        var visitors = Enumerable.Range(0, 50).Select(i => Visitor("s" + i)).ToList();
        await app.FlushAsync(); // hits an earlier test left in the buffer must not land in "after" only
        var before = await app.StatsAsync();

        await SendConcurrentlyAsync(items, visitors);

        var after = await app.StatsAsync();
        Assert.Equal((50L, 50L), (after.Today - before.Today, after.Total - before.Total));
    }

    [Fact]
    public async Task An_items_public_answer_carries_its_view_count()
    {
        var item = (await PublishedArticlesAsync(1, "Lượt xem"))[0];
        foreach (var visitor in new[] { Visitor("p1"), Visitor("p2"), Visitor("p3") })
        {
            await ViewAsync(visitor, item);
        }

        using var reader = app.Anonymous();
        Assert.Equal(3, (await reader.GetBodyAsync<ItemBody>($"/api/v1/articles/{item}")).ViewCount);
    }

    /// <summary>5,000 hits from 200 concurrent tasks: every visitor views every item 5 times; every hit is accepted.</summary>
    private async Task SendConcurrentlyAsync(IReadOnlyList<long> items, IReadOnlyList<string> visitors)
    {
        var hits = Enumerable.Range(0, 5000).Select(i => (Visitor: visitors[i % 50], Item: items[i / 50 % 20])).ToList();
        using var client = app.Anonymous();
        var statuses = new System.Collections.Concurrent.ConcurrentBag<int>();
        await Parallel.ForEachAsync(hits, new ParallelOptions { MaxDegreeOfParallelism = 200, CancellationToken = Ct }, async (hit, _) =>
            statuses.Add((int)(await client.HitAsync(hit.Visitor, hit.Item)).StatusCode));
        await app.FlushAsync();
        Assert.All(statuses, s => Assert.Equal(202, s));
    }

    [Fact]
    public async Task The_same_visitor_within_thirty_minutes_counts_once()
    {
        var item = (await PublishedArticlesAsync(1, "Cửa sổ"))[0];
        var visitor = Visitor("w");

        await ViewAsync(visitor, item);
        app.Clock.Advance(TimeSpan.FromMinutes(29) + TimeSpan.FromSeconds(59));
        await ViewAsync(visitor, item);

        Assert.Equal(1, await ViewsOfAsync(item));
    }

    [Fact]
    public async Task The_same_visitor_counts_again_thirty_minutes_after_the_counted_view()
    {
        var item = (await PublishedArticlesAsync(1, "Cửa sổ"))[0];
        var visitor = Visitor("w");
        await ViewAsync(visitor, item);
        app.Clock.Advance(TimeSpan.FromMinutes(29) + TimeSpan.FromSeconds(59));
        await ViewAsync(visitor, item); // not counted: it does not move the window

        app.Clock.Advance(TimeSpan.FromSeconds(1)); // 30:00 after the counted view
        await ViewAsync(visitor, item);

        Assert.Equal(2, await ViewsOfAsync(item));
    }

    [Fact]
    public async Task Another_visitor_counts_at_once()
    {
        var item = (await PublishedArticlesAsync(1, "Cửa sổ"))[0];

        await ViewAsync(Visitor("w"), item);
        await ViewAsync(Visitor("other"), item);

        Assert.Equal(2, await ViewsOfAsync(item));
    }

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")]
    [InlineData("curl/8.5.0")]
    [InlineData("python-requests/2.31")]
    [InlineData("facebookexternalhit/1.1")]
    [InlineData(null)]
    public async Task Robots_are_answered_but_not_counted(string? agent)
    {
        var item = (await PublishedArticlesAsync(1, "Robot"))[0];
        using var client = app.Anonymous();

        var response = await client.HitAsync(Visitor("bot"), item, agent);
        await app.FlushAsync();

        Assert.Equal(202, (int)response.StatusCode);
        Assert.Equal(0, await ViewsOfAsync(item));
    }

    [Fact]
    public async Task A_hit_on_an_unknown_item_is_accepted_and_ignored()
    {
        using var client = app.Anonymous();

        var response = await client.HitAsync(Visitor("ghost"), 987654321);
        await app.FlushAsync();

        Assert.Equal(202, (int)response.StatusCode);
        Assert.False(await app.DbAsync(db => db.ContentViewTotals.AnyAsync(v => v.ContentId == 987654321, Ct)));
    }

    // --- The beacon's answer and bad beacons -----------------------------------------------------

    [Fact]
    public async Task The_beacon_answers_with_the_site_statistics()
    {
        using var client = app.Anonymous();
        await client.HitAsync(Visitor("s"));
        await app.FlushAsync();

        var response = await client.HitAsync(Visitor("s2"));

        Assert.Equal(202, (int)response.StatusCode);
        var stats = await response.BodyAsync<StatsBody>();
        Assert.All(new[] { stats.Online, stats.Today, stats.ThisWeek, stats.Total }, figure => Assert.True(figure >= 1, stats.ToString()));
        Assert.True(stats.ThisWeek >= stats.Today, stats.ToString());
    }

    [Theory]
    [InlineData("short")]
    [InlineData("has spaces in it!")]
    public async Task A_malformed_visitor_id_is_a_400_naming_it(string visitorId)
    {
        using var client = app.Anonymous();

        Assert.Contains("visitorId", await (await client.HitAsync(visitorId)).AssertValidationErrorsAsync());
    }

    [Fact]
    public async Task An_item_id_of_zero_is_a_400_naming_it()
    {
        using var client = app.Anonymous();

        Assert.Contains("contentId", await (await client.HitAsync(Visitor("x"), 0)).AssertValidationErrorsAsync());
    }

    [Fact]
    public async Task A_beacon_that_is_not_json_is_a_400_problem()
    {
        using var client = app.Anonymous();

        await (await client.PostAsync("/api/v1/hits", new StringContent("{", System.Text.Encoding.UTF8, "application/json"), Ct)).AssertProblemAsync(400);
    }

    // --- Site statistics -----------------------------------------------------------------------

    [Fact]
    public async Task Online_now_counts_visitors_of_the_last_five_minutes()
    {
        using var client = app.Anonymous();
        await LetEveryEarlierVisitorLeaveAsync();

        foreach (var name in new[] { "a", "b", "c" })
        {
            await client.HitAsync(Visitor(name));
        }

        await app.FlushAsync();
        Assert.Equal(3, (await app.StatsAsync()).Online);
    }

    [Fact]
    public async Task A_visitor_silent_for_over_five_minutes_is_no_longer_online()
    {
        using var client = app.Anonymous();
        await LetEveryEarlierVisitorLeaveAsync();
        await client.HitAsync(Visitor("gone"));
        await app.FlushAsync();

        app.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        await app.FlushAsync();

        Assert.Equal(0, (await app.StatsAsync()).Online);
    }

    private async Task LetEveryEarlierVisitorLeaveAsync()
    {
        await app.FlushAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        await app.FlushAsync();
        Assert.Equal(0, (await app.StatsAsync()).Online);
    }

    [Fact]
    public async Task Hits_less_than_thirty_minutes_apart_are_one_visit()
    {
        using var client = app.Anonymous();
        var visitor = Visitor("v");
        await app.FlushAsync();
        var start = (await app.StatsAsync()).Total;

        await client.HitAsync(visitor);
        app.Clock.Advance(TimeSpan.FromMinutes(29));
        await client.HitAsync(visitor);
        await app.FlushAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(29));
        await client.HitAsync(visitor); // still the same visit: 29 minutes since the last hit
        await app.FlushAsync();

        Assert.Equal(start + 1, (await app.StatsAsync()).Total);
    }

    [Fact]
    public async Task A_hit_after_thirty_minutes_of_silence_is_a_new_visit()
    {
        using var client = app.Anonymous();
        var visitor = Visitor("v");
        await app.FlushAsync();
        var start = (await app.StatsAsync()).Total;
        await client.HitAsync(visitor);
        await app.FlushAsync();

        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await client.HitAsync(visitor);
        await app.FlushAsync();

        Assert.Equal(start + 2, (await app.StatsAsync()).Total);
    }

    // --- Editors and view counts ---------------------------------------------------------------

    [Fact]
    public async Task An_edit_that_sets_a_view_count_is_refused_and_changes_nothing()
    {
        using var editor = await app.EditorAsync();
        var item = (await PublishedArticlesAsync(1, "Chống gian lận"))[0];
        var etag = (await editor.GetAsync($"/api/v1/manage/articles/{item}", Ct)).Headers.ETag!.Tag;
        await ViewAsync(Visitor("t"), item);

        // Refused outright, not quietly dropped.
        var forged = Samples.Article("Chống gian lận đã sửa");
        forged["viewCount"] = 999999;
        var refused = await editor.PutRawAsync($"/api/v1/manage/articles/{item}", forged, etag);

        Assert.Contains("viewCount", (await refused.AssertProblemAsync(400)).Detail, StringComparison.Ordinal);
        Assert.Equal(1, await ViewsOfAsync(item));
    }

    [Fact]
    public async Task A_view_does_not_make_an_editors_version_stale()
    {
        using var editor = await app.EditorAsync();
        var item = (await PublishedArticlesAsync(1, "Chống gian lận"))[0];
        var etag = (await editor.GetAsync($"/api/v1/manage/articles/{item}", Ct)).Headers.ETag!.Tag;
        await ViewAsync(Visitor("t"), item);

        var update = await editor.PutRawAsync($"/api/v1/manage/articles/{item}", Samples.Article("Chống gian lận đã sửa"), etag);

        Assert.Equal(200, (int)update.StatusCode);
        Assert.Equal(1, (await update.BodyAsync<ItemBody>()).ViewCount);
        Assert.Equal(1, await ViewsOfAsync(item));
    }

    [Fact]
    public async Task A_public_etag_changes_when_the_view_count_does()
    {
        var item = (await PublishedArticlesAsync(1, "Thẻ ETag"))[0];
        using var client = app.Anonymous();
        var first = (await client.GetAsync($"/api/v1/articles/{item}", Ct)).Headers.ETag!.Tag;

        await ViewAsync(Visitor("e"), item);

        var second = (await client.GetAsync($"/api/v1/articles/{item}", Ct)).Headers.ETag!.Tag;
        Assert.NotEqual(first, second);
    }

    // --- Importing the old portal's figures ----------------------------------------------------

    [Fact]
    public async Task Importing_figures_is_closed_to_anonymous_callers()
    {
        var item = (await PublishedArticlesAsync(1, "Nhập số liệu"))[0];
        using var client = app.Anonymous();

        await (await client.PostAsJsonAsync("/api/v1/manage/counters/import", ImportOf(item, 100), Ct)).AssertProblemAsync(401);

        Assert.Equal(0, await ViewsOfAsync(item));
    }

    [Fact]
    public async Task Imported_views_replace_rather_than_add_however_often_imported()
    {
        var item = (await PublishedArticlesAsync(1, "Nhập số liệu"))[0];
        await ViewAsync(Visitor("i"), item);
        using var admin = await app.EditorAsync();

        Assert.Equal(200, (int)(await admin.PostAsJsonAsync("/api/v1/manage/counters/import", ImportOf(item, 100), Ct)).StatusCode);
        Assert.Equal(200, (int)(await admin.PostAsJsonAsync("/api/v1/manage/counters/import", ImportOf(item, 100), Ct)).StatusCode);

        Assert.Equal(101, await ViewsOfAsync(item)); // 100 carried over + 1 counted here
    }

    [Fact]
    public async Task An_import_is_recorded_with_who_made_it()
    {
        using var admin = await app.EditorAsync();

        Assert.Equal(200, (int)(await admin.PostAsJsonAsync("/api/v1/manage/counters/import", Import, Ct)).StatusCode);

        var audit = await app.DbAsync(db => db.CounterImports.OrderByDescending(i => i.Id).FirstAsync(Ct));
        Assert.Equal((CmsApp.AdminUser, 5000L, "Cổng cũ"), (audit.ImportedBy, audit.SiteVisits, audit.Note));
    }

    [Fact]
    public async Task The_total_is_the_last_imported_site_visits_plus_every_visit_counted()
    {
        using var admin = await app.EditorAsync();
        await app.FlushAsync();
        var carried = Random.Shared.Next(10_000, 90_000); // not any other test's figure

        Assert.Equal(200, (int)(await admin.PostAsJsonAsync("/api/v1/manage/counters/import", new { siteVisits = carried }, Ct)).StatusCode);

        var counted = await app.DbAsync(db => db.Set<SiteDailyVisits>().SumAsync(d => d.Visits, Ct));
        Assert.Equal(carried + counted, (await app.StatsAsync()).Total);
    }

    [Fact]
    public async Task Importing_views_for_an_unknown_item_is_a_400_naming_the_items()
    {
        using var admin = await app.EditorAsync();
        var unknown = new { items = new[] { new { contentId = 99999999L, views = 5 } } };

        Assert.Contains("items", await (await admin.PostAsJsonAsync("/api/v1/manage/counters/import", unknown, Ct)).AssertValidationErrorsAsync());
    }

    [Fact]
    public async Task Importing_negative_views_is_a_400_naming_the_row()
    {
        var item = (await PublishedArticlesAsync(1, "Nhập số liệu"))[0];
        using var admin = await app.EditorAsync();

        var refused = await admin.PostAsJsonAsync("/api/v1/manage/counters/import", ImportOf(item, -1), Ct);

        Assert.Contains("items[0].views", await refused.AssertValidationErrorsAsync());
        Assert.Equal(0, await ViewsOfAsync(item));
    }

    // --- Most viewed ---------------------------------------------------------------------------

    [Theory]
    [InlineData("today")]
    [InlineData("week")]
    [InlineData("all")]
    public async Task Most_viewed_ranks_published_items_by_views_in_the_period(string period)
    {
        var items = await PublishedArticlesAsync(3, "Xem nhiều " + period);
        using var client = app.Anonymous();
        for (var i = 0; i < 3; i++)
        {
            for (var v = 0; v < 30 - (i * 10); v++)
            {
                await client.HitAsync(Visitor("m" + v), items[i]);
            }
        }

        await app.FlushAsync();

        var list = await client.GetBodyAsync<MostViewedBody>($"/api/v1/most-viewed?type=article&period={period}&limit=50");
        // Other tests of this class count views too: look at this test's items, in the order ranked.
        var ranked = list.Items.Where(e => items.Contains(e.Item.Id)).Select(e => (e.Item.Id, e.Item.Type, e.Views));
        Assert.Equal([(items[0], "article", 30L), (items[1], "article", 20L), (items[2], "article", 10L)], ranked);
    }

    [Fact]
    public async Task Most_viewed_of_a_type_lists_only_that_type()
    {
        await ViewAsync(Visitor("a"), (await PublishedArticlesAsync(1, "Chỉ bài viết"))[0]);
        using var client = app.Anonymous();

        Assert.Empty((await client.GetBodyAsync<MostViewedBody>("/api/v1/most-viewed?type=video&period=today")).Items);
    }

    [Theory]
    [InlineData("period=year")]
    [InlineData("limit=500")]
    public async Task Most_viewed_refuses_an_unknown_period_or_a_limit_beyond_fifty(string query)
    {
        using var client = app.Anonymous();

        await (await client.GetAsync($"/api/v1/most-viewed?{query}", Ct)).AssertProblemAsync(400);
    }

    // --- The batches -------------------------------------------------------------------------------

    [Fact]
    public async Task Applying_the_same_batch_twice_counts_it_once()
    {
        var item = (await PublishedArticlesAsync(1, "Lặp lại"))[0];
        var batch = new CounterBatch(Guid.NewGuid(), [new Hit(Visitor("r"), item, app.Clock.GetUtcNow())]);

        Assert.True(await app.DbAsync(db => new CounterStore(db, Settings()).ApplyAsync(batch, Ct)));
        Assert.False(await app.DbAsync(db => new CounterStore(db, Settings()).ApplyAsync(batch, Ct)));

        Assert.Equal(1, await ViewsOfAsync(item));
    }

    private CounterSettings Settings() =>
        (CounterSettings)app.Factory.Services.GetService(typeof(CounterSettings))!;
}
