using Cms.Domain.Content;
using Cms.Infrastructure.Changes;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// The scheduler publishes a scheduled item when its time comes, as a manual publish would
/// (status, change log), and with two API processes on one database each item is published
/// by exactly one of them, once. One behaviour per test.
/// </summary>
public sealed class ScheduledPublishingTests(ScheduledPublishingTests.App app) : IClassFixture<ScheduledPublishingTests.App>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_scheduled_item_stays_scheduled_before_its_time()
    {
        using var editor = await app.EditorAsync();
        var id = await ScheduledAsync(editor, "Bài hẹn giờ chưa tới", app.Clock.GetUtcNow().AddMinutes(10));

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await Task.Delay(300, Ct); // the scheduler had its chance: not due yet

        Assert.Equal(ContentStatus.Scheduled, await StatusAsync(id));
    }

    [Fact]
    public async Task A_scheduled_item_is_published_when_its_time_comes_dated_its_scheduled_time()
    {
        using var editor = await app.EditorAsync();
        var publishAt = app.Clock.GetUtcNow().AddMinutes(10);
        var id = await ScheduledAsync(editor, "Bài hẹn giờ tự đăng", publishAt);

        app.Clock.Advance(TimeSpan.FromMinutes(10));

        await WaitForAsync(async () => await StatusAsync(id) == ContentStatus.Published);
        var item = await app.DbAsync(db => db.ContentItems.AsNoTracking().SingleAsync(x => x.Id == id, Ct));
        Assert.Equal(publishAt.ToUnixTimeMilliseconds(), item.PublishedAt!.Value.ToUnixTimeMilliseconds()); // dated its scheduled time
    }

    [Fact]
    public async Task A_scheduled_publish_is_logged_as_a_manual_publish_is()
    {
        using var editor = await app.EditorAsync();
        var id = await ScheduledAsync(editor, "Bài hẹn giờ được ghi sổ", app.Clock.GetUtcNow().AddMinutes(10));
        var logged = await ChangesAsync(id);

        app.Clock.Advance(TimeSpan.FromMinutes(10));

        await WaitForAsync(async () => await StatusAsync(id) == ContentStatus.Published);
        Assert.Equal(logged + 1, await ChangesAsync(id)); // a write, as a manual publish: the changes feed and every cache hear of it
    }

    [Fact]
    public async Task Two_instances_publish_each_due_item_exactly_once()
    {
        await using var second = CmsApp.SharingDatabaseWith(app);
        await second.InitializeAsync();
        // One time for both processes: the later of their clocks (whichever test ran first moved app's on).
        var now = app.Clock.GetUtcNow() > second.Clock.GetUtcNow() ? app.Clock.GetUtcNow() : second.Clock.GetUtcNow();
        foreach (var clock in new[] { app.Clock, second.Clock }.Where(c => c.GetUtcNow() < now))
        {
            clock.SetUtcNow(now);
        }

        using var editor = await app.EditorAsync();
        var publishAt = app.Clock.GetUtcNow().AddMinutes(30);
        var ids = new List<long>();
        for (var i = 0; i < 30; i++)
        {
            var id = (await editor.PostBodyAsync<ItemBody>("/api/v1/manage/videos", Samples.Video($"Phim hẹn giờ số {i + 1}"))).Id;
            await editor.PostJsonAsync($"/api/v1/manage/videos/{id}/schedule", new { publishAt });
            ids.Add(id);
        }

        var logged = await app.DbAsync(db => db.Set<ContentChange>().Where(c => ids.Contains(c.ContentId)).CountAsync(Ct));

        // Both processes wake at the same moment and race for the same rows.
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        second.Clock.Advance(TimeSpan.FromMinutes(30));
        await WaitForAsync(async () => await app.DbAsync(db =>
            db.ContentItems.CountAsync(x => ids.Contains(x.Id) && x.Status == ContentStatus.Published, Ct)) == ids.Count);
        await Task.Delay(500, Ct); // a second publish, if any, would have landed by now

        Assert.Equal(logged + ids.Count, await app.DbAsync(db => db.Set<ContentChange>().Where(c => ids.Contains(c.ContentId)).CountAsync(Ct)));
    }

    private static async Task<long> ScheduledAsync(HttpClient editor, string title, DateTimeOffset publishAt)
    {
        var id = (await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article(title))).Id;
        await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/schedule", new { publishAt });
        return id;
    }

    private Task<ContentStatus> StatusAsync(long id) =>
        app.DbAsync(db => db.ContentItems.Where(x => x.Id == id).Select(x => x.Status).SingleAsync(Ct));

    private Task<int> ChangesAsync(long id) =>
        app.DbAsync(db => db.Set<ContentChange>().CountAsync(c => c.ContentId == id, Ct));

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The scheduler did not publish within 15 s.");
            await Task.Delay(100, Ct);
        }
    }

    public sealed class App : CmsApp
    {
        // Long enough that only the due time (not the polling) wakes the scheduler in these tests.
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Cms:Scheduler:PollInterval"] = "01:00:00",
        };
    }
}
