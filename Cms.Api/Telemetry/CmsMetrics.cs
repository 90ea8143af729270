using System.Diagnostics.Metrics;

namespace Cms.Api.Telemetry;

/// <summary>
/// The API's own figures, beside ASP.NET Core's request durations and the HTTP client's and
/// Npgsql's: hits accepted, written and given up, the size and commit time of hit batches, how
/// far writing lags, webhook deliveries by outcome, items the scheduler published, public reads
/// by server and each read replica's rotation and lag. One meter, "Cms.Api", exported by OpenTelemetry.
/// </summary>
internal sealed class CmsMetrics
{
    public const string MeterName = "Cms.Api";

    private readonly Counter<long> hitsAccepted;
    private readonly Counter<long> hitsFlushed;
    private readonly Counter<long> hitsGivenUp;
    private readonly Histogram<int> batchSize;
    private readonly Histogram<double> commitDuration;
    private readonly Counter<long> webhookDeliveries;
    private readonly Counter<long> scheduledPublished;
    private readonly Counter<long> publicReads;

    public CmsMetrics(IMeterFactory meters, Cms.Infrastructure.Replicas.ReplicaSet replicas)
    {
        var meter = meters.Create(MeterName);
        hitsAccepted = meter.CreateCounter<long>("cms.hits.accepted", "{hit}", "Page-view hits the beacon answered 202 (each committed first)");
        hitsFlushed = meter.CreateCounter<long>("cms.hits.flushed", "{hit}", "Hits written to the database");
        hitsGivenUp = meter.CreateCounter<long>("cms.hits.given_up", "{hit}", "Hits the database did not take within HoldTimeout; their beacons were answered 503");
        // Group commit at work: batches grow with the load; a beacon waits about one commit.
        batchSize = meter.CreateHistogram<int>("cms.hits.batch_size", "{hit}", "Hits per committed batch",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 5000] });
        commitDuration = meter.CreateHistogram<double>("cms.hits.commit_duration", "s", "Time to apply and commit one batch of hits",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 5] });
        webhookDeliveries = meter.CreateCounter<long>("cms.webhooks.deliveries", "{attempt}", "Webhook delivery attempts, by outcome");
        scheduledPublished = meter.CreateCounter<long>("cms.scheduler.published", "{item}", "Scheduled items published when their time came");
        publicReads = meter.CreateCounter<long>("cms.reads.public", "{request}", "Public reads the output cache could not answer, by the server they read (replica or primary); only counted when replicas are configured");
        meter.CreateObservableGauge("cms.replicas.in_rotation",
            () => replicas.All.Select(r => new Measurement<int>(r.InRotation ? 1 : 0, new KeyValuePair<string, object?>("replica", r.Name))),
            "{replica}", "1 while a read replica takes public reads, 0 while it is out (lagging, down, promoted)");
        meter.CreateObservableGauge("cms.replicas.lag",
            () => replicas.All.Where(r => r.Lag is not null).Select(r => new Measurement<double>(r.Lag!.Value.TotalSeconds, new KeyValuePair<string, object?>("replica", r.Name))),
            "s", "How far behind the primary each read replica replayed at its last check");
        meter.CreateObservableGauge("cms.hits.held", () => HeldHits?.Invoke() ?? 0, "{hit}", "Hits accepted and not yet written");
        meter.CreateObservableGauge("cms.hits.flush_lag", () => FlushLag?.Invoke() ?? 0, "s", "Seconds since hits were last written successfully");
    }

    /// <summary>Set by the counter flusher: the gauges read it when scraped.</summary>
    public Func<long>? HeldHits { get; set; }

    public Func<double>? FlushLag { get; set; }

    public void HitAccepted() => hitsAccepted.Add(1);

    /// <summary>One batch committed: its size and how long applying and committing it took.</summary>
    public void BatchCommitted(int count, TimeSpan duration)
    {
        hitsFlushed.Add(count);
        batchSize.Record(count);
        commitDuration.Record(duration.TotalSeconds);
    }

    public void HitsGivenUp(int count) => hitsGivenUp.Add(count);

    public void WebhookAttempt(bool delivered) =>
        webhookDeliveries.Add(1, new KeyValuePair<string, object?>("outcome", delivered ? "delivered" : "failed"));

    public void ScheduledPublished(int count) => scheduledPublished.Add(count);

    public void PublicRead(bool onReplica) =>
        publicReads.Add(1, new KeyValuePair<string, object?>("server", onReplica ? "replica" : "primary"));
}
