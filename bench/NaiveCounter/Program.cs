using Npgsql;

// The naive way to count views: every hit waits for `UPDATE ... SET views = views + 1`.
// It is what most CMSs do and what the write-behind counters must beat (bench/counters.sh).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var dataSource = NpgsqlDataSource.Create(builder.Configuration.GetConnectionString("Cms")
    ?? throw new InvalidOperationException("Set ConnectionStrings__Cms."));
var app = builder.Build();

await using (var setup = dataSource.CreateCommand(
    "CREATE TABLE IF NOT EXISTS naive_views (content_id bigint PRIMARY KEY, views bigint NOT NULL DEFAULT 0);"
    + "INSERT INTO naive_views (content_id) SELECT g FROM generate_series(1, 200) g ON CONFLICT DO NOTHING"))
{
    await setup.ExecuteNonQueryAsync();
}

app.MapPost("/api/v1/hits", async (HttpRequest request) =>
{
    using var body = await System.Text.Json.JsonDocument.ParseAsync(request.Body);
    var contentId = body.RootElement.TryGetProperty("contentId", out var id) && id.ValueKind == System.Text.Json.JsonValueKind.Number ? id.GetInt64() : 0;
    await using var command = dataSource.CreateCommand("UPDATE naive_views SET views = views + 1 WHERE content_id = $1");
    command.Parameters.Add(new NpgsqlParameter { Value = contentId });
    await command.ExecuteNonQueryAsync();
    return Results.Accepted();
});

app.Run();
