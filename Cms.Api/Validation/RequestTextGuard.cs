using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Cms.Api.Validation;

/// <summary>
/// What every request's text must be before an endpoint sees it, decided here once:
/// <list type="bullet">
/// <item>No character that is never text (NUL, U+FFFE, U+FFFF, half a surrogate pair: NotText) in a
/// query, route or form value, a header the API reads, a file name or anywhere in the path: a 400
/// naming it. Kestrel itself refuses a NUL or other control character in the path or in a header
/// with a bare 400 before the app runs; this covers what it lets through (query strings, forms,
/// U+FFFE anywhere) and other servers.</item>
/// <item>An empty or blank query value is the same as leaving the parameter out: <c>?category=</c>
/// is "no section filter", <c>?q=</c> "no search", <c>?page=</c> the first page, on every endpoint.
/// That is what a form with an empty field or a client building URLs sends, and it makes one
/// cache entry of <c>/articles?tag=</c> and <c>/articles</c>.</item>
/// </list>
/// </summary>
internal static class RequestTextGuard
{
    /// <summary>
    /// The headers whose values the API's own code reads (conditional requests, the bot filter,
    /// the bearer token). Kestrel refuses a NUL or control character in any header, and any byte
    /// above 0x7F unless told otherwise, before the app runs, so this costs four look-ups rather
    /// than a pass over every header of every request (bench/GuardCost).
    /// </summary>
    private static readonly string[] HeadersRead =
        [HeaderNames.IfMatch, HeaderNames.IfNoneMatch, HeaderNames.UserAgent, HeaderNames.Authorization];

    public static IApplicationBuilder UseRequestTextGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var blank = false;
            if (request.QueryString.HasValue) // most requests have none: no query collection to walk
            {
                foreach (var (name, values) in request.Query)
                {
                    Refuse(name, values);
                    blank |= AnyBlank(values);
                }
            }

            if (blank)
            {
                DropBlankQueryValues(request);
            }

            foreach (var (name, value) in request.RouteValues)
            {
                if (value is string text && NotText.In(text))
                {
                    throw NotText.Refusal(name);
                }
            }

            if (NotText.In(request.Path.Value))
            {
                throw NotText.Refusal("path"); // in a segment no route takes as a value, e.g. "{id:long}"
            }

            foreach (var name in HeadersRead)
            {
                Refuse(name, request.Headers[name]);
            }

            if (request.HasFormContentType && AcceptsForm(context.GetEndpoint()))
            {
                await RefuseInFormAsync(request, context.RequestAborted);
            }

            await next(context);
        });

    private static void DropBlankQueryValues(HttpRequest request)
    {
        var kept = request.Query.SelectMany(p => p.Value.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => KeyValuePair.Create(p.Key, (string?)v)));
        request.QueryString = QueryString.Create(kept); // Request.Query is parsed again from it
    }

    // Loops rather than LINQ: these run on every request, and StringValues enumerates without allocating.
    private static void Refuse(string name, StringValues values)
    {
        if (NotText.In(name))
        {
            throw NotText.Refusal("(a parameter's name)");
        }

        foreach (var value in values)
        {
            if (NotText.In(value))
            {
                throw NotText.Refusal(name);
            }
        }
    }

    private static bool AnyBlank(StringValues values)
    {
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AcceptsForm(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes
            .Any(t => t.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase)
                || t.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)) == true;

    /// <summary>Reads the form the endpoint will bind (it is kept, not read twice) and checks its fields and file names.</summary>
    private static async Task RefuseInFormAsync(HttpRequest request, CancellationToken ct)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (InvalidDataException malformed)
        {
            // What the endpoint's own form binding would have answered.
            throw new BadHttpRequestException($"The form could not be read: {malformed.Message}", StatusCodes.Status400BadRequest, malformed);
        }

        foreach (var (name, values) in form)
        {
            Refuse(name, values);
        }

        foreach (var file in form.Files)
        {
            Refuse(file.Name, file.FileName);
        }
    }
}
