using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Cms.Domain.Content;
using Cms.Domain.Webhooks;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// Webhooks end to end, with a real HTTP receiver: what a subscriber gets for each change
/// (signed, once, in order per item), retries with backoff while it fails, the delivery log,
/// and that nothing is lost when the API restarts while the receiver is down or when two
/// API processes share the work. Time is the injected clock; nothing waits for real backoff.
/// </summary>
public sealed class WebhookTests(WebhookTests.App app) : IClassFixture<WebhookTests.App>
{
    private const string Secret = "test-secret-for-hmac-0001";
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_publish_reaches_the_receiver_once_signed_with_the_event_and_the_item()
    {
        await using var receiver = new WebhookReceiver();
        await receiver.StartAsync();
        using var admin = await app.EditorAsync();
        var hook = await admin.PostJsonAsync("/api/v1/manage/webhooks", new { url = receiver.Url, events = WebhookEvents.All, secret = Secret });
        Assert.Equal(Secret, (string?)hook["secret"]);

        var id = await CreateAsync(admin, "Sóc Trăng khánh thành cầu mới");
        await SaveAsync(admin, id, "Sóc Trăng khánh thành cầu Đại Ngãi"); // a draft's save: nobody hears of it
        await admin.PostJsonAsync($"/api/v1/manage/articles/{id}/publish", new { });

        var got = Assert.Single(await receiver.WaitForAcceptedAsync(1));
        Assert.Equal("content.published", got.Headers["X-Cms-Event"]);
        Assert.Equal(Sign(Secret, got.Headers["X-Cms-Timestamp"], got.Body), got.Headers["X-Cms-Signature"]);
        Assert.NotEqual(Sign("another-secret-entirely-01", got.Headers["X-Cms-Timestamp"], got.Body), got.Headers["X-Cms-Signature"]);
        Assert.Equal((string)got.Json["id"]!, got.Headers["Idempotency-Key"]);
        Assert.StartsWith("application/json", got.Headers["Content-Type"], StringComparison.Ordinal);
        var item = got.Json["item"]!;
        Assert.Equal(id, (long)item["id"]!);
        Assert.Equal("article", (string?)item["type"]);
        Assert.Equal("Sóc Trăng khánh thành cầu Đại Ngãi", (string?)item["title"]);
        Assert.EndsWith($"/bai-viet/{(string?)item["slug"]}", (string?)item["url"], StringComparison.Ordinal);
        Assert.Contains("Sóc Trăng", Encoding.UTF8.GetString(got.Body), StringComparison.Ordinal); // UTF-8, not \u escapes

        // The delivery log says so; the secret is never shown again.
        var hookId = (int)hook["id"]!;
        var delivery = Assert.Single((await admin.GetJsonAsync($"/api/v1/manage/webhooks/{hookId}/deliveries"))["items"]!.AsArray())!;
        Assert.Equal("delivered", (string?)delivery["state"]);
        Assert.Equal(1, (int)delivery["attempts"]!);
        Assert.Equal(200, (int)delivery["lastStatusCode"]!);
        var detail = await admin.GetJsonAsync($"/api/v1/manage/webhooks/{hookId}/deliveries/{(long)delivery["id"]!}");
        Assert.Equal(200, (int)Assert.Single(detail["log"]!.AsArray())!["statusCode"]!);
        Assert.Equal((string)got.Json["id"]!, (string?)detail["payload"]!["id"]);
        var listed = await admin.GetJsonAsync("/api/v1/manage/webhooks");
        Assert.DoesNotContain(Secret, listed.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, (await admin.GetJsonAsync($"/api/v1/manage/webhooks/{hookId}")).ToJsonString(), StringComparison.Ordinal);

        await Task.Delay(300, Ct);
        Assert.Single(receiver.Requests);
        await UnsubscribeAsync(admin, hookId);
    }

