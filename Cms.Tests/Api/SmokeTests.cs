using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>The app starts, answers health checks, and documents itself.</summary>
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

        var doc = await client.GetBodyAsync<OpenApiBody>("/swagger/v1/swagger.json");

        Assert.Contains("/api/v1/articles", doc.Paths.Keys);
        Assert.Contains("/api/v1/manage/interviews/{id}/schedule", doc.Paths.Keys);
        Assert.Contains("/api/v1/auth/token", doc.Paths.Keys);
        Assert.NotNull(doc.Components.SecuritySchemes["Bearer"]);
        var create = doc.Paths["/api/v1/manage/articles"]["post"];
        Assert.False(string.IsNullOrEmpty(create.Summary));
        Assert.NotNull(create.Security);
        var list = doc.Paths["/api/v1/articles"]["get"].Parameters!.Where(p => p.In == "query").Select(p => p.Name).ToList();
        Assert.Equal(["after", "category", "fields", "page", "pageSize", "q", "tag"], list.Order(StringComparer.Ordinal)); // as clients write them
    }

    [Fact]
    public async Task Swagger_serves_its_page()
    {
        using var client = app.Anonymous();

        var ui = await client.GetAsync("/swagger/index.html", TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)ui.StatusCode);
    }
}
