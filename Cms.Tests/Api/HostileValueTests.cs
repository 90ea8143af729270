using System.Text.Json.Nodes;
using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>
/// The hostile-value battery. Every query parameter of every operation, read from the OpenAPI
/// document the app serves (so a new parameter joins by itself), and every route value gets the
/// same values (HostileValues; every body field gets them in HostileBodyValueTests), anonymously
/// and as an admin. Every answer is below 500 and every 4xx is ProblemDetails; a character that is
/// never text (NUL, U+FFFE) is a 400 naming the parameter; and nothing stored changes (writes carry a stale If-Match).
/// <para>
/// What Kestrel refuses before the app sees it, with a bare 400 and no body, is not sent here (the
/// in-memory server would let it through): a NUL (%00) in the path, and a NUL or other control
/// character in a header. The app refuses those too when another server lets them through
/// (RequestTextGuard; the header case is checked below).
/// </para>
/// </summary>
public sealed class HostileValueTests(CmsApp app) : IClassFixture<CmsApp>
{
    private const string StaleETag = "\"stale\"";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An operation of the OpenAPI document: its name, method, route and parameters.</summary>
    private sealed record Operation(string Name, string Method, string Path, string[] Query, string[] Route, bool HasBody);

    private async Task<List<Operation>> OperationsAsync()
    {
        using var client = app.Anonymous();
        var document = await client.GetBodyAsync<OpenApiBody>("/swagger/v1/swagger.json");
        var operations = new List<Operation>();
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item)
            {
                var parameters = operation.Parameters ?? [];
                operations.Add(new Operation(
                    operation.OperationId ?? $"{method} {path}",
                    method.ToUpperInvariant(),
                    path,
                    [.. parameters.Where(p => p.In == "query").Select(p => p.Name)],
                    [.. parameters.Where(p => p.In == "path").Select(p => p.Name)],
                    operation.RequestBody is not null));
            }
        }

        return operations;
    }

    /// <summary>
    /// A request as the battery sends it: writes carry their valid body and a stale If-Match, so
    /// one that got past every check on its input is still refused (412) rather than applied.
    /// </summary>
    private static HttpRequestMessage Request(Operation operation, string url, Dictionary<string, (JsonObject Body, string[] Required)> bodies) =>
        operation.Method == "GET"
            ? new HttpRequestMessage(HttpMethod.Get, url)
            : HttpExtensions.Request(new HttpMethod(operation.Method), url,
                operation.HasBody && bodies.TryGetValue(operation.Name, out var body) ? body.Body.ToJsonString() : null, StaleETag);

    /// <summary>One request of the battery: the operation, its URL, the parameter that holds the value, and the value.</summary>
    private sealed record Case(Operation Operation, string Url, string Parameter, Hostile Value);

    [Fact]
    public Task Every_query_parameter_of_every_operation_takes_hostile_values_harmlessly() => RunAsync((operations, ids) =>
        from operation in operations
        from parameter in operation.Query
        from value in HostileValues.All
        select new Case(operation, $"{Battery.Fill(operation.Path, ids)}?{parameter}={value.Url}", parameter, value));

    [Fact]
    public Task Every_route_value_of_every_operation_takes_hostile_values_harmlessly() => RunAsync((operations, ids) =>
        from operation in operations
        from parameter in operation.Route
        from value in HostileValues.All.Where(v => v.InPath) // a NUL in the path never gets past Kestrel (see the class comment)
        select new Case(operation, Battery.Fill(operation.Path, ids, parameter, value.Url), parameter, value));

    /// <summary>Sends every case anonymously and as an admin; all must be harmless, and nothing stored may change.</summary>
    private async Task RunAsync(Func<List<Operation>, Dictionary<string, string>, IEnumerable<Case>> plan)
    {
        using var admin = await app.EditorAsync();
        using var anonymous = app.Anonymous();
        var (ids, articleId) = await Battery.CreateTargetsAsync(app, admin, Ct);
        var bodies = Battery.ValidBodies(articleId);
        var cases = plan(await OperationsAsync(), ids).ToList();
        Assert.True(cases.Count > 500, $"Only {cases.Count} cases: does the OpenAPI document list the parameters?");

        await app.FlushAsync();
        var before = await Battery.FingerprintAsync(app, Ct);
        var wrong = new List<string>();
        foreach (var (operation, url, parameter, value) in cases)
        {
            foreach (var (who, client) in new[] { ("anonymous", anonymous), ("admin", admin) })
            {
                using var request = Request(operation, url, bodies);
                using var response = await client.SendAsync(request, Ct);
                await HostileValues.CheckAsync(response, value, parameter, $"{operation.Method} {operation.Path} {parameter} [{value.What}, {who}]", wrong);
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{cases.Count * 2} requests ({cases.Count} cases, anonymous and as an admin).");
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {cases.Count * 2} answers were wrong:{Environment.NewLine}{string.Join(Environment.NewLine, wrong.Take(40))}");
        await app.FlushAsync();
        Assert.Equal(before, await Battery.FingerprintAsync(app, Ct));
    }

    [Fact]
    public async Task A_nul_in_If_None_Match_is_a_400_naming_it()
    {
        using var reader = app.Anonymous();
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/v1/articles");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", "\"a\0b\"");

        var keys = await (await reader.SendAsync(conditional, Ct)).AssertValidationErrorsAsync();

        Assert.Contains("If-None-Match", keys);
    }

    [Fact]
    public async Task A_nul_in_the_User_Agent_of_a_hit_is_a_400_naming_it()
    {
        using var reader = app.Anonymous();
        using var hit = HttpExtensions.Request(HttpMethod.Post, "/api/v1/hits", "{\"visitorId\":\"battery-visitor-0002\"}");
        hit.Headers.TryAddWithoutValidation("User-Agent", "Mozilla\0");

        var keys = await (await reader.SendAsync(hit, Ct)).AssertValidationErrorsAsync();

        Assert.Contains("User-Agent", keys);
    }

    // --- The requests once answered 500 answer as a client expects ----------------------------

    [Fact]
    public async Task An_empty_feed_filter_is_no_filter_the_whole_sites_feed()
    {
        using var admin = await app.EditorAsync();
        using var reader = app.Anonymous();
        await admin.PublishedAsync("articles", Samples.Article("Sóc Trăng mùa lúa mới"));

        var feed = await reader.GetAsync("/api/v1/feeds/rss?category=", Ct);

        Assert.Equal(200, (int)feed.StatusCode);
        Assert.Contains("Sóc Trăng mùa lúa mới", await feed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_list_parameters_are_no_filters_every_article()
    {
        using var admin = await app.EditorAsync();
        using var reader = app.Anonymous();
        await admin.PublishedAsync("articles", Samples.Article("Sóc Trăng mùa lúa mới"));

        var all = await reader.GetJsonAsync("/api/v1/articles?category=&tag=&q=&page=&pageSize=");

        // Raw JSON: the two answers must be the same in every field, not only those a record names.
        Assert.Equal(await reader.GetJsonAsync("/api/v1/articles"), all, JsonNode.DeepEquals);
    }

    [Theory]
    [InlineData("admin", "/api/v1/manage/media?q=%00", "q")]
    [InlineData("admin", "/api/v1/manage/media?q=a%00b", "q")]
    [InlineData("reader", "/api/v1/search?q=a%00b", "q")]
    [InlineData("reader", "/api/v1/search?q=%00", "q")]
    [InlineData("reader", "/api/v1/articles?q=a%00b", "q")]
    [InlineData("reader", "/api/v1/content?q=a%00b", "q")]
    [InlineData("reader", "/api/v1/feeds/rss?category=a%00b", "category")]
    [InlineData("admin", "/api/v1/manage/articles?q=a%00b", "q")]
    [InlineData("reader", "/api/v1/search?q=soc%EF%BF%BEtrang", "q")] // U+FFFE: Unicode normalization threw on it
    public async Task A_character_that_is_never_text_in_a_search_or_filter_is_a_400_naming_only_that_parameter(string who, string url, string parameter)
    {
        using var client = who == "admin" ? await app.EditorAsync() : app.Anonymous();

        var keys = await (await client.GetAsync(url, Ct)).AssertValidationErrorsAsync();

        Assert.Equal([parameter], keys);
    }
}
