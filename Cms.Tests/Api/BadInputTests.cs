using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Api;

/// <summary>
/// The bad-input battery: every endpoint that takes a body gets malformed, truncated and
/// mistyped JSON, nulls, overlong strings, out-of-range numbers, invalid enums and dates,
/// invalid UTF-8, unknown fields and oversized bodies; every GET gets hostile query strings. Each answer is a
/// 4xx ProblemDetails that leaks nothing, never a 500, and the database is unchanged.
/// </summary>
public sealed class BadInputTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string Overlong = new('ấ', 1_000_001);

    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    /// <summary>What the database holds, as one hash: any write at all changes it.</summary>
    private Task<string> FingerprintAsync() => app.DbAsync(db => db.Database.SqlQueryRaw<string>("""
        SELECT md5(concat_ws('#',
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM content_items t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM categories t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM tags t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM featured_lists t),
            (SELECT string_agg(t::text, '|' ORDER BY t.slug) FROM tag_aliases t),
            (SELECT string_agg(t::text, '|' ORDER BY t::text) FROM content_item_tags t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM users t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM counter_imports t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM webhook_subscriptions t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM webhook_deliveries t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM content_revisions t),
            (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM media_assets t),
            (SELECT string_agg(t::text, '|' ORDER BY t.content_id) FROM content_working_copies t),
            (SELECT string_agg(t::text, '|' ORDER BY t.content_id) FROM content_view_totals t),
            (SELECT string_agg(t::text, '|' ORDER BY t::text) FROM site_daily_visits t))) AS "Value"
        """).SingleAsync(Ct));

    /// <summary>A valid body for each endpoint that reads one, and the fields it cannot do without.</summary>
    private static Dictionary<string, (JsonObject Body, string[] Required)> ValidBodies(long contentId)
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
            ["CreateWebhook"] = (Json(new { url = "https://hooks.example.vn/cms", events = new[] { "content.published" } }), ["url", "events"]),
            ["UpdateWebhook"] = (Json(new { url = "https://hooks.example.vn/cms", events = new[] { "content.published" } }), ["url", "events"]),
            ["RenameTag"] = (Json(new { name = "Kiểm thử lại" }), ["name"]),
            ["MergeTag"] = (Json(new { into = "kiem-thu" }), ["into"]),
            ["ReplaceFeatured"] = (Json(new { itemIds = new[] { contentId } }), ["itemIds"]),
            ["ImportInterviewTranscript"] = (Json(new { transcript = "Phỏng vấn\n* Câu hỏi?\nĐồng chí Nguyễn Văn Quận: Trả lời." }), ["transcript"]),
        };
        foreach (var (one, sample, required) in new[]
        {
            ("Article", Samples.Article(), new[] { "title", "body" }),
            ("Interview", Samples.Interview(), new[] { "title", "interviewee", "exchanges" }),
            ("Video", Samples.Video(), new[] { "title", "source" }),
        })
        {
            bodies[$"Create{one}"] = (Json(sample), required);
            bodies[$"Update{one}"] = (Json(sample), required);
            bodies[$"Save{one}WorkingCopy"] = (Json(sample), required);
            bodies[$"Schedule{one}"] = (Json(publishAt), ["publishAt"]);
        }

        return bodies;
    }

    /// <summary>Every way to get a body wrong, as raw bytes with a name for the failure message.</summary>
    private static IEnumerable<(string What, byte[] Bytes)> BadBodies(JsonObject valid, string[] required)
    {
        var text = valid.ToJsonString();
        yield return ("malformed", Encoding.UTF8.GetBytes("""{"title": "x",""" ));
        yield return ("truncated", Encoding.UTF8.GetBytes(text[..(text.Length / 2)]));
        yield return ("empty", []);
        foreach (var root in new[] { "[]", "\"text\"", "42", "null", "true" })
        {
            yield return ($"root {root}", Encoding.UTF8.GetBytes(root));
        }

        var utf8 = Encoding.UTF8.GetBytes(text);
        var quote = Array.IndexOf(utf8, (byte)'"', Array.IndexOf(utf8, (byte)':') + 1); // the first string value
        if (quote > 0)
        {
            yield return ("invalid UTF-8", [.. utf8[..(quote + 1)], 0xC3, 0x28, 0xFF, .. utf8[(quote + 1)..]]);
        }

        yield return ("unknown field", Bytes(With(valid, "unexpectedField", 1)));
        yield return ("oversized", [.. Bytes(valid), .. Enumerable.Repeat((byte)' ', 8 * 1024 * 1024)]); // the default limit is 8 MiB
        foreach (var field in required)
        {
            yield return ($"{field} null", Bytes(With(valid, field, null)));
            yield return ($"{field} missing", Bytes(Without(valid, field)));
        }

        foreach (var (field, value) in valid)
        {
            var kind = value?.GetValueKind();
            JsonNode wrongType = kind == JsonValueKind.String ? new JsonObject() : JsonValue.Create("not the right type");
            yield return ($"{field} wrong type", Bytes(With(valid, field, wrongType)));
            if (kind == JsonValueKind.String)
            {
                yield return ($"{field} overlong", Bytes(With(valid, field, Overlong)));
            }

            if (kind == JsonValueKind.Number)
            {
                yield return ($"{field} huge", Encoding.UTF8.GetBytes(With(valid, field, 0).ToJsonString().Replace($"\"{field}\":0", $"\"{field}\":1e400", StringComparison.Ordinal)));
                yield return ($"{field} beyond 64 bits", Encoding.UTF8.GetBytes(With(valid, field, 0).ToJsonString().Replace($"\"{field}\":0", $"\"{field}\":99999999999999999999999", StringComparison.Ordinal)));
                if (field != "sortOrder")
                {
                    yield return ($"{field} negative", Bytes(With(valid, field, -1)));
                }
            }

            if (field is "role" or "status")
            {
                yield return ($"{field} invalid enum", Bytes(With(valid, field, "superuser")));
            }

            if (field == "publishAt")
            {
                yield return ("invalid date", Bytes(With(valid, field, "2024-02-30T25:61:00Z")));
                yield return ("not a date", Bytes(With(valid, field, "ngày mai")));
            }

            if (field == "source")
            {
                yield return ("invalid source kind", Bytes(With(valid, field, new JsonObject { ["kind"] = "flash", ["value"] = "x" })));
            }

            if (field is "tags")
            {
                yield return ("too many tags", Bytes(With(valid, field, new JsonArray([.. Enumerable.Range(0, 21).Select(i => JsonValue.Create($"thẻ {i}"))]))));
            }

            if (field is "exchanges")
            {
                var many = new JsonArray([.. Enumerable.Range(0, 501).Select(_ => new JsonObject { ["question"] = "Hỏi?", ["answer"] = "Đáp." })]);
                yield return ("too many exchanges", Bytes(With(valid, field, many)));
                yield return ("exchange without answer", Bytes(With(valid, field, new JsonArray(new JsonObject { ["question"] = "Hỏi?" }))));
            }

            if (field is "visitorId" or "userName")
            {
                yield return ($"{field} with spaces and script", Bytes(With(valid, field, "<script>alert(1)</script> ' OR 1=1 --")));
            }
        }
    }

    private static JsonObject With(JsonObject valid, string field, JsonNode? value)
    {
        var copy = valid.DeepClone().AsObject();
        copy[field] = value;
        return copy;
    }

    private static JsonObject Without(JsonObject valid, string field)
    {
        var copy = valid.DeepClone().AsObject();
        copy.Remove(field);
        return copy;
    }

    private static byte[] Bytes(JsonObject body) => Encoding.UTF8.GetBytes(body.ToJsonString());

    private List<(string Name, string Method, string Route)> BodyEndpoints() =>
        app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAcceptsMetadata>() is not null)
            .Select(e => (
                e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? e.RoutePattern.RawText!,
                e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Single(),
                "/" + e.RoutePattern.RawText!.TrimStart('/')))
            .ToList();

    private static async Task AssertCleanRefusalAsync(HttpResponseMessage response, string what, List<string> wrong)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(Ct);
        if (status is < 400 or >= 500)
        {
            wrong.Add($"{what}: {status} {text[..Math.Min(200, text.Length)]}");
        }
        else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            wrong.Add($"{what}: {status} without a ProblemDetails body");
        }
        else if (text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Npgsql", StringComparison.Ordinal) || text.Contains("/work/", StringComparison.Ordinal)
            || text.Contains("Exception", StringComparison.Ordinal))
        {
            wrong.Add($"{what}: the error body leaks internals: {text[..Math.Min(300, text.Length)]}");
        }
    }

    [Fact]
    public async Task Every_bad_body_on_every_endpoint_is_a_clean_4xx_and_changes_nothing()
    {
        using var admin = await app.EditorAsync();
        var article = await admin.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Bài cho bộ kiểm thử", "Kiểm thử"));
        var interview = await admin.PostJsonAsync("/api/v1/manage/interviews", Samples.Interview("Phỏng vấn cho bộ kiểm thử"));
        var video = await admin.PostJsonAsync("/api/v1/manage/videos", Samples.Video("Phim cho bộ kiểm thử"));
        var category = await admin.PostJsonAsync("/api/v1/manage/categories", new { name = "Chuyên mục kiểm thử" });
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(Convert.FromBase64String(OnePixelPng)), "file", "pixel.png" } };
        var media = await (await admin.PostAsync("/api/v1/manage/media", upload, Ct)).JsonAsync();
        var webhook = await admin.PostJsonAsync("/api/v1/manage/webhooks", new { url = "https://hooks.example.vn/battery", events = new[] { "content.published" } });
        using (await app.UserAsync("author", "battery.author"))
        {
        }

        var userId = (int)(await admin.GetJsonAsync("/api/v1/manage/users")).AsArray().Single(u => (string)u!["userName"]! == "battery.author")!["id"]!;
        var ids = new Dictionary<string, string>
        {
            ["articles"] = (string)article["id"]!.ToString(),
            ["interviews"] = (string)interview["id"]!.ToString(),
            ["videos"] = (string)video["id"]!.ToString(),
            ["categories"] = (string)category["id"]!.ToString(),
            ["users"] = userId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["webhooks"] = (string)webhook["id"]!.ToString(),
            ["media"] = (string)media["id"]!.ToString(),
            ["tags"] = "kiem-thu",
        };
        var bodies = ValidBodies((long)article["id"]!);
        var endpoints = BodyEndpoints();
        Assert.Equal(bodies.Keys.Order(), endpoints.Select(e => e.Name).Order()); // a new endpoint must join the battery

        await app.FlushAsync();
        var before = await FingerprintAsync();
        var wrong = new List<string>();
        var sent = 0;
        foreach (var (name, method, route) in endpoints)
        {
            var segments = route.Split('/');
            var url = string.Join('/', segments.Select((s, i) => s.StartsWith('{') ? ids[segments[i - 1]] : s));
            var (valid, required) = bodies[name];
            foreach (var (what, bytes) in BadBodies(valid, required))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new ByteArrayContent(bytes) };
                request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
                request.Headers.TryAddWithoutValidation("If-Match", "*");
                await AssertCleanRefusalAsync(await admin.SendAsync(request, Ct), $"{method} {url} [{what}]", wrong);
                sent++;
            }

            // Not JSON at all.
            using var form = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("title=x", Encoding.UTF8, "application/x-www-form-urlencoded") };
            form.Headers.TryAddWithoutValidation("If-Match", "*");
            await AssertCleanRefusalAsync(await admin.SendAsync(form, Ct), $"{method} {url} [form body]", wrong);
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {sent} bad requests were not refused cleanly:{Environment.NewLine}{string.Join(Environment.NewLine, wrong.Take(40))}");
        Assert.True(sent > 300, $"Only {sent} bad bodies were sent.");
        await app.FlushAsync();
        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public async Task Hostile_query_strings_and_route_values_on_every_get_are_4xx_or_harmless_never_5xx()
    {
        using var admin = await app.EditorAsync();
        var routes = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/api/v1/", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        string[] queries =
        [
            "?page=0", "?page=-1", "?page=abc", "?page=99999999999999999999", "?page=2147483647&pageSize=100", "?pageSize=1000000", "?pageSize=-5",
            "?status=bogus", "?type=bogus", "?period=bogus", "?limit=-1", "?limit=100000", "?category=%00", "?tag=%27%3B%20DROP%20TABLE%20users%3B--",
            "?category=" + new string('a', 5000), "?status=%E2%80%AE", "?q=%FF%FE",
        ];
        // (No NUL in paths: the in-memory test client refuses to send one; Kestrel answers 400 itself.)
        string[] values = ["0", "-1", "99999999999999999999", "%01", "%27%20OR%201%3D1--", "%3Cscript%3E", "a%2Fb", new string('x', 3000), "Sóc%20Trăng", "so%CC%81c"];

        var before = await FingerprintAsync();
        var wrong = new List<string>();
        foreach (var route in routes)
        {
            var urls = route.Contains('{', StringComparison.Ordinal)
                ? values.Select(v => System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", v))
                : queries.Select(q => route + q);
            foreach (var url in urls)
            {
                var response = await admin.GetAsync(url, Ct);
                var status = (int)response.StatusCode;
                if (status >= 500)
                {
                    wrong.Add($"GET {url}: {status}");
                }
                else if (status >= 400 && status != 404 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    wrong.Add($"GET {url}: {status} without a ProblemDetails body");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public async Task Script_sql_and_decomposed_text_are_stored_as_plain_nfc_text()
    {
        using var admin = await app.EditorAsync();
        const string sql = "Robert'); DROP TABLE content_items; --";
        const string script = "<script>alert('x')</script>";
        var decomposed = "Sóc Trăng".Normalize(NormalizationForm.FormD);
        var request = Samples.Article($"{decomposed} {sql}");
        request["summary"] = script;
        request["author"] = decomposed;
        var created = await admin.PostJsonAsync("/api/v1/manage/articles", request);

        var row = await app.DbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == (long)created["id"]!, Ct));
        Assert.Equal($"Sóc Trăng {sql}".Normalize(NormalizationForm.FormC), row.Title);
        Assert.True(row.Title.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("Sóc Trăng".Normalize(NormalizationForm.FormC), row.Author);
        Assert.Equal(script, row.Summary); // plain text: kept as typed, escaped by whoever renders it
        Assert.StartsWith("soc-trang-robert-drop-table-content-items", row.Slug, StringComparison.Ordinal);
        Assert.True(await app.DbAsync(db => db.ContentItems.AnyAsync(Ct)));

        // A decomposed query finds the composed text.
        using var reader = app.Anonymous();
        await admin.PostJsonAsync($"/api/v1/manage/articles/{row.Id}/publish", new { });
        var byTag = await reader.GetJsonAsync($"/api/v1/articles/{row.Slug}");
        Assert.Equal(row.Title, (string?)byTag["title"]);
    }
}
