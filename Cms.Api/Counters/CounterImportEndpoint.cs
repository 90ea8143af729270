using Cms.Api.Auth;
using Cms.Api.Validation;
using Cms.Infrastructure.Counters;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cms.Api.Counters;

internal static class CounterImportEndpoint
{
    /// <summary>
    /// The one way to set view counts by hand, for admins only, and recorded (who, when, what):
    /// content edits cannot touch counts, so no token holder can quietly inflate them.
    /// </summary>
    public static void MapCounterImport(this IEndpointRouteBuilder manage) =>
        manage.MapPost("/counters/import", ImportAsync).RequireAuthorization(Policies.Admin)
            .Validate<CounterImportRequest>()
            .WithTags("Manage counters")
            .WithName("ImportCounters")
            .WithSummary("Admins: import view counts and the all-time visit total from a previous system (audited)");

    public static async Task<Ok<CounterImportResponse>> ImportAsync(CounterImportRequest request, CounterImporter importer,
        ICounterFlush flusher, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var by = http.User.Identity?.Name ?? "unknown";
        var items = (request.Items ?? []).Select(i => new CounterImporter.ItemFigure(i.ContentId, i.Views)).ToList();
        var unknown = await importer.ImportAsync(by, request.SiteVisits, items, request.Note, ct);
        if (unknown.Count > 0)
        {
            throw new ValidationException([new ValidationFailure("items", $"No such content: {string.Join(", ", unknown)}.")]);
        }

        await flusher.FlushAsync(ct); // refreshes the statistics the beacon serves
        return TypedResults.Ok(new CounterImportResponse(clock.GetUtcNow(), by, request.SiteVisits, items.Count));
    }
}
