namespace Cms.Api.Health;

/// <summary>
/// `dotnet Cms.Api.dll probe URL`: exit 0 when URL answers 2xx within three seconds, else 1.
/// The container's health check: the ASP.NET runtime image has no curl or wget.
/// </summary>
internal static class HealthProbe
{
    public const string Command = "probe";

    public static async Task<int> RunAsync(string[] args)
    {
        var url = args.Length > 1 ? args[1] : "http://127.0.0.1:8080/health/live";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync(url);
            Console.WriteLine($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            Console.WriteLine($"{url}: {error.Message}");
            return 1;
        }
    }
}
