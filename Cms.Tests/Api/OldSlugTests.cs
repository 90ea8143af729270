using System.Net;
using System.Net.Http.Json;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// An item's old slugs keep answering: links shared before an editor changed the slug open the
/// item under its current one, however the slug changed; a new item does not take an old
/// address over unless an editor asks for it by name.
/// </summary>
public sealed class OldSlugTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_renamed_item_answers_under_its_old_slug_with_its_current_one()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var item = await PublishedAsync(editor, "Bài sẽ đổi đường dẫn");
        var cached = await reader.GetAsync($"/api/v1/articles/{item.Slug}", Ct); // in the output cache under the old address

        var renamed = await RenameAsync(editor, item.Id, "bai-da-doi-duong-dan");
        var byOld = await reader.GetAsync($"/api/v1/articles/{item.Slug}", Ct);

        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byOld.StatusCode);
        var body = await byOld.BodyAsync<ItemBody>();
        Assert.Equal((item.Id, "bai-da-doi-duong-dan"), (body.Id, body.Slug));
        Assert.Equal([item.Slug], body.OldSlugs);
        Assert.Equal([item.Slug], renamed.OldSlugs);
    }

    [Fact]
    public async Task Every_old_slug_answers_newest_first_and_one_taken_back_is_current_again()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var item = await PublishedAsync(editor, "Bài đổi đường dẫn nhiều lần");
        await RenameAsync(editor, item.Id, "lan-doi-thu-nhat");
        var twice = await RenameAsync(editor, item.Id, "lan-doi-thu-hai");

        var back = await RenameAsync(editor, item.Id, item.Slug);

        Assert.Equal(["lan-doi-thu-nhat", item.Slug], twice.OldSlugs);
        Assert.Equal(["lan-doi-thu-hai", "lan-doi-thu-nhat"], back.OldSlugs);
        foreach (var slug in new[] { "lan-doi-thu-nhat", "lan-doi-thu-hai", item.Slug })
        {
            Assert.Equal(item.Slug, (await reader.GetBodyAsync<ItemBody>($"/api/v1/articles/{slug}")).Slug);
        }
    }

    [Fact]
    public async Task A_new_item_of_the_same_title_does_not_take_the_old_address_unless_asked_to()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var item = await PublishedAsync(editor, "Lễ hội Oóc Om Bóc năm nay");
        await RenameAsync(editor, item.Id, "le-hoi-oc-om-boc-2026");

        var sameTitle = await PublishedAsync(editor, "Lễ hội Oóc Om Bóc năm nay");
        var stillOld = await reader.GetBodyAsync<ItemBody>($"/api/v1/articles/{item.Slug}");
        var request = Samples.Article("Bài lấy lại đường dẫn cũ");
        request["slug"] = item.Slug;
        var claimed = (await editor.PublishedAsync("articles", request)).As<ItemBody>();
        var nowNew = await reader.GetBodyAsync<ItemBody>($"/api/v1/articles/{item.Slug}");

        Assert.Equal($"{item.Slug}-2", sameTitle.Slug);
        Assert.Equal(item.Id, stillOld.Id);
        Assert.Equal(claimed.Id, nowNew.Id);
        Assert.Empty((await editor.GetBodyAsync<ItemBody>($"/api/v1/manage/articles/{item.Id}")).OldSlugs);
    }

    [Fact]
    public async Task A_slug_changed_by_a_restored_revision_keeps_the_one_it_replaced()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var item = await PublishedAsync(editor, "Bài khôi phục đường dẫn");
        var renamed = await RenameAsync(editor, item.Id, "duong-dan-tam-thoi");
        var first = (await editor.GetBodyAsync<PageBody<RevisionIdBody>>($"/api/v1/manage/articles/{item.Id}/revisions")).Items[^1].Id;

        var restored = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Post, $"/api/v1/manage/articles/{item.Id}/revisions/{first}/restore", "{}",
            $"\"{renamed.Version}\""), Ct);

        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal(item.Slug, (await restored.BodyAsync<ItemBody>()).Slug);
        Assert.Equal(item.Slug, (await reader.GetBodyAsync<ItemBody>("/api/v1/articles/duong-dan-tam-thoi")).Slug);
    }

    [Fact]
    public async Task An_old_slug_of_an_item_readers_may_not_see_is_a_404_and_one_of_another_type_is_not_this_types()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var item = await PublishedAsync(editor, "Bài sẽ gỡ sau khi đổi đường dẫn");
        var renamed = await RenameAsync(editor, item.Id, "bai-da-go-sau-khi-doi");
        var unpublished = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Post, $"/api/v1/manage/articles/{item.Id}/unpublish", "{}",
            $"\"{renamed.Version}\""), Ct);

        var byOld = await reader.GetAsync($"/api/v1/articles/{item.Slug}", Ct);
        var asVideo = await reader.GetAsync($"/api/v1/videos/{item.Slug}", Ct);

        Assert.Equal(HttpStatusCode.OK, unpublished.StatusCode);
        await byOld.AssertProblemAsync(404);
        await asVideo.AssertProblemAsync(404);
    }

    [Fact]
    public async Task A_deleted_item_takes_its_old_slugs_along()
    {
        using var editor = await app.EditorAsync();
        var item = await PublishedAsync(editor, "Bài sẽ xoá sau khi đổi đường dẫn");
        var renamed = await RenameAsync(editor, item.Id, "bai-se-xoa-da-doi");

        var deleted = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/articles/{item.Id}", null, $"\"{renamed.Version}\""), Ct);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, await app.DbAsync(db => db.OldSlugs.CountAsync(o => o.ContentId == item.Id, Ct)));
    }

    private static async Task<ItemBody> PublishedAsync(HttpClient editor, string title) =>
        (await editor.PublishedAsync("articles", Samples.Article(title))).As<ItemBody>();

    /// <summary>The item written again with <paramref name="slug"/>, as the editor's answer shows it.</summary>
    private static async Task<ItemBody> RenameAsync(HttpClient editor, long id, string slug)
    {
        var current = await editor.GetAsync($"/api/v1/manage/articles/{id}", Ct);
        var item = await current.BodyAsync<ItemBody>();
        var request = Samples.Article(item.Title);
        request["slug"] = slug;
        var response = await editor.PutRawAsync($"/api/v1/manage/articles/{id}", request, current.Headers.ETag!.Tag);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return await response.BodyAsync<ItemBody>();
    }
}
