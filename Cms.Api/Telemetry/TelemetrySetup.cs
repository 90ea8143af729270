using Cms.Api.Configuration;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Cms.Api.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics: ASP.NET Core, HttpClient (webhook deliveries), Npgsql (every
/// query EF Core sends), the runtime and <see cref="CmsMetrics"/>. Exported over OTLP when an
/// endpoint is configured, and to Prometheus at /metrics when Cms:Telemetry:Prometheus is true.
/// Logs carry the trace id either way (see README: JSON logs).
/// </summary>
internal static class TelemetrySetup
{
    public static WebApplicationBuilder AddCmsTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CmsMetrics>();
        var settings = builder.Configuration.GetSection(CmsOptions.Section).GetSection("Telemetry").Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = settings.OtlpEndpoint ?? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(otlp) && !settings.Prometheus)
        {
            return builder; // nothing to export to: no instrumentation cost
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "cms-api"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddMeter(CmsMetrics.MeterName);
                if (settings.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (!string.IsNullOrWhiteSpace(otlp))
        {
            var protocol = builder.Configuration["OTEL_EXPORTER_OTLP_PROTOCOL"] == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
            telemetry.UseOtlpExporter(protocol, new Uri(otlp));
        }

        return builder;
    }

    public static WebApplication MapCmsTelemetry(this WebApplication app)
    {
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CmsOptions>>().Value.Telemetry.Prometheus)
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
        }

        return app;
    }
}
