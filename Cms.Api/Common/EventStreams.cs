namespace Cms.Api.Common;

/// <summary>What every server-sent events route (edit locks, live Q&amp;A) does to its response.</summary>
internal static class EventStreams
{
    /// <summary>
    /// Tells a proxy in front of the API not to hold the stream back. nginx (deploy/nginx/api-lb.conf,
    /// and most portals' own) buffers a proxied response until its buffer fills, so an event would
    /// reach readers minutes late, or with the next keep-alives; this header turns buffering off
    /// for this response only, whatever the proxy's configuration.
    /// </summary>
    public static void Unbuffered(HttpResponse response) => response.Headers["X-Accel-Buffering"] = "no";
}
