using System.Security.Cryptography;
using System.Text.Json;
using Cms.Api.Common;
using Cms.Api.Content;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Cms.Api.Caching;

/// <summary>
/// Gives every public 200 a strong ETag (a hash of the exact JSON bytes, after any ?fields=
/// selection) and answers a matching If-None-Match with 304 and no body. Endpoints that know a cheaper tag (an
/// item's version and view count) set it themselves and answer 304 before any work.
/// </summary>
internal sealed class StrongETagFilter(IOptions<JsonOptions> json) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        if (result is not IValueHttpResult { Value: { } value } || result is IStatusCodeHttpResult { StatusCode: not (null or 200) }
            || http.Response.Headers.ETag.Count > 0)
        {
            return result;
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), json.Value.SerializerOptions);
        if (value is PagedList<ContentSummary> && FieldSelection.Parse(http.Request.Query["fields"]) is { Count: > 0 } fields)
        {
            bytes = FieldSelection.Apply(bytes, fields);
        }

        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes), 0, 16)}\"";
        http.Response.Headers.ETag = etag;
        return ETags.Matches(http.Request.Headers.IfNoneMatch, etag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(bytes, "application/json; charset=utf-8");
    }
}
