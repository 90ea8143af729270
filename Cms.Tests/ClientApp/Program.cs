// What a mobile app does with the API, through the client Kiota generated from the OpenAPI
// document and nothing else: no hand-written HTTP. Each step prints "ok: <step>" or
// "FAIL: <step>: <why>"; GeneratedClientTests reads those lines. Arguments: the API's base URL,
// an admin's user name and password.
using Cms.Client;
using Cms.Client.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

var (baseUrl, userName, password) = (args[0], args[1], args[2]);
var reader = Client(new AnonymousAuthenticationProvider());
var failures = 0;

await Step("newest articles", async () =>
{
    var page = await reader.Api.V1.Articles.GetAsync(q => q.QueryParameters.PageSize = 5);
    Check(page?.Items is { Count: > 0 } items && items.All(i => i.Status == ContentStatus.Published), "no published articles");
    Check(page!.Items!.Zip(page.Items!.Skip(1)).All(p => p.First.PublishedAt >= p.Second.PublishedAt), "not newest first");
});

await Step("cursor pages", async () =>
{
    var first = await reader.Api.V1.Content.GetAsync(q => q.QueryParameters.PageSize = 2);
    Check(first?.NextCursor is not null, "no nextCursor on the first page");
    var second = await reader.Api.V1.Content.GetAsync(q => { q.QueryParameters.PageSize = 2; q.QueryParameters.After = first!.NextCursor; });
    Check(second?.Items is { Count: > 0 }, "the second page is empty");
    Check(!second!.Items!.Select(i => i.Id).Intersect(first!.Items!.Select(i => i.Id)).Any(), "the pages overlap");
});

await Step("the seed interview", async () =>
{
    var newest = await reader.Api.V1.Interviews.GetAsync();
    var interview = await reader.Api.V1.Interviews[newest!.Items![0].Slug!].GetAsync();
    Check(interview?.Interviewee?.Name == "Nguyễn Văn Quận", $"interviewee {interview?.Interviewee?.Name}");
    Check(interview!.Exchanges is { Count: >= 3 }, "fewer than three exchanges");
});

await Step("a 404 is a typed problem", async () =>
{
    var problem = await Expect<ProblemDetails>(() => reader.Api.V1.Articles["khong-co-bai-nay"].GetAsync());
    Check(problem.ResponseStatusCode == 404 && problem.Status == 404 && !string.IsNullOrEmpty(problem.TraceId), $"{problem.ResponseStatusCode} {problem.TraceId}");
});

await Step("a 401 is a typed problem", async () =>
{
    var problem = await Expect<ProblemDetails>(() => reader.Api.V1.Manage.Articles.GetAsync());
    Check(problem.ResponseStatusCode == 401 && !string.IsNullOrEmpty(problem.TraceId), $"{problem.ResponseStatusCode} {problem.TraceId}");
});

// Sign in, then an editor's client carrying the token.
var token = await reader.Api.V1.Auth.Token.PostAsync(new TokenRequest { UserName = userName, Password = password });
var editor = Client(new BaseBearerTokenAuthenticationProvider(new StaticToken(token!.AccessToken!)));
ArticleResponse? published = null;

await Step("sign in, create and publish with If-Match", async () =>
{
    var created = await editor.Api.V1.Manage.Articles.PostAsync(new ArticleRequest
    {
        Title = "Ứng dụng di động đăng bài",
        Body = "<p>Bài viết do ứng dụng tạo qua client sinh tự động.</p>",
        Tags = ["Ứng dụng"],
    });
    Check(created?.Status == ContentStatus.Draft, $"created as {created?.Status}");
    published = await editor.Api.V1.Manage.Articles[created!.Id!.Value].Publish.PostAsync(c => c.Headers.Add("If-Match", $"\"{created.Version}\""));
    Check(published?.Status == ContentStatus.Published, $"published as {published?.Status}");
    var seen = await reader.Api.V1.Articles[published!.Slug!].GetAsync();
    Check(seen?.Title == "Ứng dụng di động đăng bài", "readers do not see it");
});

await Step("a stale If-Match is a typed 412 with its traceId", async () =>
{
    var stale = $"\"{published!.Version - 1}\"";
    var problem = await Expect<ProblemDetails>(() => editor.Api.V1.Manage.Articles[published.Id!.Value]
        .PutAsync(new ArticleRequest { Title = "Sửa trên bản cũ", Body = "<p>Cũ.</p>" }, c => c.Headers.Add("If-Match", stale)));
    Check(problem.ResponseStatusCode == 412 && problem.Status == 412 && !string.IsNullOrEmpty(problem.TraceId) && !string.IsNullOrEmpty(problem.Type),
        $"{problem.ResponseStatusCode} {problem.Type} {problem.TraceId}");
});

await Step("a full changes sync, then a removal", async () =>
{
    var since = (string?)null;
    var ids = new HashSet<long>();
    ChangesResponse? sync;
    do
    {
        sync = await reader.Api.V1.Changes.GetAsync(q => { q.QueryParameters.Since = since; q.QueryParameters.Limit = 50; });
        ids.UnionWith(sync!.Items!.Select(i => i.Id!.Value));
        since = sync.Next;
    }
    while (sync.HasMore == true);
    Check(ids.Contains(published!.Id!.Value), "the app's article is not in the sync");

    var current = await editor.Api.V1.Manage.Articles[published.Id!.Value].GetAsync();
    await editor.Api.V1.Manage.Articles[published.Id!.Value].Unpublish.PostAsync(c => c.Headers.Add("If-Match", $"\"{current!.Version}\""));
    // As an app does: sync again until the change shows. The feed holds a change back while any
    // older transaction runs, and on the test suite's shared cluster other classes' do.
    var removed = false;
    for (var attempt = 0; attempt < 50 && !removed; attempt++)
    {
        var next = await reader.Api.V1.Changes.GetAsync(q => q.QueryParameters.Since = since);
        removed = next!.Removed!.Any(r => r.Id == published.Id && r.Type == ContentType.Article);
        since = next.Next;
        if (!removed)
        {
            await Task.Delay(200);
        }
    }

    Check(removed, "the unpublished article is not in removed");
});

Console.WriteLine(failures == 0 ? "all steps passed" : $"{failures} steps failed");
return failures == 0 ? 0 : 1;

CmsClient Client(IAuthenticationProvider auth) => new(new HttpClientRequestAdapter(auth) { BaseUrl = baseUrl });

async Task Step(string name, Func<Task> run)
{
    try
    {
        await run();
        Console.WriteLine($"ok: {name}");
    }
    catch (Exception error)
    {
        failures++;
        Console.WriteLine($"FAIL: {name}: {error.GetType().Name}: {error.Message}".ReplaceLineEndings(" "));
    }
}

static void Check(bool condition, string why)
{
    if (!condition)
    {
        throw new InvalidOperationException(why);
    }
}

static async Task<T> Expect<T>(Func<Task> call)
    where T : Exception
{
    try
    {
        await call();
    }
    catch (T expected)
    {
        return expected;
    }

    throw new InvalidOperationException($"expected a {typeof(T).Name}");
}

/// <summary>The signed-in user's token, as an app keeps it after POST /auth/token.</summary>
sealed class StaticToken(string token) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new();

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(token);
}
