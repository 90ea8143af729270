namespace Cms.Api.Configuration;

/// <summary>
/// Traces and metrics (Cms:Telemetry). OTLP export is on when an endpoint is configured, here or
/// through the standard OTEL_EXPORTER_OTLP_ENDPOINT (with OTEL_EXPORTER_OTLP_PROTOCOL,
/// OTEL_SERVICE_NAME and the other OTEL_* settings the exporter reads itself).
/// </summary>
public sealed class TelemetryOptions
{
    /// <summary>An OTLP collector, e.g. http://otel-collector:4317 (gRPC) or :4318 with OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>
    /// Serve Prometheus' scrape endpoint at /metrics. Off by default: the figures are for the
    /// operator's network, so put the API's own port, not the public proxy, in front of Prometheus.
    /// </summary>
    public bool Prometheus { get; set; }
}
