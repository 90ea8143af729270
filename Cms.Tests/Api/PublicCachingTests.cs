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
        return (await editor.PublishedAsync("articles", Samples.Article(title))).As<ItemBody>().Id;
    }

    private async Task<List<string>> ListedTitlesAsync(string url = "/api/v1/articles?pageSize=100")
    {
        using var reader = app.Anonymous();
        return [.. (await reader.GetBodyAsync<PageBody<ItemBody>>(url)).Items.Select(i => i.Title)];
    }

    private Task RenameBehindTheCacheAsync(long id, string title) => DatabaseBehindTheApi.RenameQuietlyAsync(app.ConnectionString, id, title);

    private Task NotificationsHeardAsync() => DatabaseBehindTheApi.NotificationsHeardAsync(app);

    [Fact]
    public async Task A_change_made_through_another_instance_evicts_this_ones_cache()
    {
        var id = await PublishedArticleAsync("Trước khi sửa ở máy khác");
        await NotificationsHeardAsync(); // the publish's own notice, heard before the list is cached
        Assert.Contains("Trước khi sửa ở máy khác", await ListedTitlesAsync()); // cached here

        await using var other = CmsApp.SharingDatabaseWith(app);
        await other.InitializeAsync();
        using var editor = await other.EditorAsync();
        var etag = (await editor.GetAsync($"/api/v1/manage/articles/{id}", Ct)).Headers.ETag!.Tag;
        Assert.Equal(200, (int)(await editor.PutRawAsync($"/api/v1/manage/articles/{id}", Samples.Article("Đã sửa ở máy khác"), etag)).StatusCode);

        // PostgreSQL tells every instance once the change commits, in commit order: once this
        // instance hears a notice sent after it, it has acted on the change.
        await NotificationsHeardAsync();

        Assert.Contains("Đã sửa ở máy khác", await ListedTitlesAsync());
    }

    public static TheoryData<string> PublicUrls => ["/api/v1/articles", "/api/v1/content?pageSize=5", "/api/v1/categories", "/api/v1/search?q=the%20etag"];

    [Theory]
    [MemberData(nameof(PublicUrls))]
    public async Task Lists_have_strong_etags_and_may_be_cached_publicly_while_revalidating(string url)
    {
        await PublishedArticleAsync("Bài có thẻ ETag " + url);
        using var reader = app.Anonymous();

        var first = await reader.GetAsync(url, Ct);

        Assert.Equal(200, (int)first.StatusCode);
        Assert.False(first.Headers.ETag!.IsWeak, url);
        Assert.Contains("public", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("stale-while-revalidate", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PublicUrls))]
    public async Task A_list_asked_again_with_its_etag_answers_304_without_a_body(string url)
    {
        await PublishedArticleAsync("Bài có thẻ ETag hỏi lại " + url);
        using var reader = app.Anonymous();
        var first = await reader.GetAsync(url, Ct);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await reader.SendAsync(conditional, Ct);

        Assert.Equal(304, (int)second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task The_cache_serves_a_list_until_something_changes()
    {
        var id = await PublishedArticleAsync("Bản gốc");
        await CachedAsync("Bản gốc");

        // Behind the cache's back: the cached list still shows the old title, so the cache really serves.
        await RenameBehindTheCacheAsync(id, "Đổi thầm");

        Assert.True((await ListedTitlesAsync()).Contains("Bản gốc"), "The list was read again from the database, not served from the cache.");
    }

    [Fact]
    public async Task A_publish_evicts_the_cached_list_at_once()
    {
        var id = await PublishedArticleAsync("Bản gốc trước khi đăng bài khác");
        await CachedAsync("Bản gốc trước khi đăng bài khác");
        await RenameBehindTheCacheAsync(id, "Đổi thầm trước khi đăng bài khác");

        await PublishedArticleAsync("Bài mới đăng"); // publish: evicts

        var titles = await ListedTitlesAsync();
        Assert.Contains("Bài mới đăng", titles);
        Assert.Contains("Đổi thầm trước khi đăng bài khác", titles);
    }

    [Fact]
    public async Task An_edit_evicts_the_cached_list_at_once()
    {
        using var editor = await app.EditorAsync();
        var id = await PublishedArticleAsync("Bài trước khi sửa");
        await CachedAsync("Bài trước khi sửa");

        var etag = (await editor.GetAsync($"/api/v1/manage/articles/{id}", Ct)).Headers.ETag!.Tag;
        Assert.Equal(200, (int)(await editor.PutRawAsync($"/api/v1/manage/articles/{id}", Samples.Article("Bài đã sửa"), etag)).StatusCode);

        Assert.Contains("Bài đã sửa", await ListedTitlesAsync()); // edit
    }

    [Fact]
    public async Task An_unpublish_evicts_the_cached_list_and_item_at_once()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var id = await PublishedArticleAsync("Bài sắp gỡ");
        await CachedAsync("Bài sắp gỡ");
        Assert.Equal(200, (int)(await reader.GetAsync($"/api/v1/articles/{id}", Ct)).StatusCode);

        await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/unpublish", new { });

        Assert.DoesNotContain("Bài sắp gỡ", await ListedTitlesAsync()); // unpublish
        Assert.Equal(404, (int)(await reader.GetAsync($"/api/v1/articles/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_delete_evicts_the_cached_list_at_once()
    {
        using var editor = await app.EditorAsync();
        var id = await PublishedArticleAsync("Bài sắp xoá");
        await CachedAsync("Bài sắp xoá");

        Assert.Equal(204, (int)(await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/articles/{id}", null, "*"), Ct)).StatusCode);

        Assert.DoesNotContain("Bài sắp xoá", await ListedTitlesAsync()); // delete
    }

    [Fact]
    public async Task A_scheduled_item_shows_the_moment_its_time_comes()
    {
        using var editor = await app.EditorAsync();
        var id = (await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài hẹn giờ"))).Id;
        await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/schedule", new { publishAt = app.Clock.GetUtcNow().AddMinutes(10) });
        Assert.DoesNotContain("Bài hẹn giờ", await ListedTitlesAsync());
        Assert.DoesNotContain("Bài hẹn giờ", await ListedTitlesAsync()); // cached now

        app.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Contains("Bài hẹn giờ", await ListedTitlesAsync());
    }

    [Fact]
    public async Task An_items_view_count_is_not_frozen_by_the_cache()
    {
        var id = await PublishedArticleAsync("Bài đếm lượt xem");
        using var reader = app.Anonymous();
        Assert.Equal(0, (await reader.GetBodyAsync<ItemBody>($"/api/v1/articles/{id}")).ViewCount); // cached now

        await reader.HitAsync("cache-visitor-000001", id);
        await app.FlushAsync();

        Assert.Equal(1, (await reader.GetBodyAsync<ItemBody>($"/api/v1/articles/{id}")).ViewCount);
    }

    [Fact]
    public async Task A_lists_view_counts_are_not_frozen_by_the_cache()
    {
        var id = await PublishedArticleAsync("Bài đếm lượt xem trong danh sách");
        using var reader = app.Anonymous();
        Assert.Equal(0, await ListedViewCountAsync(reader, id)); // cached now

        await reader.HitAsync("cache-visitor-000002", id);
        await app.FlushAsync();

        Assert.Equal(1, await ListedViewCountAsync(reader, id));
    }

    [Fact]
    public async Task Fields_cut_list_items_down_to_what_the_client_names()
    {
        await PublishedArticleAsync("Bài gọn nhẹ");
        using var reader = app.Anonymous();

        var body = await (await reader.GetAsync("/api/v1/articles?fields=id,title,coverImage", Ct)).JsonAsync();

        // Raw JSON: which fields are on the wire is the point.
        Assert.NotEmpty(body["items"]!.AsArray());
        Assert.All(body["items"]!.AsArray(), i =>
        {
            var keys = i!.AsObject().Select(p => p.Key).ToList();
            Assert.Contains("id", keys);
            Assert.Contains("title", keys);
            Assert.Empty(keys.Except(["id", "title", "coverImage"]));
        });
        Assert.NotNull(body["totalItems"]);
    }

    [Fact]
    public async Task A_cut_down_list_is_smaller_and_has_an_etag_of_its_own()
    {
        await PublishedArticleAsync("Bài gọn nhẹ hơn");
        using var reader = app.Anonymous();

        var full = await reader.GetAsync("/api/v1/articles", Ct);
        var compact = await reader.GetAsync("/api/v1/articles?fields=id,title,coverImage", Ct);

        Assert.True((await compact.Content.ReadAsByteArrayAsync(Ct)).Length < (await full.Content.ReadAsByteArrayAsync(Ct)).Length);
        Assert.NotEqual(full.Headers.ETag, compact.Headers.ETag);
    }

    [Fact]
    public async Task Fields_a_list_does_not_carry_are_refused()
    {
        using var reader = app.Anonymous();

        Assert.Contains("fields", await (await reader.GetAsync("/api/v1/articles?fields=id,body", Ct)).AssertValidationErrorsAsync());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Bodies_are_compressed_for_clients_that_ask(string encoding)
    {
        await PublishedArticleAsync("Bài nén " + encoding);
        using var reader = app.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/content?pageSize=50");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        var response = await reader.SendAsync(request, Ct);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
    }

    /// <summary>
    /// The article list, read and so cached with the title on it. The publish evicted at once
    /// here, and PostgreSQL's NOTIFY of it comes back a moment later and evicts again: heard
    /// before the list is cached, it cannot evict it after.
    /// </summary>
    private async Task CachedAsync(string title)
    {
        await NotificationsHeardAsync();
        Assert.Contains(title, await ListedTitlesAsync());
    }

    private static async Task<long> ListedViewCountAsync(HttpClient reader, long id) =>
        (await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/articles?pageSize=100")).Items.Single(i => i.Id == id).ViewCount;

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
