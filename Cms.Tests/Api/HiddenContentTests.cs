using System.Text.RegularExpressions;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Api;

/// <summary>
/// Drafts, unpublished, archived and future-scheduled items never reach an anonymous caller,
/// by any public route. The routes are read from the running app, so an endpoint added later
/// is probed too without anyone remembering to extend this test.
/// </summary>
public sealed partial class HiddenContentTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static readonly string[] QueryVariants = ["", "?pageSize=100&limit=50&period=all", "?pageSize=100&limit=50&period=today", "?pageSize=100&limit=50&period=week"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Hidden_items_never_reach_an_anonymous_caller_by_any_public_route()
    {
        using var editor = await app.EditorAsync();
        var marker = Guid.NewGuid().ToString("N")[..8];
        var hidden = new List<ItemBody>();

        Task<ItemBody> CreateAsync(string route, Dictionary<string, object?> request) => editor.PostBodyAsync<ItemBody>($"/api/v1/manage/{route}", request);

        hidden.Add(await CreateAsync("articles", Samples.Article($"Bản nháp ẩn {marker}", "Ẩn")));
        var scheduled = await CreateAsync("interviews", Samples.Interview($"Phỏng vấn hẹn giờ ẩn {marker}"));
        await editor.PostJsonAsync($"/api/v1/manage/interviews/{scheduled.Id}/schedule", new { publishAt = app.Clock.GetUtcNow().AddDays(3) });
        hidden.Add(scheduled);
        var unpublished = await CreateAsync("videos", Samples.Video($"Phim đã gỡ ẩn {marker}"));
        await editor.PostJsonAsync($"/api/v1/manage/videos/{unpublished.Id}/publish", new { });
        await editor.PostJsonAsync($"/api/v1/manage/videos/{unpublished.Id}/unpublish", new { });
        hidden.Add(unpublished);
        var archived = await CreateAsync("articles", Samples.Article($"Bài lưu trữ ẩn {marker}", "Ẩn"));
        await editor.PostJsonAsync($"/api/v1/manage/articles/{archived.Id}/publish", new { });
        await editor.PostJsonAsync($"/api/v1/manage/articles/{archived.Id}/archive", new { });
        hidden.Add(archived);
        var control = await CreateAsync("articles", Samples.Article($"Bài công khai {marker}", "Ẩn"));
        await editor.PostJsonAsync($"/api/v1/manage/articles/{control.Id}/publish", new { });

        // Views for every one of them, so that most-viewed lists would rank them if they leaked.
        using var reader = app.Anonymous();
        foreach (var item in hidden.Append(control))
        {
            await reader.HitAsync($"hidden-probe-{item.Id:D6}", item.Id);
        }

        await app.FlushAsync();

        var probed = 0;
        var controlSeen = 0;
        foreach (var route in PublicGetRoutes())
        {
            var parameters = Parameter().Matches(route).Select(m => m.Value).ToList();
            if (parameters.Count > 0)
            {
                foreach (var item in hidden)
                {
                    foreach (var key in new[] { item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), item.Slug })
                    {
                        var url = parameters.Aggregate(route, (u, p) => u.Replace(p, key, StringComparison.Ordinal));
                        var response = await reader.GetAsync(url, Ct);
                        var body = await response.Content.ReadAsStringAsync(Ct);
                        Assert.False(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode} for a hidden item: {body}");
                        Assert.DoesNotContain(item.Title, body, StringComparison.Ordinal);
                        probed++;
                    }
                }

                continue;
            }

            // Searching for the words only the hidden items (and the control) carry.
            foreach (var query in QueryVariants.Append($"?q={marker}&pageSize=100").Append("?q=%E1%BA%A9n&pageSize=100"))
            {
                var url = route + query;
                var response = await reader.GetAsync(url, Ct);
                var body = await response.Content.ReadAsStringAsync(Ct);
                Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
                foreach (var item in hidden)
                {
                    Assert.DoesNotContain(item.Slug, body, StringComparison.Ordinal);
                    Assert.DoesNotContain(item.Title, body, StringComparison.Ordinal);
                }

                controlSeen += body.Contains(control.Slug, StringComparison.Ordinal) ? 1 : 0;
                probed++;
            }
        }

        Assert.True(probed > 20, $"Only {probed} probes: the public routes were not found.");
        // The probe does see published content: the control item shows up in the lists and in most-viewed.
        Assert.True(controlSeen >= 4, $"The published control item showed up in only {controlSeen} responses.");
    }

    /// <summary>Every anonymous GET route under /api/v1, outside /manage.</summary>
    private IEnumerable<string> PublicGetRoutes() =>
        app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/api/v1/", StringComparison.Ordinal) && !r.StartsWith("/api/v1/manage", StringComparison.Ordinal))
            .Select(r => r.TrimEnd('/'))
            .Distinct()
            .Order();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
