using FluentValidation;
using FluentValidation.Results;

namespace Cms.Api.Counters;

/// <summary>One page view, sent by the site: its visitor id (kept in the browser's storage) and the item viewed, if any.</summary>
/// <remarks>
/// [Required] is for the OpenAPI document only: minimal APIs do not enforce data annotations here;
/// Validate() does, by hand, for the reason it gives.
/// </remarks>
public sealed record HitRequest([property: System.ComponentModel.DataAnnotations.Required] string? VisitorId, long? ContentId)
{
    /// <summary>
    /// Checked by hand rather than by an endpoint filter: the beacon is the hottest path of
    /// the API and the filter pipeline cost a measurable share of its throughput
    /// (bench/counters.sh). Errors come out as the same 400 ValidationProblemDetails.
    /// </summary>
    public void Validate()
    {
        var failures = new List<ValidationFailure>(0);
        if (VisitorId is not { Length: >= 8 and <= 64 } id || id.AsSpan().ContainsAnyExcept(VisitorIdCharacters))
        {
            failures.Add(new ValidationFailure("visitorId", "visitorId must be 8 to 64 letters, digits, '-' or '_' (a UUID works)."));
        }

        if (ContentId <= 0)
        {
            failures.Add(new ValidationFailure("contentId", "contentId must be a positive content id."));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }

    private static readonly System.Buffers.SearchValues<char> VisitorIdCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
}
