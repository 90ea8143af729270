using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Cms.Tests.Api;

/// <summary>
/// Telemetry switched on by configuration: Prometheus' scrape endpoint with the API's own
/// figures beside ASP.NET Core's, and OTLP export reaching a collector. Off, neither exists.
/// </summary>
public sealed class TelemetryTests(TelemetryTests.App app) : IClassFixture<TelemetryTests.App>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Prometheus_sees_request_durations_and_the_counters_own_figures()
    {
        using var client = app.Anonymous();
        Assert.Equal(202, (int)(await client.HitAsync("telemetry-visitor-0001")).StatusCode);
        await app.FlushAsync();
        Assert.Equal(200, (int)(await client.GetAsync("/api/v1/articles", Ct)).StatusCode);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        string metrics;
        do
        {
            await Task.Delay(400, Ct); // the exporter caches a scrape briefly
            metrics = await client.GetStringAsync("/metrics", Ct);
        }
        while (!metrics.Contains("cms_hits_flushed", StringComparison.Ordinal) && DateTime.UtcNow < deadline);

        var ours = string.Join("\n", metrics.Split('\n').Where(l => l.StartsWith("cms_", StringComparison.Ordinal)));
        Assert.Contains("http_server_request_duration_seconds", metrics, StringComparison.Ordinal);
        Assert.Matches(@"cms_hits_accepted[a-z_]*(\{[^}]*\})? [1-9]", ours);
        Assert.Matches(@"cms_hits_flushed[a-z_]*(\{[^}]*\})? [1-9]", ours);
        Assert.Matches(@"cms_hits_batch_size[a-z_]*_count(\{[^}]*\})? [1-9]", ours); // one committed batch at least
        Assert.Matches(@"cms_hits_commit_duration_seconds_count(\{[^}]*\})? [1-9]", ours);
        Assert.Contains("cms_hits_held", metrics, StringComparison.Ordinal);
        Assert.Contains("cms_hits_flush_lag", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Traces_reach_the_configured_otlp_collector()
    {
        using var client = app.Anonymous();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!app.Collector.Paths.Contains("/v1/traces"))
        {
            Assert.True(DateTime.UtcNow < deadline, "No traces reached the collector within 20 s; it saw: " + string.Join(", ", app.Collector.Paths));
            Assert.Equal(200, (int)(await client.GetAsync("/api/v1/categories", Ct)).StatusCode);
            await Task.Delay(250, Ct);
        }
    }

    [Fact]
    public async Task Without_configuration_there_is_no_metrics_endpoint()
    {
        await using var plain = CmsApp.SharingDatabaseWith(app, new Dictionary<string, string?>
        {
            ["Cms:Telemetry:Prometheus"] = "false",
            ["Cms:Telemetry:OtlpEndpoint"] = "",
        });
        await plain.InitializeAsync();
        Assert.Equal(404, (int)(await plain.Anonymous().GetAsync("/metrics", Ct)).StatusCode);
    }

    public sealed class App : CmsApp
    {
        public OtlpCollector Collector { get; } = new();

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Cms:Telemetry:Prometheus"] = "true",
            ["Cms:Telemetry:OtlpEndpoint"] = Collector.Url,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
        };

        public override async ValueTask InitializeAsync()
        {
            await Collector.StartAsync();
            await base.InitializeAsync();
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await Collector.DisposeAsync();
        }
    }

    /// <summary>Stands in for an OpenTelemetry collector: records which OTLP/HTTP paths were posted to.</summary>
    public sealed class OtlpCollector : IAsyncDisposable
    {
        private readonly ConcurrentDictionary<string, int> paths = new();
        private WebApplication? server;
        private readonly int port = FreePort();

        public string Url => $"http://127.0.0.1:{port}";

        public ICollection<string> Paths => paths.Keys;

        public async Task StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls(Url);
            builder.Logging.ClearProviders();
            server = builder.Build();
            server.MapPost("/{**path}", (HttpContext http) =>
            {
                paths.AddOrUpdate(http.Request.Path.Value!, 1, (_, n) => n + 1);
                return Results.Ok();
            });
            await server.StartAsync();
        }

        public async ValueTask DisposeAsync()
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }

        private static int FreePort()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }
    }
}