    [Fact]
    public async Task Every_kind_of_change_fires_its_event_in_order_even_while_the_receiver_fails()
    {
        await using var receiver = new WebhookReceiver();
        await receiver.StartAsync();
        receiver.FailNext(500, 503);
        using var admin = await app.EditorAsync();
        var hookId = await SubscribeAsync(admin, receiver);

        var id = await CreateAsync(admin, "Đảng bộ thành phố Sóc Trăng");
        await admin.PostJsonAsync($"/api/v1/manage/articles/{id}/publish", new { });
        await SaveAsync(admin, id, "Đảng bộ thành phố Sóc Trăng: một năm nhìn lại");
        await admin.PostJsonAsync($"/api/v1/manage/articles/{id}/unpublish", new { });
        // The scheduler's publish fires the same event as an editor's.
        await admin.PostJsonAsync($"/api/v1/manage/articles/{id}/schedule", new { publishAt = app.Clock.GetUtcNow().AddMinutes(10) });
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await WaitForAsync(async () => await app.DbAsync(db => db.ContentItems.Where(x => x.Id == id).Select(x => x.Status).SingleAsync(Ct)) == ContentStatus.Published);
        var delete = await admin.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/articles/{id}", null, "*"), Ct);
        Assert.Equal(204, (int)delete.StatusCode);

        // The first delivery fails twice; the later ones wait behind it, then all arrive in order.
        var accepted = await AdvanceUntilAcceptedAsync(receiver, 5);
        Assert.Equal(["content.published", "content.updated", "content.unpublished", "content.published", "content.deleted"], accepted.Select(r => r.Event));
        Assert.All(accepted, r => Assert.Equal(id, r.ItemId));
        Assert.Equal([500, 503, 200, 200, 200, 200, 200], receiver.Requests.Select(r => r.Status));
        Assert.Equal("Đảng bộ thành phố Sóc Trăng: một năm nhìn lại", (string?)accepted[1].Json["item"]!["title"]);
        Assert.Equal(5, accepted.Select(r => r.Headers["Idempotency-Key"]).Distinct().Count());
        // The retries of the first delivery carried the same event id.
        Assert.Single(receiver.Requests.Take(3).Select(r => r.Headers["Idempotency-Key"]).Distinct());
        await UnsubscribeAsync(admin, hookId);
    }

