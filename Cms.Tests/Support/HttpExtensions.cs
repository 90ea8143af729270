using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cms.Tests.Support;

/// <summary>Small helpers so tests read as requests and assertions on JSON, like a client sees it.</summary>
public static class HttpExtensions
{
    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Empty body.");

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static async Task<JsonNode> PostJsonAsync(this HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        Assert.True(response.IsSuccessStatusCode, $"POST {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    /// <summary>Creates an item of this type (articles, interviews, videos) as an editor and publishes it; the item as published.</summary>
    public static async Task<JsonNode> PublishedAsync(this HttpClient editor, string route, object request)
    {
        var created = await editor.PostJsonAsync($"/api/v1/manage/{route}", request);
        return await editor.PostJsonAsync($"/api/v1/manage/{route}/{created.As<ItemBody>().Id}/publish", new { });
    }

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, string json, string? ifMatch = null) =>
        client.SendAsync(Request(HttpMethod.Post, url, json, ifMatch));

    public static Task<HttpResponseMessage> PutRawAsync(this HttpClient client, string url, object body, string? ifMatch = null) =>
        client.SendAsync(Request(HttpMethod.Put, url, JsonSerializer.Serialize(body, JsonSerializerOptions.Web), ifMatch));

    public static HttpRequestMessage Request(HttpMethod method, string url, string? json, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    /// <summary>Asserts an RFC 9457 problem with the given status, a type, a title and a traceId (as the OpenAPI document promises); returns its body.</summary>
    public static async Task<ProblemBody> AssertProblemAsync(this HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"Expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(text)!.As<ProblemBody>();
        Assert.Equal(status, body.Status);
        Assert.False(string.IsNullOrEmpty(body.TraceId), "ProblemDetails without traceId: " + text);
        Assert.False(string.IsNullOrEmpty(body.Type), "ProblemDetails without type: " + text);
        Assert.False(string.IsNullOrEmpty(body.Title), "ProblemDetails without title: " + text);
        return body;
    }

    /// <summary>The validation error keys of a 400 ValidationProblemDetails.</summary>
    public static async Task<IReadOnlyCollection<string>> AssertValidationErrorsAsync(this HttpResponseMessage response)
    {
        var body = await response.AssertProblemAsync(400);
        return body.Errors?.Keys.ToList() ?? [];
    }
}
