using Cms.Infrastructure.Persistence;

namespace Cms.Api.Health;

internal static class HealthEndpoints
{
    /// <summary>GET /health: 200 when the API is up and its database answers, 503 otherwise.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (CmsDbContext db, CancellationToken ct) =>
                await db.Database.CanConnectAsync(ct)
                    ? Results.Ok(new { status = "healthy" })
                    : Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The database is unreachable."))
            .WithTags("Health")
            .WithName("Health")
            .WithSummary("Liveness and database reachability")
            .ExcludeFromDescription();
}
