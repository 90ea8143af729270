using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Errors;

/// <summary>
/// Writes a ProblemDetails answer from middleware (body limits, rate limits), through the
/// same service endpoints use, so every error body has the same shape and a traceId.
/// </summary>
internal static class ProblemWriter
{
    public static ValueTask WriteProblemAsync(this HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
