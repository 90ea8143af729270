using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
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
    public async Task A_new_subscription_answers_with_its_secret_and_never_shows_it_again()
    {
        await using var receiver = new WebhookReceiver();
        using var admin = await app.EditorAsync();

        var hook = await SubscribeAsync(admin, receiver);

        Assert.Equal(Secret, hook.Secret);
        // Raw text: the secret must be under no field at all.
        Assert.DoesNotContain(Secret, (await admin.GetJsonAsync("/api/v1/manage/webhooks")).ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, (await admin.GetJsonAsync($"/api/v1/manage/webhooks/{hook.Id}")).ToJsonString(), StringComparison.Ordinal);
        await UnsubscribeAsync(admin, hook.Id);
    }

    [Fact]
    public async Task A_publish_reaches_the_receiver_once_signed_with_the_event_and_the_item()
    {
        await using var receiver = new WebhookReceiver();
        await receiver.StartAsync();
        using var admin = await app.EditorAsync();
        var hook = await SubscribeAsync(admin, receiver);

        var id = await PublishAfterADraftSaveAsync(admin);

        var got = Assert.Single(await receiver.WaitForAcceptedAsync(1));
        Assert.Equal("content.published", got.Headers["X-Cms-Event"]);
        Assert.Equal(Sign(Secret, got.Headers["X-Cms-Timestamp"], got.Body), got.Headers["X-Cms-Signature"]);
        Assert.NotEqual(Sign("another-secret-entirely-01", got.Headers["X-Cms-Timestamp"], got.Body), got.Headers["X-Cms-Signature"]);
        var payload = got.Json.As<WebhookPayloadBody>();
        Assert.Equal(payload.Id, got.Headers["Idempotency-Key"]);
        Assert.StartsWith("application/json", got.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal((id, "article", "Sóc Trăng khánh thành cầu Đại Ngãi"), (payload.Item.Id, payload.Item.Type, payload.Item.Title));
        Assert.EndsWith($"/bai-viet/{payload.Item.Slug}", payload.Item.Url, StringComparison.Ordinal);
        Assert.Contains("Sóc Trăng", Encoding.UTF8.GetString(got.Body), StringComparison.Ordinal); // UTF-8, not \u escapes

        await Task.Delay(300, Ct);
        Assert.Single(receiver.Requests); // the draft's save before the publish was heard by nobody
        await UnsubscribeAsync(admin, hook.Id);
    }

    [Fact]
    public async Task A_delivered_event_is_in_the_log_with_its_one_attempt_and_the_payload_sent()
    {
        await using var receiver = new WebhookReceiver();
        await receiver.StartAsync();
        using var admin = await app.EditorAsync();
        var hook = await SubscribeAsync(admin, receiver);
        await PublishAfterADraftSaveAsync(admin);
        var got = Assert.Single(await receiver.WaitForAcceptedAsync(1));

        var delivery = await WaitForDeliveryAsync(admin, hook.Id, d => d.State == "delivered");

        Assert.Equal((1, (int?)200), (delivery.Attempts, delivery.LastStatusCode));
        var detail = await admin.GetBodyAsync<DeliveryDetailBody>($"/api/v1/manage/webhooks/{hook.Id}/deliveries/{delivery.Id}");
        Assert.Equal(200, Assert.Single(detail.Log).StatusCode);
        Assert.Equal(got.Json.As<WebhookPayloadBody>().Id, detail.Payload.Id);
        await UnsubscribeAsync(admin, hook.Id);
    }

    [Fact]
    public async Task Every_kind_of_change_fires_its_event_in_order_even_while_the_receiver_fails()
    {
        await using var receiver = new WebhookReceiver();
        await receiver.StartAsync();
        receiver.FailNext(500, 503);
        using var admin = await app.EditorAsync();
        var hookId = (await SubscribeAsync(admin, receiver)).Id;

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
        Assert.Equal("Đảng bộ thành phố Sóc Trăng: một năm nhìn lại", accepted[1].Json.As<WebhookPayloadBody>().Item.Title);
        Assert.Equal(5, accepted.Select(r => r.Headers["Idempotency-Key"]).Distinct().Count());
        // The retries of the first delivery carried the same event id.
        Assert.Single(receiver.Requests.Take(3).Select(r => r.Headers["Idempotency-Key"]).Distinct());
        await UnsubscribeAsync(admin, hookId);
    }

    [Fact]
    public async Task A_failing_delivery_is_retried_with_exponential_backoff_and_never_before_its_time()
    {
        await using var receiver = new WebhookReceiver();
        await receiver.StartAsync();
        using var admin = await app.EditorAsync();

        var (hookId, _, waits) = await FailEveryAttemptAsync(admin, receiver);

        Assert.Equal([RetryDelay, RetryDelay * 2, RetryDelay * 4, RetryDelay * 8], waits.Select(w => w.Backoff));
        Assert.Equal([1, 2, 3, 4], waits.Select(w => w.ArrivedBeforeDue));
        await UnsubscribeAsync(admin, hookId);
    }

    [Fact]
    public async Task After_its_last_attempt_a_delivery_has_failed_for_good_and_is_not_tried_again()
    {
        await using var receiver = new WebhookReceiver();
        await receiver.StartAsync();
        using var admin = await app.EditorAsync();

        var (hookId, last, _) = await FailEveryAttemptAsync(admin, receiver);

        Assert.Equal("failed", last.State);
        Assert.Equal(1, (await admin.GetBodyAsync<WebhookBody>($"/api/v1/manage/webhooks/{hookId}")).Failed);
        app.Clock.Advance(TimeSpan.FromHours(1)); // the longest retry delay
        await Task.Delay(300, Ct);
        Assert.Equal(App.MaxAttempts, receiver.Requests.Count);
        await UnsubscribeAsync(admin, hookId);
    }

    [Fact]
    public async Task An_admin_can_send_a_failed_delivery_again_under_the_same_event_id()
    {
        await using var receiver = new WebhookReceiver();
        await receiver.StartAsync();
        using var admin = await app.EditorAsync();
        var (hookId, failed, _) = await FailEveryAttemptAsync(admin, receiver);

        var retried = await admin.PostBodyAsync<DeliveryDetailBody>($"/api/v1/manage/webhooks/{hookId}/deliveries/{failed.Id}/retry", new { });

        Assert.Equal("pending", retried.Delivery.State);
        var accepted = Assert.Single(await receiver.WaitForAcceptedAsync(1));
        Assert.Equal(receiver.Requests[0].Headers["Idempotency-Key"], accepted.Headers["Idempotency-Key"]);
        var done = await WaitForDeliveryAsync(admin, hookId, d => d.State == "delivered");
        Assert.Equal(App.MaxAttempts + 1, done.Attempts);
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
        var hookId = (await SubscribeAsync(admin, receiver)).Id;

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

    [Theory]
    [InlineData("ftp://example.vn/hook", "content.published", null)]
    [InlineData("/relative/hook", "content.published", null)]
    [InlineData("https://example.vn/hook", "", null)]
    [InlineData("https://example.vn/hook", "content.viewed", null)]
    [InlineData("https://example.vn/hook", "content.published", "short")]
    public async Task A_subscription_needs_an_absolute_http_url_known_events_and_a_long_enough_secret(string url, string events, string? secret)
    {
        using var admin = await app.EditorAsync();
        var before = await app.DbAsync(db => db.WebhookSubscriptions.CountAsync(s => s.Url.Contains("example.vn"), Ct));
        var eventNames = events.Split(',', StringSplitOptions.RemoveEmptyEntries);
        object body = secret is null ? new { url, events = eventNames } : new { url, events = eventNames, secret }; // no secret at all, rather than a null one

        await (await admin.PostAsJsonAsync("/api/v1/manage/webhooks", body, Ct)).AssertProblemAsync(400);

        Assert.Equal(before, await app.DbAsync(db => db.WebhookSubscriptions.CountAsync(s => s.Url.Contains("example.vn"), Ct)));
    }

    [Fact]
    public async Task A_subscription_without_a_secret_gets_a_generated_one_and_the_events_it_asked_for()
    {
        using var admin = await app.EditorAsync();

        var generated = await admin.PostBodyAsync<WebhookBody>("/api/v1/manage/webhooks", new { url = "https://example.vn/hook", events = new[] { "content.deleted" } });

        Assert.True(generated.Secret!.Length >= 32, "A secret is generated when none is given.");
        Assert.Equal(["content.deleted"], generated.Events);
        await UnsubscribeAsync(admin, generated.Id);
    }

    /// <summary>What a receiver computes to check a delivery, written out here rather than borrowed from the API.</summary>
    private static string Sign(string secret, string timestamp, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), (byte[])[.. Encoding.UTF8.GetBytes(timestamp + "."), .. body]));

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static Task<WebhookBody> SubscribeAsync(HttpClient admin, WebhookReceiver receiver) =>
        admin.PostBodyAsync<WebhookBody>("/api/v1/manage/webhooks", new { url = receiver.Url, events = WebhookEvents.All, secret = Secret });

    private static async Task UnsubscribeAsync(HttpClient admin, int hookId) =>
        Assert.Equal(204, (int)(await admin.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/webhooks/{hookId}", null, "*"), Ct)).StatusCode);

    private static async Task<long> CreateAsync(HttpClient admin, string title) =>
        (await admin.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article(title))).Id;

    private static async Task SaveAsync(HttpClient admin, long id, string title)
    {
        var response = await admin.PutRawAsync($"/api/v1/manage/articles/{id}", Samples.Article(title), "*");
        Assert.Equal(200, (int)response.StatusCode);
    }

    /// <summary>Creates an article, saves it once as a draft (which nobody hears of), then publishes it.</summary>
    private static async Task<long> PublishAfterADraftSaveAsync(HttpClient admin)
    {
        var id = await CreateAsync(admin, "Sóc Trăng khánh thành cầu mới");
        await SaveAsync(admin, id, "Sóc Trăng khánh thành cầu Đại Ngãi");
        await admin.PostJsonAsync($"/api/v1/manage/articles/{id}/publish", new { });
        return id;
    }

    /// <summary>
    /// Subscribes <paramref name="receiver"/>, makes it fail every attempt at one publish's delivery
    /// and moves the clock through each retry delay until the delivery is given up. For each wait:
    /// the backoff the log announced (next attempt minus last attempt), and how many requests had
    /// arrived a second before that wait was over.
    /// </summary>
    private async Task<(int HookId, DeliveryBody Last, List<(TimeSpan Backoff, int ArrivedBeforeDue)> Waits)> FailEveryAttemptAsync(HttpClient admin, WebhookReceiver receiver)
    {
        receiver.FailNext([.. Enumerable.Repeat(500, App.MaxAttempts)]);
        var hookId = (await SubscribeAsync(admin, receiver)).Id;
        var id = await CreateAsync(admin, "Phát triển nông nghiệp bền vững");
        await admin.PostJsonAsync($"/api/v1/manage/articles/{id}/publish", new { });

        var waits = new List<(TimeSpan, int)>();
        for (var attempt = 1; ; attempt++)
        {
            var delivery = await WaitForDeliveryAsync(admin, hookId, d => d.Attempts == attempt);
            if (attempt == App.MaxAttempts)
            {
                return (hookId, delivery, waits);
            }

            var detail = await admin.GetBodyAsync<DeliveryDetailBody>($"/api/v1/manage/webhooks/{hookId}/deliveries/{delivery.Id}");
            var backoff = RetryDelay * Math.Pow(2, attempt - 1);
            app.Clock.Advance(backoff - TimeSpan.FromSeconds(1));
            await Task.Delay(300, Ct);
            waits.Add((delivery.NextAttemptAt!.Value - detail.Log[^1].AttemptedAt, receiver.Requests.Count));
            app.Clock.Advance(TimeSpan.FromSeconds(1));
        }
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

    private static async Task<DeliveryBody> WaitForDeliveryAsync(HttpClient admin, int hookId, Func<DeliveryBody, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var items = (await admin.GetBodyAsync<PageBody<DeliveryBody>>($"/api/v1/manage/webhooks/{hookId}/deliveries")).Items;
            if (items.Count == 1 && condition(items[0]))
            {
                return items[0];
            }

            Assert.True(DateTime.UtcNow < deadline, "The delivery did not reach the expected state within 15 s: " + string.Join(", ", items));
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
