using Cms.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Api;

/// <summary>
/// Each role allowed and refused on each protected endpoint. The endpoints come from the
/// running app, and the table must name every one of them: an endpoint added later fails
/// this test until someone decides who may call it.
/// </summary>
public sealed class RoleMatrixTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static readonly string[] Roles = ["author", "editor", "admin"];

    /// <summary>Endpoints that take multipart/form-data rather than JSON.</summary>
    private static readonly HashSet<string> Uploads = ["UploadMedia"];

    /// <summary>Endpoint name → the least role that may call it.</summary>
    private static readonly Dictionary<string, string> LeastRole = BuildTable();

    private static Dictionary<string, string> BuildTable()
    {
        var table = new Dictionary<string, string>
        {
            ["RefreshToken"] = "author",
            ["GetMyAccount"] = "author",
            ["ChangeMyPassword"] = "author",
            ["ManageListCategories"] = "author",
            ["ManageGetCategory"] = "author",
            ["ManageListTags"] = "author",
            ["RenameTag"] = "editor",
            ["MergeTag"] = "editor",
            ["CreateCategory"] = "editor",
            ["UpdateCategory"] = "editor",
            ["DeleteCategory"] = "editor",
            ["ManageGetFeatured"] = "editor", // what leads the home page is an editor's choice
            ["ReplaceFeatured"] = "editor",
            ["ImportCounters"] = "admin",
            ["ImportInterviewTranscript"] = "author", // makes a draft, as CreateInterview does
            ["ListUsers"] = "admin",
            ["GetUser"] = "admin",
            ["CreateUser"] = "admin",
            ["UpdateUser"] = "admin",
            ["SetUserPassword"] = "admin",
            ["UploadMedia"] = "author",
            ["ListMedia"] = "author",
            ["GetMedia"] = "author",
            ["DescribeMedia"] = "author", // their own uploads; editors any
            ["SetMediaFocalPoint"] = "author", // their own uploads; editors any
            ["DeleteMedia"] = "editor",
            ["ListWebhooks"] = "admin",
            ["GetWebhook"] = "admin",
            ["CreateWebhook"] = "admin",
            ["UpdateWebhook"] = "admin",
            ["DeleteWebhook"] = "admin",
            ["ListWebhookDeliveries"] = "admin",
            ["GetWebhookDelivery"] = "admin",
            ["RetryWebhookDelivery"] = "admin",
            ["ManageListAuthors"] = "author", // to credit themselves and colleagues on a draft
            ["ManageGetAuthor"] = "author",
            ["CreateAuthor"] = "editor",
            ["UpdateAuthor"] = "editor",
            ["DeleteAuthor"] = "editor",
            ["RoyaltyReport"] = "editor", // what each colleague is paid is not an author's to read
            ["RoyaltyReportCsv"] = "editor",
            ["ManageGetLiveSession"] = "editor", // a live Q&A is run by editors: answers publish at once
            ["SetLiveSession"] = "editor",
            ["ListLiveQuestions"] = "editor", // readers' addresses: staff who moderate only
            ["ModerateLiveQuestion"] = "editor",
            ["AnswerLiveQuestion"] = "editor",
        };
        foreach (var (one, many) in new[] { ("Article", "Articles"), ("Interview", "Interviews"), ("Video", "Videos"), ("PhotoStory", "PhotoStories") })
        {
            table[$"Manage{many}"] = "author";
            table[$"ManageGet{one}"] = "author";
            table[$"Create{one}"] = "author";
            table[$"Update{one}"] = "author";
            table[$"Submit{one}"] = "author";
            table[$"Delete{one}"] = "editor";
            table[$"Publish{one}"] = "editor";
            table[$"Unpublish{one}"] = "editor";
            table[$"Archive{one}"] = "editor";
            table[$"Schedule{one}"] = "editor";
            table[$"List{one}Revisions"] = "author";
            table[$"Get{one}Revision"] = "author";
            table[$"Restore{one}Revision"] = "author";
            table[$"Get{one}WorkingCopy"] = "author";
            table[$"Save{one}WorkingCopy"] = "author";
            table[$"Discard{one}WorkingCopy"] = "author";
            table[$"Publish{one}WorkingCopy"] = "editor";
            table[$"Get{one}Lock"] = "author"; // who may see the item; authors their own (EditorialRights)
            table[$"Take{one}Lock"] = "author"; // who may edit it; take-over rules: EditLockTests
            table[$"Renew{one}Lock"] = "author";
            table[$"Release{one}Lock"] = "author";
            table[$"Watch{one}Lock"] = "author";
            table[$"Create{one}PreviewLink"] = "author"; // their own items; editors any (PreviewLinkTests)
            table[$"List{one}PreviewLinks"] = "author";
            table[$"Revoke{one}PreviewLink"] = "author";
            table[$"Return{one}"] = "editor";
            table[$"List{one}Notes"] = "author"; // their own items; editors any
            table[$"Add{one}Note"] = "author";
            table[$"Delete{one}Note"] = "author"; // their own notes; editors any
            table[$"Get{one}Royalties"] = "author"; // on their own items, as they may open them
            table[$"Set{one}Royalties"] = "editor";
            table[$"Get{one}RelatedPins"] = "author"; // who may edit the item: authors their own drafts (RelatedItemsTests)
            table[$"Replace{one}RelatedPins"] = "author";
        }

        return table;
    }

    private List<(string Name, string Method, string Url)> ProtectedEndpoints() =>
        app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>() is not null)
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null)
            .Select(e => (
                Name: e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? e.RoutePattern.RawText!,
                Method: e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Single(),
                // Parameters point at nothing: an allowed caller gets 404 or 400, never 401/403.
                Url: "/" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!.TrimStart('/'), @"\{[^}]+\}", "987654")))
            .ToList();

    [Fact]
    public void The_table_names_every_protected_endpoint_and_nothing_else()
    {
        var names = ProtectedEndpoints().Select(e => e.Name).Order().ToList();
        Assert.Equal(LeastRole.Keys.Order(), names);
    }

    [Fact]
    public async Task Each_role_is_allowed_exactly_where_the_table_says()
    {
        var clients = new Dictionary<string, HttpClient> { ["anonymous"] = app.Anonymous() };
        foreach (var role in Roles)
        {
            clients[role] = await app.UserAsync(role);
        }

        var wrong = new List<string>();
        foreach (var (name, method, url) in ProtectedEndpoints())
        {
            var least = Array.IndexOf(Roles, LeastRole[name]);
            foreach (var (who, client) in clients)
            {
                var rank = Array.IndexOf(Roles, who);
                var request = HttpExtensions.Request(new HttpMethod(method), url, method is "GET" or "DELETE" ? null : "{}", "*");
                if (Uploads.Contains(name))
                {
                    request.Content = new MultipartFormDataContent { { new StringContent("x"), "caption" } }; // the type it accepts, or routing answers 415 first
                }

                var status = (int)(await client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode;
                var expected = rank < 0 ? "401" : rank < least ? "403" : "allowed";
                var actual = status is 401 or 403 ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : status >= 500 ? "5xx" : "allowed";
                if (expected != actual)
                {
                    wrong.Add($"{who} {method} {url} ({name}): expected {expected}, got {status}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }
}
