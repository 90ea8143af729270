using Cms.Api.Configuration;
using Cms.Api.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Cms.Api.Security;

/// <summary>
/// Refuses oversized request bodies (Cms:Limits:MaxRequestBodyBytes) with a 413 ProblemDetails
/// before any endpoint reads them. Kestrel enforces the same limit as a backstop; this
/// middleware exists because a declared Content-Length can be refused without reading a byte,
/// because chunked bodies must be cut while being read, and because TestServer enforces nothing.
/// </summary>
internal static class RequestBodyLimit
{
    private const long UploadFraming = 64 * 1024;

    public static IServiceCollection AddRequestBodyLimit(this IServiceCollection services)
    {
        services.AddOptions<CmsOptions>()
            .Validate(o => o.Limits.MaxRequestBodyBytes > 0, "Cms:Limits:MaxRequestBodyBytes must be a positive number of bytes.")
            .ValidateOnStart();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<CmsOptions>>((kestrel, cms) =>
            kestrel.Limits.MaxRequestBodySize = cms.Value.Limits.MaxRequestBodyBytes);
        return services;
    }

    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var cms = context.RequestServices.GetRequiredService<IOptions<CmsOptions>>().Value;
            // An upload may be larger than any JSON body: its own limit, plus room for the multipart framing.
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<Media.UploadEndpoint>() is not null
                ? cms.Media.MaxUploadBytes + UploadFraming
                : cms.Limits.MaxRequestBodyBytes;
            if (context.Request.ContentLength > limit)
            {
                await WriteTooLargeAsync(context, limit);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }

            if (context.Request.ContentLength is not null)
            {
                await next(context);
                return;
            }

            var body = new LimitedRequestStream(context.Request.Body, limit);
            context.Request.Body = body;
            await next(context);
            // Minimal APIs' JSON binding treats a failed body read like a dropped connection and
            // swallows it, leaving a bare status; the caller deserves to be told why.
            if (body.Exceeded && !context.Response.HasStarted)
            {
                await WriteTooLargeAsync(context, limit);
            }
        });

    private static ValueTask WriteTooLargeAsync(HttpContext context, long limit) =>
        context.WriteProblemAsync(
            StatusCodes.Status413PayloadTooLarge, "The request body is too large.", $"This API accepts request bodies of at most {limit} bytes.");
}
