using System.Diagnostics;

namespace Cms.Api.Errors;

internal static class ProblemDetailsSetup
{
    /// <summary>Every error body, whoever writes it, is RFC 9457 ProblemDetails carrying a traceId.</summary>
    public static IServiceCollection AddCmsProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
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
