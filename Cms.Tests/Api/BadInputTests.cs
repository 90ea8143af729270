using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// The bad-input battery: every endpoint that takes a body gets malformed, truncated and
/// mistyped JSON, nulls, overlong strings, out-of-range numbers, invalid enums and dates,
/// invalid UTF-8, unknown fields and oversized bodies. Each answer is a 4xx ProblemDetails that leaks
/// nothing, never a 500, and the database is unchanged. (Hostile values in every parameter and
/// field: HostileValueTests.)
/// </summary>
public sealed class BadInputTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string Overlong = new('ấ', 1_000_001);

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

    [Fact]
    public async Task Every_bad_body_on_every_endpoint_is_a_clean_4xx_and_changes_nothing()
    {
        using var admin = await app.EditorAsync();
        var (ids, articleId) = await Battery.CreateTargetsAsync(app, admin, Ct);
        var bodies = Battery.ValidBodies(articleId);
        var endpoints = Battery.BodyEndpoints(app);
        Assert.Equal(bodies.Keys.Order(), endpoints.Select(e => e.Name).Order()); // a new endpoint must join the battery

        await app.FlushAsync();
        var before = await Battery.FingerprintAsync(app, Ct);
        var wrong = new List<string>();
        var sent = 0;
        foreach (var (name, method, route) in endpoints)
        {
            var url = Battery.Fill(route, ids);
            var (valid, required) = bodies[name];
            foreach (var (what, bytes) in BadBodies(valid, required))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new ByteArrayContent(bytes) };
                request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
                request.Headers.TryAddWithoutValidation("If-Match", "*");
                await Battery.AssertCleanRefusalAsync(await admin.SendAsync(request, Ct), $"{method} {url} [{what}]", wrong, Ct);
                sent++;
            }

            // Not JSON at all.
            using var form = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("title=x", Encoding.UTF8, "application/x-www-form-urlencoded") };
            form.Headers.TryAddWithoutValidation("If-Match", "*");
            await Battery.AssertCleanRefusalAsync(await admin.SendAsync(form, Ct), $"{method} {url} [form body]", wrong, Ct);
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {sent} bad requests were not refused cleanly:{Environment.NewLine}{string.Join(Environment.NewLine, wrong.Take(40))}");
        Assert.True(sent > 300, $"Only {sent} bad bodies were sent.");
        await app.FlushAsync();
        Assert.Equal(before, await Battery.FingerprintAsync(app, Ct));
    }

    private const string Sql = "Robert'); DROP TABLE content_items; --";

    private static readonly string Decomposed = "Sóc Trăng".Normalize(NormalizationForm.FormD);

    /// <summary>An article whose title and author are typed decomposed, with SQL in the title and a script as its summary.</summary>
    private static async Task<long> HostileArticleAsync(HttpClient admin)
    {
        var request = Samples.Article($"{Decomposed} {Sql}");
        request["summary"] = "<script>alert('x')</script>";
        request["author"] = Decomposed;
        return (await admin.PostBodyAsync<ItemBody>("/api/v1/manage/articles", request)).Id;
    }

    [Fact]
    public async Task Script_sql_and_decomposed_text_are_stored_as_plain_nfc_text()
    {
        using var admin = await app.EditorAsync();

        var id = await HostileArticleAsync(admin);

        var row = await app.DbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id, Ct));
        Assert.Equal($"Sóc Trăng {Sql}".Normalize(NormalizationForm.FormC), row.Title);
        Assert.True(row.Title.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("Sóc Trăng".Normalize(NormalizationForm.FormC), row.Author);
        Assert.Equal("<script>alert('x')</script>", row.Summary); // plain text: kept as typed, escaped by whoever renders it
        Assert.StartsWith("soc-trang-robert-drop-table-content-items", row.Slug, StringComparison.Ordinal);
        Assert.True(await app.DbAsync(db => db.ContentItems.AnyAsync(Ct)));
    }

    [Fact]
    public async Task Readers_get_the_composed_text_of_an_item_typed_decomposed()
    {
        using var admin = await app.EditorAsync();
        using var reader = app.Anonymous();
        var id = await HostileArticleAsync(admin);

        // A decomposed query finds the composed text.
        var published = await admin.PostBodyAsync<ItemBody>($"/api/v1/manage/articles/{id}/publish", new { });

        var bySlug = await reader.GetBodyAsync<ItemBody>($"/api/v1/articles/{published.Slug}");
        Assert.Equal($"Sóc Trăng {Sql}".Normalize(NormalizationForm.FormC), bySlug.Title);
    }

    /// <summary>U+0958 composes to two characters (it is a composition exclusion): 300 of them are 600 stored.</summary>
    private static readonly string Growing = new('\u0958', 300);

    [Fact]
    public async Task Text_that_grows_when_composed_is_measured_as_stored_and_refused_not_a_500()
    {
        using var admin = await app.EditorAsync();
        var before = await Battery.FingerprintAsync(app, Ct);

        var article = await admin.PostAsJsonAsync("/api/v1/manage/articles", Samples.Article(Growing), Ct);
        using var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(Convert.FromBase64String(Battery.OnePixelPng)), "file", "pixel.png" },
            { new StringContent(new string('\u0958', 1000)), "caption" },
        };
        var media = await admin.PostAsync("/api/v1/manage/media", upload, Ct);

        Assert.Contains("title", await article.AssertValidationErrorsAsync());
        Assert.Contains("caption", await media.AssertValidationErrorsAsync());
        Assert.Equal(before, await Battery.FingerprintAsync(app, Ct));
    }
}
