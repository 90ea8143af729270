using Microsoft.AspNetCore.OutputCaching;
using NpgsqlTypes;

namespace Cms.Api.Replicas;

/// <summary>
/// Read-your-writes across API processes. GET /changes answers <c>Cms-Position</c>, the primary's
/// log position when the feed was read, and so does every successful management write (read
/// after it committed); a client that sends it back as <c>Cms-Read-After</c> on public reads (the
/// site builder does, for every read of a sync) gets an answer that includes
/// everything up to there: not from its process's output cache (that process may not have heard
/// of the change yet), and from a replica only if the replica has replayed that far, else from
/// the primary.
/// </summary>
internal static class ReadAfter
{
    public const string PositionHeader = "Cms-Position";
    public const string RequestHeader = "Cms-Read-After";

    /// <summary>The position the request asks for: none (no header), a position, or the header's text when it is not one.</summary>
    public static (ulong? Position, string? Invalid) Of(HttpRequest request)
    {
        if (!request.Headers.TryGetValue(RequestHeader, out var values))
        {
            return (null, null);
        }

        var text = values.ToString();
        return NpgsqlLogSequenceNumber.TryParse(text, out var position) ? ((ulong)position, null) : (null, text);
    }
}

/// <summary>Part of the public cache policy: a request naming a position is answered by a database, never by this process's cache.</summary>
internal sealed class ReadAfterPolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Request.Headers.ContainsKey(ReadAfter.RequestHeader))
        {
            context.AllowCacheLookup = false; // what it reads is stored: newer than what the cache held
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}

/// <summary>
/// On the management group: a write that succeeded answers Cms-Position, read once the response
/// starts (the handler has committed by then), so the editor's app can read its own write from
/// the public API on any process. One query per write; reads answer none.
/// </summary>
internal static class WritePosition
{
    public static RouteGroupBuilder AnswersPositionAfterWrites(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
            {
                http.Response.OnStarting(async () =>
                {
                    if (http.Response.StatusCode is >= 200 and < 300)
                    {
                        try
                        {
                            var db = http.RequestServices.GetRequiredService<Cms.Infrastructure.Persistence.CmsDbContext>();
                            http.Response.Headers[ReadAfter.PositionHeader] = await Cms.Infrastructure.Replicas.PrimaryPosition.ReadTextAsync(db, http.RequestAborted);
                        }
                        catch (Exception error) when (error is not OperationCanceledException)
                        {
                            // The write has committed: answer it without a position rather than fail it.
                            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WritePosition))
                                .LogWarning(error, "Could not read the position after a write");
                        }
                    }
                });
            }

            return await next(context);
        });
}
