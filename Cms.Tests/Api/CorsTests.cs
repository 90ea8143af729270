using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>
/// Browser origins per route group: the site's origins reach the public API and the beacon,
/// the admin UI's origins reach /auth and /manage, nobody else gets CORS headers. Unconfigured,
/// public routes are open to any origin and admin routes to none.
/// </summary>
public sealed class CorsTests(CorsTests.ConfiguredOrigins configured, CmsApp defaults)
    : IClassFixture<CorsTests.ConfiguredOrigins>, IClassFixture<CmsApp>
{
    private const string SiteOrigin = "https://tin.example.vn";
    private const string AdminOrigin = "https://bientap.example.vn";
    private const string ForeignOrigin = "https://evil.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_site_origin_reads_public_content_and_its_headers()
    {
        var response = await SendAsync(configured, HttpMethod.Get, "/api/v1/articles", SiteOrigin);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(SiteOrigin, AllowedOrigin(response));
        var exposed = Header(response, "Access-Control-Expose-Headers") ?? string.Empty;
        Assert.All(["ETag", "Location", "Retry-After"], h => Assert.Contains(h, exposed, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(SiteOrigin, AllowedOrigin(await SendAsync(configured, HttpMethod.Get, "/api/v1/stats", SiteOrigin)));
    }

    [Fact]
    public async Task The_site_origin_may_send_the_hit_beacon_after_a_preflight()
    {
        var preflight = await PreflightAsync(configured, "/api/v1/hits", SiteOrigin, "POST", "content-type");
        Assert.Equal(SiteOrigin, AllowedOrigin(preflight));
        Assert.Contains("POST", Header(preflight, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Contains("content-type", Header(preflight, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);

        var hit = await SendAsync(configured, HttpMethod.Post, "/api/v1/hits", SiteOrigin, $"{{\"visitorId\":\"{Guid.NewGuid()}\"}}");
        Assert.Equal(202, (int)hit.StatusCode);
        Assert.Equal(SiteOrigin, AllowedOrigin(hit));
    }

    [Fact]
    public async Task A_foreign_origin_gets_no_CORS_headers_anywhere()
    {
        Assert.Null(AllowedOrigin(await SendAsync(configured, HttpMethod.Get, "/api/v1/articles", ForeignOrigin)));
        Assert.Null(AllowedOrigin(await PreflightAsync(configured, "/api/v1/hits", ForeignOrigin, "POST", "content-type")));
        Assert.Null(AllowedOrigin(await PreflightAsync(configured, "/api/v1/manage/articles", ForeignOrigin, "POST", "authorization,content-type")));
        Assert.Null(AllowedOrigin(await SendAsync(configured, HttpMethod.Post, "/api/v1/auth/token", ForeignOrigin, "{}")));
    }

    [Theory]
    [InlineData("POST", "/api/v1/manage/articles", "authorization,content-type")]
    [InlineData("PUT", "/api/v1/manage/articles/1", "authorization,content-type,if-match")]
    [InlineData("DELETE", "/api/v1/manage/videos/1", "authorization,if-match")]
    [InlineData("POST", "/api/v1/auth/token", "content-type")]
    public async Task The_admin_origin_passes_the_preflight_of_admin_routes(string method, string url, string headers)
    {
        var preflight = await PreflightAsync(configured, url, AdminOrigin, method, headers);

        Assert.Equal(AdminOrigin, AllowedOrigin(preflight));
        Assert.Contains(method, Header(preflight, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.All(headers.Split(','), h => Assert.Contains(h, Header(preflight, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase));
        Assert.Null(AllowedOrigin(await PreflightAsync(configured, url, SiteOrigin, method, headers)));
    }

    [Fact]
    public async Task Only_the_admin_origin_may_read_the_sign_in_answer()
    {
        var body = $"{{\"userName\":\"{CmsApp.AdminUser}\",\"password\":\"{CmsApp.AdminPassword}\"}}";

        var admin = await SendAsync(configured, HttpMethod.Post, "/api/v1/auth/token", AdminOrigin, body);
        var site = await SendAsync(configured, HttpMethod.Post, "/api/v1/auth/token", SiteOrigin, body);

        Assert.Equal(200, (int)admin.StatusCode);
        Assert.Equal(AdminOrigin, AllowedOrigin(admin));
        Assert.Null(AllowedOrigin(site));
    }

    [Fact]
    public async Task Unconfigured_public_routes_allow_any_origin()
    {
        Assert.Equal("*", AllowedOrigin(await SendAsync(defaults, HttpMethod.Get, "/api/v1/articles", ForeignOrigin)));
        Assert.Equal("*", AllowedOrigin(await PreflightAsync(defaults, "/api/v1/hits", ForeignOrigin, "POST", "content-type")));
    }

    [Fact]
    public async Task Unconfigured_admin_routes_allow_no_cross_origin_caller()
    {
        Assert.Null(AllowedOrigin(await PreflightAsync(defaults, "/api/v1/manage/articles", SiteOrigin, "POST", "authorization,content-type")));
        Assert.Null(AllowedOrigin(await SendAsync(defaults, HttpMethod.Get, "/api/v1/manage/articles", SiteOrigin)));
        Assert.Null(AllowedOrigin(await SendAsync(defaults, HttpMethod.Post, "/api/v1/auth/token", SiteOrigin, "{}")));
    }

    private static async Task<HttpResponseMessage> SendAsync(CmsApp app, HttpMethod method, string url, string origin, string? json = null)
    {
        using var client = app.Anonymous();
        var request = HttpExtensions.Request(method, url, json);
        request.Headers.Add("Origin", origin);
        request.Headers.TryAddWithoutValidation("User-Agent", CounterClient.Browser);
        return await client.SendAsync(request, Ct);
    }

    private static async Task<HttpResponseMessage> PreflightAsync(CmsApp app, string url, string origin, string method, string headers)
    {
        using var client = app.Anonymous();
        var request = new HttpRequestMessage(HttpMethod.Options, url);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        var response = await client.SendAsync(request, Ct);
        Assert.True(response.IsSuccessStatusCode, $"Preflight of {method} {url} answered {(int)response.StatusCode}");
        return response;
    }

    private static string? AllowedOrigin(HttpResponseMessage response) => Header(response, "Access-Control-Allow-Origin");

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    /// <summary>The API with one site origin and one admin origin configured.</summary>
    public sealed class ConfiguredOrigins : CmsApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Cms:Cors:SiteOrigins:0"] = SiteOrigin,
            ["Cms:Cors:AdminOrigins:0"] = AdminOrigin + "/",
        };
    }
}
