using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cms.Infrastructure.Changes;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>Editors correct tags: rename one for every item at once, or merge a stray spelling into the right one.</summary>
public sealed class TagCorrectionTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static long Id(JsonNode item) => (long)item["id"]!;

    private static List<string> TagNames(JsonNode item) => item["tags"]!.AsArray().Select(t => (string)t!["name"]!).ToList();

    private Task<int> LoggedChangesAsync(long id) => app.DbAsync(db => db.Set<ContentChange>().CountAsync(c => c.ContentId == id, Ct));

    private Task<DateTimeOffset> UpdatedAtAsync(long id) => app.DbAsync(db => db.ContentItems.Where(c => c.Id == id).Select(c => c.UpdatedAt).SingleAsync(Ct));

    [Fact]
    public async Task A_renamed_tag_reads_the_new_way_on_every_item_and_its_page_moves_to_the_new_slug()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var published = await editor.PublishedAsync("articles", Samples.Article("Đua ghe trên sông Maspero", "Đua ghe", "Lễ hội"));
        var draft = await editor.PostJsonAsync("/api/v1/manage/videos", Samples.Video("Phim đua ghe").WithTags("đua  ghe"));
        var before = await reader.GetAsync($"/api/v1/articles/{Id(published)}", Ct);
        Assert.Equal(200, (int)(await reader.GetAsync("/api/v1/tags/dua-ghe", Ct)).StatusCode); // cached now
        var logged = await LoggedChangesAsync(Id(published));
        var lastChanged = await UpdatedAtAsync(Id(published));

        var renamed = await editor.PostJsonAsync("/api/v1/manage/tags/dua-ghe/rename", new { name = "Đua ghe Ngo" });
        Assert.Equal("Đua ghe Ngo", (string?)renamed["name"]);
        Assert.Equal("dua-ghe-ngo", (string?)renamed["slug"]);
        Assert.Equal(2, (int)renamed["itemCount"]!);

        var after = await reader.GetAsync($"/api/v1/articles/{Id(published)}", Ct);
        Assert.Equal(["Đua ghe Ngo", "Lễ hội"], TagNames(await after.JsonAsync()).Order());
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag); // what readers get changed
        Assert.Contains("Đua ghe Ngo", TagNames(await editor.GetJsonAsync($"/api/v1/manage/videos/{Id(draft)}")));
        Assert.Equal("Đua ghe Ngo", (string?)(await reader.GetJsonAsync("/api/v1/tags/dua-ghe-ngo"))["name"]);
        Assert.Equal([Id(published)], (await reader.GetJsonAsync("/api/v1/content?tag=dua-ghe-ngo"))["items"]!.AsArray().Select(i => (long)i!["id"]!));
        // The old slug still leads there (links, feeds, apps), naming the new one.
        Assert.Equal("dua-ghe-ngo", (string?)(await reader.GetJsonAsync("/api/v1/tags/dua-ghe"))["slug"]);
        Assert.Equal([Id(published)], (await reader.GetJsonAsync("/api/v1/content?tag=dua-ghe"))["items"]!.AsArray().Select(i => (long)i!["id"]!));
        // A story typed with the old spelling gets the tag it became, not the stray again.
        var typedOld = await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Bài gõ tên cũ", "Đua ghe", "Đua ghe Ngo"));
        Assert.Equal(["Đua ghe Ngo"], TagNames(typedOld));
        Assert.False(await app.DbAsync(db => db.Tags.AnyAsync(t => t.Slug == "dua-ghe", Ct)));
        // Apps syncing their copy hear of the item; the editors' "last changed" is what editors did.
        Assert.Equal(logged + 1, await LoggedChangesAsync(Id(published)));
        Assert.Equal(lastChanged, await UpdatedAtAsync(Id(published)));

        // Only the way it is written: same slug, same items.
        var recased = await editor.PostJsonAsync("/api/v1/manage/tags/" + Uri.EscapeDataString("Đua ghe Ngo") + "/rename", new { name = "Đua Ghe Ngo" });
        Assert.Equal(("Đua Ghe Ngo", "dua-ghe-ngo", 3), ((string)recased["name"]!, (string)recased["slug"]!, (int)recased["itemCount"]!));
    }

    [Fact]
    public async Task A_rename_onto_another_tag_an_unknown_tag_or_a_name_without_letters_is_refused_and_changes_nothing()
    {
        using var editor = await app.EditorAsync();
        await editor.PublishedAsync("articles", Samples.Article("Bài có hai từ khoá", "Kinh tế biển", "Kinh tế"));

        var taken = await editor.PostAsJsonAsync("/api/v1/manage/tags/kinh-te-bien/rename", new { name = "Kinh Tế" }, Ct);
        Assert.Contains("merge", (string?)(await taken.AssertProblemAsync(409))["detail"], StringComparison.Ordinal);
        await (await editor.PostAsJsonAsync("/api/v1/manage/tags/khong-co/rename", new { name = "Mới" }, Ct)).AssertProblemAsync(404);
        Assert.Contains("name", await (await editor.PostAsJsonAsync("/api/v1/manage/tags/kinh-te-bien/rename", new { name = "!!!" }, Ct)).AssertValidationErrorsAsync());
        Assert.Equal(["kinh-te", "kinh-te-bien"], await app.DbAsync(db => db.Tags.Where(t => t.Slug.StartsWith("kinh-te")).Select(t => t.Slug).OrderBy(s => s).ToListAsync(Ct)));

        using var author = await app.UserAsync("author");
        Assert.Equal(403, (int)(await author.PostAsJsonAsync("/api/v1/manage/tags/kinh-te-bien/rename", new { name = "Biển" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_merged_tag_gives_its_items_to_the_other_once_each_and_is_gone()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var onlyStray = await editor.PublishedAsync("articles", Samples.Article("Tin một", "TP Sóc Trăng"));
        var both = await editor.PublishedAsync("articles", Samples.Article("Tin hai", "TP Sóc Trăng", "Thành phố Sóc Trăng"));
        var onlyRight = await editor.PublishedAsync("interviews", Samples.Interview("Phỏng vấn ba").WithTags("Thành phố Sóc Trăng"));
        Assert.Equal(2, (int)(await reader.GetJsonAsync("/api/v1/content?tag=thanh-pho-soc-trang"))["totalItems"]!); // counted and cached
        var logged = await LoggedChangesAsync(Id(both));
        var untouched = await LoggedChangesAsync(Id(onlyRight));

        var merged = await editor.PostJsonAsync("/api/v1/manage/tags/tp-soc-trang/merge", new { into = "Thành phố Sóc Trăng" });
        Assert.Equal(("Thành phố Sóc Trăng", "thanh-pho-soc-trang", 3), ((string)merged["name"]!, (string)merged["slug"]!, (int)merged["itemCount"]!));

        var list = await reader.GetJsonAsync("/api/v1/content?tag=thanh-pho-soc-trang");
        Assert.Equal(3, (int)list["totalItems"]!);
        Assert.Equal([Id(onlyStray), Id(both), Id(onlyRight)], list["items"]!.AsArray().Select(i => (long)i!["id"]!).Order());
        Assert.Equal(["Thành phố Sóc Trăng"], TagNames(await reader.GetJsonAsync($"/api/v1/articles/{Id(both)}")));
        Assert.False(await app.DbAsync(db => db.Tags.AnyAsync(t => t.Slug == "tp-soc-trang", Ct)));
        // The stray's page and feed lead to the tag kept.
        Assert.Equal("thanh-pho-soc-trang", (string?)(await reader.GetJsonAsync("/api/v1/tags/tp-soc-trang"))["slug"]);
        var feed = await reader.GetAsync("/api/v1/feeds/rss?tag=tp-soc-trang", Ct);
        Assert.Equal(200, (int)feed.StatusCode);
        Assert.Contains("/tu-khoa/thanh-pho-soc-trang</link>", await feed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(logged + 1, await LoggedChangesAsync(Id(both)));
        Assert.Equal(untouched, await LoggedChangesAsync(Id(onlyRight))); // it carried only the tag kept

        await (await editor.PostAsJsonAsync("/api/v1/manage/tags/tp-soc-trang/merge", new { into = "thanh-pho-soc-trang" }, Ct)).AssertProblemAsync(404);
        Assert.Contains("into", await (await editor.PostAsJsonAsync("/api/v1/manage/tags/thanh-pho-soc-trang/merge", new { into = "Thành phố Sóc Trăng" }, Ct)).AssertValidationErrorsAsync());
        Assert.Contains("into", await (await editor.PostAsJsonAsync("/api/v1/manage/tags/thanh-pho-soc-trang/merge", new { into = "khong-co-tu-nay" }, Ct)).AssertValidationErrorsAsync());
        Assert.Equal(3, (int)(await editor.GetJsonAsync("/api/v1/manage/tags?q=thanh pho soc trang")).AsArray().Single()!["itemCount"]!);

        // Renamed later, both old slugs follow it; taking an old slug back as a name makes it the tag's own again.
        await editor.PostJsonAsync("/api/v1/manage/tags/thanh-pho-soc-trang/rename", new { name = "TP Sóc Trăng" });
        Assert.Equal("tp-soc-trang", (string?)(await reader.GetJsonAsync("/api/v1/tags/thanh-pho-soc-trang"))["slug"]);
        Assert.Equal(["thanh-pho-soc-trang"], await app.DbAsync(db => db.TagAliases.Where(a => a.Tag!.Slug == "tp-soc-trang").Select(a => a.Slug).ToListAsync(Ct)));
    }
}
