using Cms.Tests.Support;

namespace Cms.Tests.Api;

public sealed class SmokeTests(CmsApp app) : IClassFixture<CmsApp>
{
    [Fact]
    public async Task Health_answers_when_the_database_does()
    {
        using var client = app.Anonymous();
        var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task Swagger_documents_the_api_with_bearer_auth()
    {
        using var client = app.Anonymous();
        var doc = await client.GetJsonAsync("/swagger/v1/swagger.json");
        var paths = doc["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/articles", paths);
        Assert.Contains("/api/v1/manage/interviews/{id}/schedule", paths);
        Assert.Contains("/api/v1/auth/token", paths);
        Assert.NotNull(doc["components"]!["securitySchemes"]!["Bearer"]);
        var create = doc["paths"]!["/api/v1/manage/articles"]!["post"]!;
        Assert.False(string.IsNullOrEmpty((string?)create["summary"]));
        Assert.NotNull(create["security"]);
        var list = doc["paths"]!["/api/v1/articles"]!["get"]!["parameters"]!.AsArray().Where(p => (string?)p!["in"] == "query").Select(p => (string?)p!["name"]).ToList();
        Assert.Equal(["category", "tag", "q", "after", "fields", "page", "pageSize"], list); // as clients write them
        var ui = await client.GetAsync("/swagger/index.html", TestContext.Current.CancellationToken);
        Assert.Equal(200, (int)ui.StatusCode);
    }
}
