using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Npgsql;

// What this machine can serve over HTTP, the references bench/run.sh divides by:
//   GET /{N}             Kestrel writing N fixed bytes from memory: no routing, no middleware,
//                        no database. The ceiling for every figure of the same size.
//   GET /article/{slug}  one prepared SELECT of an article by slug with bare Npgsql (no ORM,
//                        no middleware), written as JSON: the least any endpoint that reaches
//                        PostgreSQL once per request can cost here. Needs ConnectionStrings__Cms.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var bodies = new ConcurrentDictionary<int, byte[]>();
var connectionString = builder.Configuration.GetConnectionString("Cms");
await using var database = connectionString is null ? null
    : new NpgsqlDataSourceBuilder(connectionString + ";Max Auto Prepare=16").Build();

app.Run(async context =>
{
    var path = context.Request.Path.Value ?? "/";
    if (path.StartsWith("/article/", StringComparison.Ordinal) && database is not null)
    {
        await WriteArticleAsync(context, database, Uri.UnescapeDataString(path["/article/".Length..]));
        return;
    }

    if (!int.TryParse(path.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size > 16 * 1024 * 1024)
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

static async Task WriteArticleAsync(HttpContext context, NpgsqlDataSource database, string slug)
{
    await using var command = database.CreateCommand(
        "SELECT c.id, c.title, c.summary, c.body, c.published_at, coalesce(v.views, 0) FROM content_items c "
        + "LEFT JOIN content_view_totals v ON v.content_id = c.id "
        + "WHERE c.type = 'Article' AND c.slug = $1 AND c.status = 'Published' AND c.published_at <= now()");
    command.Parameters.Add(new NpgsqlParameter { Value = slug });
    await using var reader = await command.ExecuteReaderAsync(context.RequestAborted);
    if (!await reader.ReadAsync(context.RequestAborted))
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return;
    }

    using var buffer = new MemoryStream();
    await using (var json = new Utf8JsonWriter(buffer))
    {
        json.WriteStartObject();
        json.WriteNumber("id", reader.GetInt64(0));
        json.WriteString("title", reader.GetString(1));
        json.WriteString("summary", reader.IsDBNull(2) ? null : reader.GetString(2));
        json.WriteString("body", reader.IsDBNull(3) ? null : reader.GetString(3));
        json.WriteString("publishedAt", reader.GetFieldValue<DateTimeOffset>(4));
        json.WriteNumber("viewCount", reader.GetInt64(5));
        json.WriteEndObject();
    }

    context.Response.ContentType = "application/json; charset=utf-8";
    context.Response.ContentLength = buffer.Length;
    await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
}
