using System.Diagnostics.Metrics;

namespace Cms.Api.Telemetry;

/// <summary>
/// The API's own figures, beside ASP.NET Core's request durations and the HTTP client's and
/// Npgsql's: hits accepted and written, how far writing lags, webhook deliveries by outcome,
/// items the scheduler published. One meter, "Cms.Api", exported by OpenTelemetry.
/// </summary>
internal sealed class CmsMetrics
{
    public const string MeterName = "Cms.Api";

    private readonly Counter<long> hitsAccepted;
    private readonly Counter<long> hitsFlushed;
    private readonly Counter<long> webhookDeliveries;
    private readonly Counter<long> scheduledPublished;

    public CmsMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        hitsAccepted = meter.CreateCounter<long>("cms.hits.accepted", "{hit}", "Page-view hits the beacon accepted");
        hitsFlushed = meter.CreateCounter<long>("cms.hits.flushed", "{hit}", "Hits written to the database");
        webhookDeliveries = meter.CreateCounter<long>("cms.webhooks.deliveries", "{attempt}", "Webhook delivery attempts, by outcome");
        scheduledPublished = meter.CreateCounter<long>("cms.scheduler.published", "{item}", "Scheduled items published when their time came");
        meter.CreateObservableGauge("cms.hits.held", () => HeldHits?.Invoke() ?? 0, "{hit}", "Hits accepted and not yet written");
        meter.CreateObservableGauge("cms.hits.flush_lag", () => FlushLag?.Invoke() ?? 0, "s", "Seconds since hits were last written successfully");
    }

    /// <summary>Set by the counter flusher: the gauges read it when scraped.</summary>
    public Func<long>? HeldHits { get; set; }

    public Func<double>? FlushLag { get; set; }

    public void HitAccepted() => hitsAccepted.Add(1);

    public void HitsFlushed(int count) => hitsFlushed.Add(count);

    public void WebhookAttempt(bool delivered) =>
        webhookDeliveries.Add(1, new KeyValuePair<string, object?>("outcome", delivered ? "delivered" : "failed"));

    public void ScheduledPublished(int count) => scheduledPublished.Add(count);
}
