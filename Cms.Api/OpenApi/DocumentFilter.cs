using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cms.Api.OpenApi;

/// <summary>
/// What the document says about itself rather than about one operation: where the API is
/// (relative to the document, so it is right behind any host or proxy), and what each group
/// of operations is for. A tag without a description here fails the lint in the test suite.
/// </summary>
internal sealed class DocumentFilter : IDocumentFilter
{
    private static readonly Dictionary<string, string> Tags = new()
    {
        ["Content"] = "Published items of every type together: the home page, sections, tags, search, and the changes feed apps and the static site sync from.",
        ["Articles"] = "Published articles, by id or slug, listed and in batches. Anonymous; drafts are never shown.",
        ["Interviews"] = "Published interviews (questions and answers with one interviewee).",
        ["Videos"] = "Published video items (a hosted file, YouTube or another embed).",
        ["PhotoStories"] = "Published photo stories (phóng sự ảnh): a lead, then photos in order, each with its caption and credit.",
        ["Categories"] = "The portal's sections, as a tree.",
        ["Tags"] = "Tags readers follow: a tag's page, popular tags.",
        ["Authors"] = "The people bylines name: an author's page and their published items.",
        ["Featured"] = "The items editors placed at the top of the home page or a section.",
        ["Counters"] = "View counts and the site's visitor statistics: the beacon pages send, and the most viewed items.",
        ["Feeds"] = "RSS and sitemaps for readers' feed apps and search engines.",
        ["Preview"] = "What a preview link shows to someone without an account: an unpublished item as readers will see it. Never cached, indexed or counted.",
        ["Media"] = "Uploaded images and their renditions, served to anyone.",
        ["Auth"] = "Signing in: a bearer token for the management API.",
        ["My account"] = "The signed-in user: who they are, changing their own password.",
        ["Manage articles"] = "The newsroom's articles: drafts, review, scheduling, publishing, revisions and working copies. Every write may carry If-Match.",
        ["Manage interviews"] = "The newsroom's interviews, as for articles, plus importing a transcript.",
        ["Manage videos"] = "The newsroom's video items, as for articles.",
        ["Manage photo stories"] = "The newsroom's photo stories, as for articles.",
        ["Manage categories"] = "Creating, renaming, moving and removing sections (editors and admins).",
        ["Manage tags"] = "Tags in the newsroom: suggestions while typing, renaming and merging.",
        ["Manage authors"] = "Authors (tác giả) items credit: listing for any staff, creating, changing and removing for editors.",
        ["Reports"] = "The royalty (nhuận bút) report of a period, as JSON and as CSV for Excel (editors and admins).",
        ["Manage featured"] = "Placing items on the home page and section front pages.",
        ["Manage counters"] = "Importing figures carried over from an earlier portal (admins).",
        ["Manage media"] = "Uploading images, describing them, listing and removing them.",
        ["Manage users"] = "Staff accounts and their roles (admins).",
        ["Manage webhooks"] = "Subscriptions that receive signed events when content changes, and their delivery log.",
        ["Live Q&A"] = "Live online Q&A (giao lưu trực tuyến) on an interview: the session, readers' questions, and answers as they are published (server-sent events).",
        ["Manage live Q&A"] = "Running a live Q&A: the session's times, the moderation queue, and publishing each question with its answer (editors).",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Servers = [new OpenApiServer { Url = "/", Description = "The host that serves this document." }];
        var used = document.Paths.Values
            .SelectMany(path => path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .SelectMany(operation => operation.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(tag => tag.Name)
            .OfType<string>()
            .ToHashSet();
        document.Tags = new HashSet<OpenApiTag>(used.Order(StringComparer.Ordinal).Select(name => new OpenApiTag
        {
            Name = name,
            Description = Tags.GetValueOrDefault(name),
        }));
    }
}
