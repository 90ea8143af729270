using System.Net.Http.Headers;
using Cms.Api.Caching;
using Cms.Infrastructure.Notifications;
using Cms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// Public GETs: strong ETags and 304s, Cache-Control with stale-while-revalidate, a server-side
/// cache that really serves (proved by changing the database behind its back) and is evicted at
/// once by every kind of change, view counts that stay live, compressed bodies.
/// </summary>
public sealed class PublicCachingTests(PublicCachingTests.App app) : IClassFixture<PublicCachingTests.App>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<long> PublishedArticleAsync(string title)
    {
        using var editor = await app.EditorAsync();
        var id = (long)(await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article(title)))["id"]!;
        await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/publish", new { });
        return id;
    }

    private async Task<List<string>> ListedTitlesAsync(string url = "/api/v1/articles?pageSize=100")
    {
        using var reader = app.Anonymous();
        return [.. (await reader.GetJsonAsync(url))["items"]!.AsArray().Select(i => (string)i!["title"]!)];
    }

    /// <summary>
    /// Changes a title in the database directly, with triggers off (no change notification): no
    /// API, no eviction. Only a cached copy still shows the old one.
    /// </summary>
    private async Task RenameBehindTheCacheAsync(long id, string title)
    {
        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var transaction = await connection.BeginTransactionAsync(Ct);
        await using (var quiet = new Npgsql.NpgsqlCommand("SET LOCAL session_replication_role = replica", connection, transaction))
        {
            await quiet.ExecuteNonQueryAsync(Ct);
        }

        await using (var rename = new Npgsql.NpgsqlCommand("UPDATE content_items SET title = @title WHERE id = @id", connection, transaction))
        {
            rename.Parameters.AddWithValue("title", title);
            rename.Parameters.AddWithValue("id", id);
            await rename.ExecuteNonQueryAsync(Ct);
        }

        await transaction.CommitAsync(Ct);
    }

    /// <summary>
    /// Returns once this instance has acted on every change notification committed so far: sends
    /// one of its own, which PostgreSQL delivers after all of those, and waits to hear it. (Sent
    /// again if unheard for a while: one sent before the instance's listener had connected is not
    /// delivered, and on connecting the listener evicts once anyway.)
    /// </summary>
    private async Task NotificationsHeardAsync()
    {
        var listener = app.Factory.Services.GetServices<IHostedService>().OfType<ChangeNotificationListener>().Single();
        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync(Ct);
        for (var attempt = 0; attempt < 15; attempt++)
        {
            var marker = Guid.NewGuid().ToString("N");
            await using (var notify = new Npgsql.NpgsqlCommand("SELECT pg_notify(@channel, @marker)", connection))
            {
                notify.Parameters.AddWithValue("channel", CmsChannels.Content);
                notify.Parameters.AddWithValue("marker", marker);
                await notify.ExecuteNonQueryAsync(Ct);
            }

            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (waited.Elapsed < TimeSpan.FromSeconds(2))
            {
                if (listener.LastHeard == marker)
                {
                    return;
                }

                await Task.Delay(10, Ct);
            }
        }

        Assert.Fail("This instance did not hear its change notifications.");
    }

    [Fact]
    public async Task A_change_made_through_another_instance_evicts_this_ones_cache()
    {
        var id = await PublishedArticleAsync("Trước khi sửa ở máy khác");
        Assert.Contains("Trước khi sửa ở máy khác", await ListedTitlesAsync()); // cached here

        await using var other = CmsApp.SharingDatabaseWith(app);
        await other.InitializeAsync();
        using var editor = await other.EditorAsync();
        var etag = (await editor.GetAsync($"/api/v1/manage/articles/{id}", Ct)).Headers.ETag!.Tag;
        Assert.Equal(200, (int)(await editor.PutRawAsync($"/api/v1/manage/articles/{id}", Samples.Article("Đã sửa ở máy khác"), etag)).StatusCode);

        // PostgreSQL tells every instance once the change commits; give the notice a moment.
        var seen = false;
        for (var attempt = 0; attempt < 50 && !seen; attempt++)
        {
            seen = (await ListedTitlesAsync()).Contains("Đã sửa ở máy khác");
            if (!seen)
            {
                await Task.Delay(100, Ct);
            }
        }

        Assert.True(seen, "This instance kept serving its cached copy after another instance's change.");
    }

    [Fact]
    public async Task Lists_and_items_have_strong_etags_that_answer_304_without_a_body()
    {
        await PublishedArticleAsync("Bài có thẻ ETag");
        using var reader = app.Anonymous();
        foreach (var url in new[] { "/api/v1/articles", "/api/v1/content?pageSize=5", "/api/v1/categories", "/api/v1/search?q=the%20etag" })
        {
            var first = await reader.GetAsync(url, Ct);
            Assert.Equal(200, (int)first.StatusCode);
            var etag = first.Headers.ETag!;
            Assert.False(etag.IsWeak, url);
            Assert.Contains("public", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
            Assert.Contains("stale-while-revalidate", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

            using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
            conditional.Headers.IfNoneMatch.Add(etag);
            var second = await reader.SendAsync(conditional, Ct);
            Assert.Equal(304, (int)second.StatusCode);
            Assert.Empty(await second.Content.ReadAsByteArrayAsync(Ct));
        }
    }

    [Fact]
    public async Task The_cache_serves_and_every_kind_of_change_evicts_it_at_once()
    {
        var id = await PublishedArticleAsync("Bản gốc");

        // The publish evicted at once here, and PostgreSQL's NOTIFY of it comes back a moment
        // later and evicts again: heard before the list is cached, it cannot evict it after.
        await NotificationsHeardAsync();
        Assert.Contains("Bản gốc", await ListedTitlesAsync());

        // Behind the cache's back: the cached list still shows the old title, so the cache really serves.
        await RenameBehindTheCacheAsync(id, "Đổi thầm");
        Assert.True((await ListedTitlesAsync()).Contains("Bản gốc"), "The list was read again from the database, not served from the cache.");

        using var editor = await app.EditorAsync();
        var other = await PublishedArticleAsync("Bài mới đăng"); // publish: evicts
        var titles = await ListedTitlesAsync();
        Assert.Contains("Bài mới đăng", titles);
        Assert.Contains("Đổi thầm", titles);

        var etag = (await editor.GetAsync($"/api/v1/manage/articles/{other}", Ct)).Headers.ETag!.Tag;
        Assert.Equal(200, (int)(await editor.PutRawAsync($"/api/v1/manage/articles/{other}", Samples.Article("Bài đã sửa"), etag)).StatusCode);
        Assert.Contains("Bài đã sửa", await ListedTitlesAsync()); // edit

        await editor.PostJsonAsync($"/api/v1/manage/articles/{other}/unpublish", new { });
        Assert.DoesNotContain("Bài đã sửa", await ListedTitlesAsync()); // unpublish
        Assert.Equal(404, (int)(await app.Anonymous().GetAsync($"/api/v1/articles/{other}", Ct)).StatusCode);

        Assert.Equal(204, (int)(await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/articles/{id}", null, "*"), Ct)).StatusCode);
        Assert.DoesNotContain("Đổi thầm", await ListedTitlesAsync()); // delete
    }

    [Fact]
    public async Task A_scheduled_item_shows_the_moment_its_time_comes()
    {
        using var editor = await app.EditorAsync();
        var id = (long)(await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Bài hẹn giờ")))["id"]!;
        await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/schedule", new { publishAt = app.Clock.GetUtcNow().AddMinutes(10) });
        Assert.DoesNotContain("Bài hẹn giờ", await ListedTitlesAsync());
        Assert.DoesNotContain("Bài hẹn giờ", await ListedTitlesAsync()); // cached now

        app.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Contains("Bài hẹn giờ", await ListedTitlesAsync());
    }

    [Fact]
    public async Task View_counts_are_not_frozen_by_the_cache()
    {
        var id = await PublishedArticleAsync("Bài đếm lượt xem");
        using var reader = app.Anonymous();
        Assert.Equal(0, (long)(await reader.GetJsonAsync($"/api/v1/articles/{id}"))["viewCount"]!);
        Assert.Equal(0, (long)(await reader.GetJsonAsync("/api/v1/articles?pageSize=100"))["items"]!.AsArray().Single(i => (long)i!["id"]! == id)!["viewCount"]!);

        await reader.HitAsync("cache-visitor-000001", id);
        await app.FlushAsync();
        Assert.Equal(1, (long)(await reader.GetJsonAsync($"/api/v1/articles/{id}"))["viewCount"]!);
        Assert.Equal(1, (long)(await reader.GetJsonAsync("/api/v1/articles?pageSize=100"))["items"]!.AsArray().Single(i => (long)i!["id"]! == id)!["viewCount"]!);
    }

    [Fact]
    public async Task Fields_cut_list_items_down_to_what_the_client_names()
    {
        await PublishedArticleAsync("Bài gọn nhẹ");
        using var reader = app.Anonymous();
        var full = await reader.GetAsync("/api/v1/articles", Ct);
        var compact = await reader.GetAsync("/api/v1/articles?fields=id,title,coverImage", Ct);
        var body = await compact.JsonAsync();
        Assert.NotEmpty(body["items"]!.AsArray());
        Assert.All(body["items"]!.AsArray(), i =>
        {
            var keys = i!.AsObject().Select(p => p.Key).ToList();
            Assert.Contains("id", keys);
            Assert.Contains("title", keys);
            Assert.Empty(keys.Except(["id", "title", "coverImage"]));
        });
        Assert.NotNull(body["totalItems"]);
        Assert.True((await compact.Content.ReadAsByteArrayAsync(Ct)).Length < (await full.Content.ReadAsByteArrayAsync(Ct)).Length);
        Assert.NotEqual(full.Headers.ETag, compact.Headers.ETag);
        Assert.Contains("fields", await (await reader.GetAsync("/api/v1/articles?fields=id,body", Ct)).AssertValidationErrorsAsync());
    }

    [Fact]
    public async Task Bodies_are_compressed_for_clients_that_ask()
    {
        await PublishedArticleAsync("Bài nén");
        foreach (var encoding in new[] { "br", "gzip" })
        {
            using var reader = app.Anonymous();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/content?pageSize=50");
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            var response = await reader.SendAsync(request, Ct);
            Assert.Equal(200, (int)response.StatusCode);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        }
    }

    /// <summary>
    /// Counter flushes also evict (every second by default); here they happen only when a test
    /// flushes, so what a test sees from the cache is up to the test.
    /// </summary>
    public sealed class App : CmsApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Cms:Counters:FlushInterval"] = "01:00:00",
        };
    }
}
