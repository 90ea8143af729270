using Cms.Tests.Support;

namespace Cms.Tests.Api;

public sealed class SecurityHeadersTests(CmsApp app) : IClassFixture<CmsApp>
{
    [Theory]
    [InlineData("GET", "/api/v1/articles")]
    [InlineData("GET", "/api/v1/articles/khong-ton-tai")]
    [InlineData("GET", "/api/v1/manage/articles")]
    [InlineData("POST", "/api/v1/auth/token")]
    [InlineData("GET", "/health")]
    [InlineData("GET", "/media/demo/phim-tu-lieu.svg")]
    [InlineData("GET", "/swagger/index.html")]
    public async Task Every_response_carries_the_security_headers(string method, string url)
    {
        using var client = app.Anonymous();
        var response = await client.SendAsync(HttpExtensions.Request(new HttpMethod(method), url, method == "POST" ? "{}" : null), TestContext.Current.CancellationToken);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("cross-origin", Header(response, "Cross-Origin-Resource-Policy"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
