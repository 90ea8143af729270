using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Support;

/// <summary>
/// What the bad-input batteries share: one item of every kind to aim at, a valid body for every
/// endpoint that reads one, the database's fingerprint, and what a clean refusal is.
/// </summary>
public static class Battery
{
    public const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    /// <summary>What the database holds, as one hash: any write at all changes it.</summary>
    public static Task<string> FingerprintAsync(CmsApp app, CancellationToken ct) => app.DbAsync(db => db.Database.SqlQueryRaw<string>("""
        SELECT md5(concat_ws('#',
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM content_items t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM categories t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM tags t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM featured_lists t),
            (SELECT string_agg(t::text, '|' ORDER BY t.slug) FROM tag_aliases t),
            (SELECT string_agg(t::text, '|' ORDER BY t::text) FROM content_old_slugs t),
            (SELECT string_agg(t::text, '|' ORDER BY t::text) FROM content_item_tags t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM users t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM counter_imports t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM webhook_subscriptions t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM webhook_deliveries t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM content_revisions t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM content_notes t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM media_assets t),
            (SELECT string_agg(t::text, '|' ORDER BY t.content_id) FROM content_working_copies t),
            (SELECT string_agg(t::text, '|' ORDER BY t.content_id) FROM content_view_totals t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM preview_links t),
            (SELECT string_agg(t::text, '|' ORDER BY t::text) FROM site_daily_visits t),
            (SELECT string_agg(t::text, '|' ORDER BY t.content_id) FROM edit_locks t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM authors t),
            (SELECT string_agg(t::text, '|' ORDER BY t::text) FROM content_item_authors t),
            (SELECT string_agg(t::text, '|' ORDER BY t::text) FROM content_royalties t),
            (SELECT string_agg(t::text, '|' ORDER BY t::text) FROM related_pins t),
            (SELECT string_agg(t::text, '|' ORDER BY t.content_id) FROM live_sessions t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM live_questions t))) AS "Value"
        """).SingleAsync(ct));

