using System.Collections.Concurrent;
using System.Globalization;

// The most this machine can serve over HTTP: Kestrel writing N fixed bytes from memory, with
// no routing, no middleware and no database. GET /{N} answers N bytes of JSON-typed content.
// bench/run.sh asks it for the exact body size of each API response it measures, so each
// API figure can be printed as a share of what HTTP alone costs here.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var bodies = new ConcurrentDictionary<int, byte[]>();

app.Run(async context =>
{
    if (!int.TryParse(context.Request.Path.Value.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var size)
        || size > 16 * 1024 * 1024)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return;
    }

    var body = bodies.GetOrAdd(size, static n => Enumerable.Repeat((byte)'x', n).ToArray());
    context.Response.ContentType = "application/json; charset=utf-8";
    context.Response.ContentLength = body.Length;
    await context.Response.Body.WriteAsync(body);
});

app.Run();
