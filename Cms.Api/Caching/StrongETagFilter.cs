using System.Security.Cryptography;
using System.Text.Json;
using Cms.Api.Common;
using Cms.Api.Content;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Cms.Api.Caching;

/// <summary>
/// Gives every public 200 a strong ETag (a hash of the exact bytes: the JSON after any ?fields=
/// selection, or the XML of a feed) and answers a matching If-None-Match with 304 and no body. Endpoints that know a cheaper tag (an
/// item's version and view count) set it themselves and answer 304 before any work.
/// </summary>
internal sealed class StrongETagFilter(IOptions<JsonOptions> json) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        if (http.Response.Headers.ETag.Count > 0)
        {
            return result;
        }

        if (result is FileContentHttpResult file)
        {
            // Feeds and sitemaps: XML the endpoint wrote itself.
            return Tagged(http, file.FileContents.Span) ? NotModified : file;
        }

        if (result is not IValueHttpResult { Value: { } value } || result is IStatusCodeHttpResult { StatusCode: not (null or 200) })
        {
            return result;
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), json.Value.SerializerOptions);
        if (value is PagedList<ContentSummary> && FieldSelection.Parse(http.Request.Query["fields"]) is { Count: > 0 } fields)
        {
            bytes = FieldSelection.Apply(bytes, fields);
        }

        return Tagged(http, bytes) ? NotModified : TypedResults.Bytes(bytes, "application/json; charset=utf-8");
    }

    private static StatusCodeHttpResult NotModified => TypedResults.StatusCode(StatusCodes.Status304NotModified);

    /// <summary>Sets the ETag of these bytes; true when the caller's If-None-Match already names it.</summary>
    private static bool Tagged(HttpContext http, ReadOnlySpan<byte> bytes)
    {
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes), 0, 16)}\"";
        http.Response.Headers.ETag = etag;
        return ETags.Matches(http.Request.Headers.IfNoneMatch, etag);
    }
}