    /// <summary>
    /// One of everything a route can name, made by <paramref name="admin"/>: route values by the
    /// segment before them ("articles" → an article's id), and the article's id.
    /// </summary>
    public static async Task<(Dictionary<string, string> Ids, long ArticleId)> CreateTargetsAsync(CmsApp app, HttpClient admin, CancellationToken ct)
    {
        var article = await admin.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài cho bộ kiểm thử", "Kiểm thử"));
        var interview = await admin.PostBodyAsync<ItemBody>("/api/v1/manage/interviews", Samples.Interview("Phỏng vấn cho bộ kiểm thử"));
        var video = await admin.PostBodyAsync<ItemBody>("/api/v1/manage/videos", Samples.Video("Phim cho bộ kiểm thử"));
        var photoStory = await admin.PostBodyAsync<ItemBody>("/api/v1/manage/photo-stories", Samples.PhotoStory("Phóng sự ảnh cho bộ kiểm thử"));
        var category = await admin.PostBodyAsync<SectionBody>("/api/v1/manage/categories", new { name = "Chuyên mục kiểm thử" });
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(Convert.FromBase64String(OnePixelPng)), "file", "pixel.png" } };
        var media = await (await admin.PostAsync("/api/v1/manage/media", upload, ct)).BodyAsync<MediaBody>();
        var webhook = await admin.PostBodyAsync<WebhookBody>("/api/v1/manage/webhooks", new { url = "https://hooks.example.vn/battery", events = new[] { "content.published" }, isActive = false }); // never delivers: the database stays still
        var person = await admin.PostBodyAsync<AuthorBody>("/api/v1/manage/authors", new { name = $"Tác giả kiểm thử {Guid.NewGuid():N}"[..24] });
        var author = $"battery.author.{Guid.NewGuid():N}"[..24]; // several tests of a class may each make their targets
        using (await app.UserAsync("author", author))
        {
        }

        var userId = (await admin.GetBodyAsync<List<UserBody>>("/api/v1/manage/users")).Single(u => u.UserName == author).Id;
        var revision = (await admin.GetBodyAsync<PageBody<RevisionIdBody>>($"/api/v1/manage/articles/{article.Id}/revisions")).Items[0].Id;
        var preview = await admin.PostBodyAsync<PreviewLinkBody>($"/api/v1/manage/articles/{article.Id}/preview-links", new { });
        var note = await admin.PostBodyAsync<NoteBody>($"/api/v1/manage/articles/{article.Id}/notes", new { text = "Ghi chú cho bộ kiểm thử" });
        string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
        var ids = new Dictionary<string, string>
        {
            ["articles"] = Text(article.Id),
            ["interviews"] = Text(interview.Id),
            ["videos"] = Text(video.Id),
            ["photo-stories"] = Text(photoStory.Id),
            ["categories"] = Text(category.Id),
            ["users"] = Text(userId),
            ["webhooks"] = Text(webhook.Id),
            ["media"] = Text(media.Id),
            ["tags"] = "kiem-thu",
            ["revisions"] = Text(revision),
            ["preview-links"] = Text(preview.Id),
            ["preview"] = preview.Token,
            ["notes"] = Text(note.Id),
            ["authors"] = person.Id.ToString(CultureInfo.InvariantCulture), // the public /authors/{slug} gets a 404: harmless
        };
        return (ids, article.Id);
    }

    /// <summary>A route with its parameters filled in from <paramref name="ids"/> (by the segment before each; "1" when none fits).</summary>
    public static string Fill(string route, IReadOnlyDictionary<string, string> ids, string? parameter = null, string? value = null)
    {
        var segments = route.Split('/');
        return string.Join('/', segments.Select((s, i) => !s.StartsWith('{') ? s
            : parameter is not null && ParameterName(s) == parameter ? value!
            : ids.GetValueOrDefault(segments[i - 1], "1")));
    }

    /// <summary>"id" for "{id}" and "{id:long}".</summary>
    public static string ParameterName(string segment) => segment.Trim('{', '}').Split(':')[0];

    /// <summary>A valid body for each endpoint that reads one, and the fields it cannot do without.</summary>
    public static Dictionary<string, (JsonObject Body, string[] Required)> ValidBodies(long contentId)
    {
        static JsonObject Json(object value) => JsonSerializer.SerializeToNode(value, JsonSerializerOptions.Web)!.AsObject();
        var publishAt = new { publishAt = DateTimeOffset.UtcNow.AddDays(30) };
        var bodies = new Dictionary<string, (JsonObject, string[])>
        {
            ["CreateCategory"] = (Json(new { name = "Chuyên mục", sortOrder = 1 }), ["name"]),
            ["UpdateCategory"] = (Json(new { name = "Chuyên mục", sortOrder = 1 }), ["name"]),
            ["CreateUser"] = (Json(new { userName = "new.user", password = "long-enough-pw", role = "editor" }), ["userName", "password", "role"]),
            ["UpdateUser"] = (Json(new { role = "editor", isActive = true }), ["role", "isActive"]),
            ["SetUserPassword"] = (Json(new { newPassword = "long-enough-pw" }), ["newPassword"]),
            ["ChangeMyPassword"] = (Json(new { currentPassword = CmsApp.AdminPassword, newPassword = "long-enough-pw" }), ["currentPassword", "newPassword"]),
            ["IssueToken"] = (Json(new { userName = CmsApp.AdminUser, password = CmsApp.AdminPassword }), ["userName", "password"]),
            ["RecordHit"] = (Json(new { visitorId = "battery-visitor-0001", contentId }), ["visitorId"]),
            ["ImportCounters"] = (Json(new { siteVisits = 10, items = new[] { new { contentId, views = 5 } }, note = "x" }), []),
            ["UploadMedia"] = (Json(new { caption = "Ảnh" }), []), // a form endpoint: JSON of any shape is a 415
            ["DescribeMedia"] = (Json(new { caption = "Ảnh", alt = "Mô tả" }), []),
            ["SetMediaFocalPoint"] = (Json(new { x = 0.25, y = 0.75 }), ["x", "y"]),
            ["CreateWebhook"] = (Json(new { url = "https://hooks.example.vn/cms", events = new[] { "content.published" } }), ["url", "events"]),
            ["UpdateWebhook"] = (Json(new { url = "https://hooks.example.vn/cms", events = new[] { "content.published" } }), ["url", "events"]),
            ["RenameTag"] = (Json(new { name = "Kiểm thử lại" }), ["name"]),
            ["MergeTag"] = (Json(new { into = "kiem-thu" }), ["into"]),
            ["ReplaceFeatured"] = (Json(new { itemIds = new[] { contentId } }), ["itemIds"]),
            ["CreateAuthor"] = (Json(new { name = "Lê Vũ", title = "Phóng viên", bio = "Viết về nông nghiệp." }), ["name"]),
            ["UpdateAuthor"] = (Json(new { name = "Lê Vũ", title = "Phóng viên", bio = "Viết về nông nghiệp." }), ["name"]),
            ["ImportInterviewTranscript"] = (Json(new { transcript = "Phỏng vấn\n* Câu hỏi?\nĐồng chí Nguyễn Văn Quận: Trả lời." }), ["transcript"]),
            ["AskLiveQuestion"] = (Json(new { name = "Nguyễn Văn An", place = "Sóc Trăng", text = "Khi nào thành phố đạt đô thị loại I?" }), ["name", "text"]),
            ["SetLiveSession"] = (Json(new { opensAt = DateTimeOffset.UtcNow.AddDays(1), closesAt = DateTimeOffset.UtcNow.AddDays(1).AddHours(2) }), ["opensAt", "closesAt"]),
            ["ModerateLiveQuestion"] = (Json(new { text = "Khi nào thành phố đạt đô thị loại I?", state = "approved" }), []),
            ["AnswerLiveQuestion"] = (Json(new { answer = "Dự kiến năm 2025.", speaker = "Nguyễn Văn Quận" }), ["answer"]),
        };
        foreach (var (one, sample, required) in new[]
        {
            ("Article", WithSeo(Samples.Article("Bài kiểm thử", "Kiểm thử")), new[] { "title", "body" }),
            ("Interview", Samples.Interview(), new[] { "title", "interviewee", "exchanges" }),
            ("Video", Samples.Video(), new[] { "title", "source" }),
            ("PhotoStory", Samples.PhotoStory(), new[] { "title", "photos" }),
        })
        {
            bodies[$"Create{one}"] = (Json(sample), required);
            bodies[$"Update{one}"] = (Json(sample), required);
            bodies[$"Save{one}WorkingCopy"] = (Json(sample), required);
            bodies[$"Schedule{one}"] = (Json(publishAt), ["publishAt"]);
            bodies[$"Take{one}Lock"] = (Json(new { sessionId = "battery-session-0001", takeOver = false }), ["sessionId"]);
            bodies[$"Renew{one}Lock"] = (Json(new { sessionId = "battery-session-0001" }), ["sessionId"]);
            bodies[$"Create{one}PreviewLink"] = (Json(new { validHours = 24 }), []);
            bodies[$"Return{one}"] = (Json(new { reason = "Cần bổ sung nguồn tin." }), ["reason"]);
            bodies[$"Add{one}Note"] = (Json(new { text = "Kiểm tra lại số liệu." }), ["text"]);
            bodies[$"Set{one}Royalties"] = (Json(new { royalties = new[] { new { authorId = 1, points = 10.5m, amount = 150000L, note = "Bài hay" } } }), ["royalties"]);
            bodies[$"Replace{one}RelatedPins"] = (Json(new { itemIds = Array.Empty<long>() }), ["itemIds"]); // valid under any item
        }

        return bodies;
    }

    /// <summary>Every field a request may carry gets the hostile values: the search and share ones too.</summary>
    private static Dictionary<string, object?> WithSeo(Dictionary<string, object?> request)
    {
        request["seo"] = Samples.Seo();
        return request;
    }

    /// <summary>The endpoints that read a body: name, method and route, from the app's own endpoint table.</summary>
    public static List<(string Name, string Method, string Route)> BodyEndpoints(CmsApp app) =>
        app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAcceptsMetadata>() is not null)
            .Select(e => (
                e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? e.RoutePattern.RawText!,
                e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Single(),
                "/" + e.RoutePattern.RawText!.TrimStart('/')))
            .ToList();

    /// <summary>
    /// Adds to <paramref name="wrong"/> unless the answer is a 4xx ProblemDetails that leaks nothing.
    /// Returns the body, for further checks.
    /// </summary>
    public static async Task<string> AssertCleanRefusalAsync(HttpResponseMessage response, string what, List<string> wrong, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(ct);
        if (status is < 400 or >= 500)
        {
            wrong.Add($"{what}: {status} {text[..Math.Min(200, text.Length)]}");
        }
        else
        {
            AssertHarmless(response, text, what, wrong);
        }

        return text;
    }

    /// <summary>
    /// Adds to <paramref name="wrong"/> a 5xx, a 4xx that is not ProblemDetails, or an error body
    /// that leaks internals; any 2xx or 3xx is fine (the value was acceptable).
    /// </summary>
    public static void AssertHarmless(HttpResponseMessage response, string text, string what, List<string> wrong)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            wrong.Add($"{what}: {status} {text[..Math.Min(200, text.Length)]}");
        }
        else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            wrong.Add($"{what}: {status} without a ProblemDetails body");
        }
        else if (status >= 400 && (text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Npgsql", StringComparison.Ordinal)
            || text.Contains("/work/", StringComparison.Ordinal) || text.Contains("Exception", StringComparison.Ordinal)))
        {
            wrong.Add($"{what}: the error body leaks internals: {text[..Math.Min(300, text.Length)]}");
        }
    }
}