    [Fact]
    public async Task Failures_back_off_exponentially_then_give_up_and_an_admin_can_send_it_again()
    {
        await using var receiver = new WebhookReceiver();
        await receiver.StartAsync();
        receiver.FailNext(500, 500, 500, 500, 500);
        using var admin = await app.EditorAsync();
        var hookId = await SubscribeAsync(admin, receiver);
        var id = await CreateAsync(admin, "Phát triển nông nghiệp bền vững");
        await admin.PostJsonAsync($"/api/v1/manage/articles/{id}/publish", new { });

        var deliveryId = 0L;
        for (var attempt = 1; attempt <= App.MaxAttempts; attempt++)
        {
            var delivery = await WaitForDeliveryAsync(admin, hookId, d => (int)d["attempts"]! == attempt);
            deliveryId = (long)delivery["id"]!;
            if (attempt == App.MaxAttempts)
            {
                Assert.Equal("failed", (string?)delivery["state"]);
                break;
            }

            var detail = await admin.GetJsonAsync($"/api/v1/manage/webhooks/{hookId}/deliveries/{deliveryId}");
            var last = DateTimeOffset.Parse((string)detail["log"]!.AsArray().Last()!["attemptedAt"]!, System.Globalization.CultureInfo.InvariantCulture);
            var next = DateTimeOffset.Parse((string)delivery["nextAttemptAt"]!, System.Globalization.CultureInfo.InvariantCulture);
            var backoff = RetryDelay * Math.Pow(2, attempt - 1);
            Assert.Equal(backoff, next - last);

            app.Clock.Advance(backoff - TimeSpan.FromSeconds(1));
            await Task.Delay(300, Ct);
            Assert.Equal(attempt, receiver.Requests.Count); // not before its time
            app.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(1, (int)(await admin.GetJsonAsync($"/api/v1/manage/webhooks/{hookId}"))["failed"]!);
        app.Clock.Advance(TimeSpan.FromHours(1)); // the longest retry delay
        await Task.Delay(300, Ct);
        Assert.Equal(App.MaxAttempts, receiver.Requests.Count); // given up: no more attempts

        var retried = await admin.PostJsonAsync($"/api/v1/manage/webhooks/{hookId}/deliveries/{deliveryId}/retry", new { });
        Assert.Equal("pending", (string?)retried["delivery"]!["state"]);
        var accepted = Assert.Single(await receiver.WaitForAcceptedAsync(1));
        Assert.Equal(receiver.Requests[0].Headers["Idempotency-Key"], accepted.Headers["Idempotency-Key"]);
        var done = await WaitForDeliveryAsync(admin, hookId, d => (string?)d["state"] == "delivered");
        Assert.Equal(App.MaxAttempts + 1, (int)done["attempts"]!);
        await UnsubscribeAsync(admin, hookId);
    }

    [Fact]
    public async Task A_receiver_down_across_an_api_restart_still_gets_every_event_once()
    {
        await using var receiver = new WebhookReceiver(); // not started: nothing answers on its port
        var ids = new List<long>();
        var first = new App();
        await first.InitializeAsync();
        await using (first)
        {
            using var admin = await first.EditorAsync();
            await SubscribeAsync(admin, receiver);
            foreach (var title in new[] { "Bài thứ nhất", "Bài thứ hai", "Bài thứ ba" })
            {
                var id = await CreateAsync(admin, title);
                await admin.PostJsonAsync($"/api/v1/manage/articles/{id}/publish", new { });
                ids.Add(id);
            }

            await SaveAsync(admin, ids[0], "Bài thứ nhất, đã sửa");
            // Each item's first delivery has been tried and failed before the process stops.
            await WaitForAsync(async () => await first.DbAsync(db => db.WebhookDeliveries.CountAsync(d => d.Attempts > 0, Ct)) == 3);
        }

        await receiver.StartAsync();
        await using var second = CmsApp.SharingDatabaseWith(first, App.WebhookSettings);
        await second.InitializeAsync();
        second.Clock.SetUtcNow(Later(first.Clock.GetUtcNow(), second.Clock.GetUtcNow()) + RetryDelay);

        var accepted = await receiver.WaitForAcceptedAsync(4);
        await Task.Delay(300, Ct);
        Assert.Equal(4, receiver.Accepted.Count);
        Assert.Equal(4, accepted.Select(r => r.Headers["Idempotency-Key"]).Distinct().Count());
        Assert.Equal(ids.Order(), accepted.Select(r => r.ItemId).Distinct().Order());
        Assert.Equal(["content.published", "content.updated"], accepted.Where(r => r.ItemId == ids[0]).Select(r => r.Event));
    }

    [Fact]
    public async Task Two_api_processes_deliver_each_event_exactly_once()
    {
        await using var receiver = new WebhookReceiver();
        await receiver.StartAsync();
        await using var second = CmsApp.SharingDatabaseWith(app, App.WebhookSettings);
        await second.InitializeAsync();
        // The two clocks disagree (this class's moved on); leases are timed by the database's, so it does not matter.
        using var admin = await app.EditorAsync();
        var hookId = await SubscribeAsync(admin, receiver);

        var ids = new List<long>();
        for (var i = 0; i < 12; i++)
        {
            var id = await CreateAsync(admin, $"Tin ngắn số {i + 1}");
            await admin.PostJsonAsync($"/api/v1/manage/articles/{id}/publish", new { });
            ids.Add(id);
        }

        await receiver.WaitForAcceptedAsync(ids.Count);
        await Task.Delay(500, Ct); // a second send of anything would have arrived by now
        Assert.Equal(ids.Order(), receiver.Requests.Select(r => r.ItemId).Order());
        Assert.Equal(ids.Count, receiver.Requests.Select(r => r.Headers["Idempotency-Key"]).Distinct().Count());
        await UnsubscribeAsync(admin, hookId);
    }

    [Fact]
    public async Task A_subscription_needs_a_valid_url_and_known_events()
    {
        using var admin = await app.EditorAsync();
        var bad = new object[]
        {
            new { url = "ftp://example.vn/hook", events = new[] { "content.published" } },
            new { url = "/relative/hook", events = new[] { "content.published" } },
            new { url = "https://example.vn/hook", events = Array.Empty<string>() },
            new { url = "https://example.vn/hook", events = new[] { "content.viewed" } },
            new { url = "https://example.vn/hook", events = new[] { "content.published" }, secret = "short" },
        };
        foreach (var body in bad)
        {
            var response = await admin.PostAsJsonAsync("/api/v1/manage/webhooks", body, Ct);
            await response.AssertProblemAsync(400);
        }

        Assert.Equal(0, await app.DbAsync(db => db.WebhookSubscriptions.CountAsync(s => s.Url.Contains("example.vn"), Ct)));
        var generated = await admin.PostJsonAsync("/api/v1/manage/webhooks", new { url = "https://example.vn/hook", events = new[] { "content.deleted" } });
        Assert.True(((string?)generated["secret"])!.Length >= 32, "A secret is generated when none is given.");
        Assert.Equal(["content.deleted"], generated["events"]!.AsArray().Select(e => (string?)e));
        await UnsubscribeAsync(admin, (int)generated["id"]!);
    }

    /// <summary>What a receiver computes to check a delivery, written out here rather than borrowed from the API.</summary>
    private static string Sign(string secret, string timestamp, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), (byte[])[.. Encoding.UTF8.GetBytes(timestamp + "."), .. body]));

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static async Task<int> SubscribeAsync(HttpClient admin, WebhookReceiver receiver) =>
        (int)(await admin.PostJsonAsync("/api/v1/manage/webhooks", new { url = receiver.Url, events = WebhookEvents.All, secret = Secret }))["id"]!;

    private static async Task UnsubscribeAsync(HttpClient admin, int hookId) =>
        Assert.Equal(204, (int)(await admin.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/webhooks/{hookId}", null, "*"), Ct)).StatusCode);

    private static async Task<long> CreateAsync(HttpClient admin, string title) =>
        (long)(await admin.PostJsonAsync("/api/v1/manage/articles", Samples.Article(title)))["id"]!;

    private static async Task SaveAsync(HttpClient admin, long id, string title)
    {
        var response = await admin.PutRawAsync($"/api/v1/manage/articles/{id}", Samples.Article(title), "*");
        Assert.Equal(200, (int)response.StatusCode);
    }

    /// <summary>Moves the clock a retry delay at a time until the receiver has accepted <paramref name="count"/>.</summary>
    private async Task<IReadOnlyList<WebhookReceiver.Received>> AdvanceUntilAcceptedAsync(WebhookReceiver receiver, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (receiver.Accepted.Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The receiver got {receiver.Accepted.Count} of {count} deliveries.");
            app.Clock.Advance(RetryDelay);
            await Task.Delay(100, Ct);
        }

        return receiver.Accepted;
    }

    private static async Task<JsonNode> WaitForDeliveryAsync(HttpClient admin, int hookId, Func<JsonNode, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var items = (await admin.GetJsonAsync($"/api/v1/manage/webhooks/{hookId}/deliveries"))["items"]!.AsArray();
            if (items.Count == 1 && condition(items[0]!))
            {
                return items[0]!;
            }

            Assert.True(DateTime.UtcNow < deadline, "The delivery did not reach the expected state within 15 s: " + items.ToJsonString());
            await Task.Delay(50, Ct);
        }
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Not reached within 15 s.");
            await Task.Delay(50, Ct);
        }
    }

    public sealed class App : CmsApp
    {
        public const int MaxAttempts = 5;

        /// <summary>Only content changes and due retries wake the dispatcher and the scheduler in these tests, never polling.</summary>
        public static readonly IReadOnlyDictionary<string, string?> WebhookSettings = new Dictionary<string, string?>
        {
            ["Cms:Webhooks:RetryDelay"] = "00:01:00",
            ["Cms:Webhooks:MaxRetryDelay"] = "01:00:00",
            ["Cms:Webhooks:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cms:Webhooks:PollInterval"] = "01:00:00",
            ["Cms:Scheduler:PollInterval"] = "01:00:00",
        };

        protected override IReadOnlyDictionary<string, string?> Settings => WebhookSettings;
    }
}
