using System.Diagnostics;

namespace Cms.Api.Errors;

internal static class ProblemDetailsSetup
{
    // ASP.NET Core gives a type only to the statuses RFC 9110 defines; these are the others the API sends.
    private static readonly Dictionary<int, string> Types = new()
    {
        [StatusCodes.Status413PayloadTooLarge] = "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        [StatusCodes.Status428PreconditionRequired] = "https://tools.ietf.org/html/rfc6585#section-3",
        [StatusCodes.Status429TooManyRequests] = "https://tools.ietf.org/html/rfc6585#section-4",
    };

    /// <summary>Every error body, whoever writes it, is RFC 9457 ProblemDetails with a type, a title, its status and a traceId.</summary>
    public static IServiceCollection AddCmsProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            context.ProblemDetails.Type ??= Types.GetValueOrDefault(status);
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] =
                Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<CmsExceptionHandler>();
        // Malformed JSON and bad query values must reach the handler as exceptions so
        // the caller gets a 400 saying what is wrong instead of an empty response.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }
}
