using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>
/// The OpenAPI document says what the server does, for every operation, so a client generated
/// from it handles the real answers: error bodies, validators, limits. (The front end's suite
/// also lints the document with Redocly.) Raw JSON here on purpose: the document is the subject.
/// </summary>
public sealed class OpenApiDocumentTests(OpenApiDocumentTests.App app) : IClassFixture<OpenApiDocumentTests.App>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private Task<JsonNode> DocumentAsync() => app.Document.Value;

    private static IEnumerable<(string Name, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(op => Methods.Contains(op.Key))
            .Select(op => ($"{op.Key.ToUpperInvariant()} {path.Key}", op.Value!)));

    private static bool NeedsToken(JsonNode operation) =>
        operation["security"]!.AsArray().Any(requirement => requirement!.AsObject().ContainsKey("Bearer"));

    private static string? ProblemSchema(JsonNode? response) =>
        (string?)response?["content"]?["application/problem+json"]?["schema"]?["$ref"];

    [Fact]
    public async Task Every_operation_says_whether_it_needs_a_token()
    {
        var undeclared = Operations(await DocumentAsync()).Where(op => op.Operation["security"] is null).Select(op => op.Name);

        Assert.Empty(undeclared);
    }

    [Fact]
    public async Task Management_operations_need_a_token_and_public_ones_do_not()
    {
        var operations = Operations(await DocumentAsync()).ToList();

        Assert.All(operations.Where(op => op.Name.Contains("/manage/", StringComparison.Ordinal)), op => Assert.True(NeedsToken(op.Operation), op.Name));
        Assert.False(NeedsToken(operations.Single(op => op.Name == "GET /api/v1/articles").Operation));
        Assert.False(NeedsToken(operations.Single(op => op.Name == "POST /api/v1/auth/token").Operation));
    }

    [Fact]
    public async Task Every_operation_that_needs_a_token_declares_its_401_and_403_with_a_problem_body()
    {
        var wrong = Operations(await DocumentAsync())
            .Where(op => NeedsToken(op.Operation))
            .Where(op => ProblemSchema(op.Operation["responses"]!["401"]) is null || ProblemSchema(op.Operation["responses"]!["403"]) is null)
            .Select(op => op.Name);

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task Public_reads_declare_their_etag_and_the_304_for_if_none_match()
    {
        var article = (await DocumentAsync())["paths"]!["/api/v1/articles/{idOrSlug}"]!["get"]!;

        Assert.Contains(article["parameters"]!.AsArray(), p => (string?)p!["name"] == "If-None-Match" && (string?)p["in"] == "header");
        Assert.NotNull(article["responses"]!["200"]!["headers"]?["ETag"]);
        Assert.NotNull(article["responses"]!["304"]);
    }

    [Fact]
    public async Task Every_429_declares_retry_after_and_a_problem_body()
    {
        var tooMany = Operations(await DocumentAsync())
            .Select(op => (op.Name, Response: op.Operation["responses"]!["429"]))
            .Where(op => op.Response is not null)
            .ToList();

        Assert.Contains(tooMany, op => op.Name == "POST /api/v1/hits");
        Assert.Contains(tooMany, op => op.Name == "GET /api/v1/articles");
        Assert.All(tooMany, op => Assert.True(op.Response!["headers"]?["Retry-After"] is not null && ProblemSchema(op.Response) is not null, op.Name));
    }

    [Theory]
    [InlineData("/api/v1/feeds/rss", "application/rss+xml")]
    [InlineData("/api/v1/feeds/sitemap.xml", "application/xml")]
    [InlineData("/media/{year}/{month}/{file}", "image/jpeg")]
    public async Task Feeds_sitemaps_and_media_files_declare_what_they_send(string path, string contentType)
    {
        var ok = (await DocumentAsync())["paths"]![path]!["get"]!["responses"]!["200"]!;

        Assert.NotNull(ok["content"]?[contentType]);
    }

    [Fact]
    public async Task A_webhook_payload_is_any_json_object_not_a_dotnet_type()
    {
        var document = await DocumentAsync();

        Assert.Equal("object", (string?)document["components"]!["schemas"]!["WebhookDeliveryDetail"]!["properties"]!["payload"]!["type"]);
        Assert.DoesNotContain(document["components"]!["schemas"]!.AsObject(), schema => schema.Key.StartsWith("JsonNode", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_request_body_requires_exactly_the_fields_the_api_refuses_to_do_without()
    {
        var document = await DocumentAsync();
        var byId = Operations(document).ToDictionary(op => (string)op.Operation["operationId"]!, op => op.Operation);
        var schemas = document["components"]!["schemas"]!;
        var wrong = new List<string>();
        var compared = 0;

        foreach (var (name, (_, required)) in Battery.ValidBodies(contentId: 1))
        {
            var schema = byId[name]["requestBody"]?["content"]?["application/json"]?["schema"];
            if (schema is null)
            {
                continue; // a form (UploadMedia): no JSON schema to require fields of
            }

            compared++;
            var declared = schemas[((string)schema["$ref"]!).Split('/')[^1]]!["required"]?.AsArray().Select(f => (string)f!).Order().ToList() ?? [];
            if (!declared.SequenceEqual(required.Order()))
            {
                wrong.Add($"{name}: document requires [{string.Join(", ", declared)}], the API [{string.Join(", ", required.Order())}]");
            }
        }

        Assert.Empty(wrong);
        Assert.True(compared >= 25, $"only {compared} request bodies compared");
    }

    private static bool Declares(JsonNode document, string method, string path, string status, string header) =>
        document["paths"]![path]![method]!["responses"]![status]!["headers"]?[header] is not null;

    [Fact]
    public async Task Creating_an_item_answers_with_the_location_and_etag_the_document_declares()
    {
        using var editor = await app.EditorAsync();

        var created = await editor.PostAsJsonAsync("/api/v1/manage/articles", Samples.Article("Tạo bài có ETag"), TestContext.Current.CancellationToken);

        Assert.Equal(201, (int)created.StatusCode);
        Assert.NotNull(created.Headers.Location);
        Assert.NotNull(created.Headers.ETag);
        var document = await DocumentAsync();
        Assert.True(Declares(document, "post", "/api/v1/manage/articles", "201", "Location"));
        Assert.True(Declares(document, "post", "/api/v1/manage/articles", "201", "ETag"));
    }

    [Theory]
    [InlineData("/api/v1/manage/articles/{id}")]
    [InlineData("/api/v1/manage/articles/{id}/draft")]
    [InlineData("/api/v1/manage/featured")]
    public async Task A_newsroom_read_answers_with_the_etag_the_document_declares(string path)
    {
        using var editor = await app.EditorAsync();
        var item = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Đọc bài có ETag"));
        var saved = await editor.PutRawAsync($"/api/v1/manage/articles/{item.Id}/draft", Samples.Article("Bản sửa có ETag"), "*");
        Assert.Equal(200, (int)saved.StatusCode);

        var read = await editor.GetAsync(path.Replace("{id}", item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)read.StatusCode);
        Assert.NotNull(read.Headers.ETag);
        Assert.True(Declares(await DocumentAsync(), "get", path, "200", "ETag"), path);
    }

    [Fact]
    public async Task Where_the_document_requires_if_match_a_write_without_it_is_a_428_that_changes_nothing()
    {
        using var admin = await app.EditorAsync();
        var (ids, articleId) = await Battery.CreateTargetsAsync(app, admin, TestContext.Current.CancellationToken);
        foreach (var (route, one) in new[] { ("articles", "Article"), ("interviews", "Interview"), ("videos", "Video"), ("photo-stories", "PhotoStory") })
        {
            // Replacing a working copy needs If-Match; starting one does not (there is nothing to be stale against).
            var saved = await admin.PutRawAsync($"/api/v1/manage/{route}/{ids[route]}/draft", Battery.ValidBodies(articleId)[$"Save{one}WorkingCopy"].Body, "*");
            Assert.Equal(200, (int)saved.StatusCode);
        }

        var bodies = Battery.ValidBodies(articleId);
        var required = Operations(await DocumentAsync())
            .Where(op => op.Operation["parameters"]?.AsArray().Any(p => (string?)p!["name"] == "If-Match" && (bool?)p["required"] == true) == true)
            .ToList();
        var before = await Battery.FingerprintAsync(app, TestContext.Current.CancellationToken);
        var wrong = new List<string>();

        foreach (var (name, operation) in required)
        {
            var method = name.Split(' ')[0];
            var url = Battery.Fill(name.Split(' ')[1], ids);
            var body = bodies.TryGetValue((string)operation["operationId"]!, out var valid) ? valid.Body.ToJsonString() : null;
            var response = await admin.SendAsync(HttpExtensions.Request(new HttpMethod(method), url, body), TestContext.Current.CancellationToken);
            if ((int)response.StatusCode != 428)
            {
                wrong.Add($"{name}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(wrong);
        Assert.True(required.Count >= 20, $"only {required.Count} operations require If-Match");
        Assert.Equal(before, await Battery.FingerprintAsync(app, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/api/v1/manage/articles", "status", "ContentStatus")]
    [InlineData("/api/v1/content", "type", "ContentType")]
    [InlineData("/api/v1/most-viewed", "type", "ContentType")]
    [InlineData("/api/v1/most-viewed", "period", "ViewPeriod")]
    [InlineData("/api/v1/manage/webhooks/{id}/deliveries", "state", "WebhookDeliveryState")]
    public async Task A_query_value_that_takes_an_enumeration_is_typed_as_it(string path, string parameter, string schema)
    {
        var operation = (await DocumentAsync())["paths"]![path]!["get"]!;

        var declared = operation["parameters"]!.AsArray().Single(p => (string?)p!["name"] == parameter)!;

        Assert.Equal($"#/components/schemas/{schema}", (string?)declared["schema"]!["$ref"]);
    }

    [Fact]
    public async Task The_changes_feed_declares_its_limits_bounds_and_default()
    {
        var limit = (await DocumentAsync())["paths"]!["/api/v1/changes"]!["get"]!["parameters"]!.AsArray().Single(p => (string?)p!["name"] == "limit")!["schema"]!;

        Assert.Equal((1, 1000, 200), ((int)limit["minimum"]!, (int)limit["maximum"]!, (int)limit["default"]!));
    }

    [Theory]
    [InlineData("ContentSummary", "coverImage")]
    [InlineData("ContentSummary", "category")]
    [InlineData("ArticleResponse", "coverImage")]
    [InlineData("IntervieweeResponse", "portrait")]
    public async Task A_reference_that_arrives_as_null_is_declared_nullable(string schema, string property)
    {
        var declared = (await DocumentAsync())["components"]!["schemas"]![schema]!["properties"]![property]!;

        Assert.True((bool?)declared["nullable"], declared.ToJsonString());
        Assert.NotNull(declared["allOf"]?[0]?["$ref"]);
    }

    [Fact]
    public async Task A_webhooks_events_are_listed_as_the_names_it_takes()
    {
        var events = (await DocumentAsync())["components"]!["schemas"]!["WebhookRequest"]!["properties"]!["events"]!["items"]!["enum"]!;

        Assert.Equal(["content.published", "content.updated", "content.unpublished", "content.deleted"], events.AsArray().Select(e => (string)e!));
    }

    [Fact]
    public async Task Generic_answers_are_named_for_what_they_hold()
    {
        var names = (await DocumentAsync())["components"]!["schemas"]!.AsObject().Select(s => s.Key).ToList();

        Assert.Contains("ArticleRevision", names);
        Assert.Contains("InterviewWorkingCopy", names);
        Assert.Contains("ContentSummaryPage", names);
        Assert.Contains("VideoResponseBatch", names);
        Assert.DoesNotContain(names, name => name.StartsWith("PagedList", StringComparison.Ordinal) || name.Contains("Response", StringComparison.Ordinal) && name.EndsWith("Request", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_newsroom_lists_advertise_only_the_parameters_they_take()
    {
        var parameters = (await DocumentAsync())["paths"]!["/api/v1/manage/articles"]!["get"]!["parameters"]!.AsArray().Select(p => (string)p!["name"]!);

        Assert.Equal(["category", "page", "pageSize", "q", "status", "tag"], parameters.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_required_field_is_never_declared_nullable()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!.AsObject();

        var wrong = schemas
            .SelectMany(schema => (schema.Value!["required"]?.AsArray() ?? []).Select(field => (Schema: schema.Key, Field: (string)field!, Declared: schema.Value["properties"]?[(string)field!])))
            .Where(f => (bool?)f.Declared?["nullable"] == true)
            .Select(f => $"{f.Schema}.{f.Field}");

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task Every_tag_has_a_description_and_the_servers_are_relative()
    {
        var document = await DocumentAsync();

        Assert.All(document["tags"]!.AsArray(), tag => Assert.False(string.IsNullOrWhiteSpace((string?)tag!["description"]), (string?)tag["name"]));
        Assert.Equal("/", (string?)document["servers"]![0]!["url"]);
    }

    /// <summary>The API, and its document read once for the class (the tests only read it).</summary>
    public sealed class App : CmsApp
    {
        public App() => Document = new(async () =>
        {
            using var client = Anonymous();
            return await client.GetJsonAsync("/swagger/v1/swagger.json");
        });

        public Lazy<Task<JsonNode>> Document { get; }
    }
}
