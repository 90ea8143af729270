using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// An item's search and share overrides (SEO title, meta description, share picture, canonical
/// URL): kept as written (NFC), shown to the public in full, carried by drafts of published
/// items and by revisions, refused when malformed, and removed when sent empty.
/// </summary>
public sealed class SeoFieldsTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("articles")]
    [InlineData("interviews")]
    [InlineData("videos")]
    public async Task The_public_item_carries_the_overrides_the_editor_set(string route)
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var request = route switch
        {
            "articles" => ArticleWithSeo("Bài có trường SEO"),
            "interviews" => Samples.Interview("Phỏng vấn có trường SEO"),
            _ => Samples.Video("Phim có trường SEO"),
        };
        request["seo"] = Samples.Seo();
        var item = (await editor.PublishedAsync(route, request)).As<ItemBody>();

        var bySlug = await reader.GetBodyAsync<ItemBody>($"/api/v1/{route}/{item.Slug}");

        Assert.Equal("Sóc Trăng: 80% hồ sơ trực tuyến", bySlug.Seo?.Title);
        Assert.StartsWith("Tỉnh Sóc Trăng đặt mục tiêu", bySlug.Seo?.Description, StringComparison.Ordinal);
        Assert.Equal("https://media.example.vn/chia-se.jpg", bySlug.Seo?.Image?.Url);
        Assert.Equal("Hội nghị chuyển đổi số", bySlug.Seo?.Image?.Alt);
        Assert.Equal("https://baogoc.example.vn/bai-viet/chuyen-doi-so", bySlug.Seo?.CanonicalUrl);
    }

    [Fact]
    public async Task An_item_without_overrides_has_none_and_blank_ones_are_none()
    {
        using var editor = await app.EditorAsync();
        var plain = ArticleWithSeo("Bài không có trường SEO");
        plain.Remove("seo");
        var blank = ArticleWithSeo("Bài có trường SEO trống");
        blank["seo"] = new { title = "  ", description = "", canonicalUrl = "" };

        var withNone = (await editor.PostJsonAsync("/api/v1/manage/articles", plain)).As<ItemBody>();
        var withBlank = (await editor.PostJsonAsync("/api/v1/manage/articles", blank)).As<ItemBody>();

        Assert.Null(withNone.Seo);
        Assert.Null(withBlank.Seo);
        Assert.Null(await app.DbAsync(db => db.Database.SqlQuery<string?>($"SELECT seo::text AS \"Value\" FROM content_items WHERE id = {withBlank.Id}").SingleAsync(Ct)));
    }

    [Fact]
    public async Task Decomposed_vietnamese_is_stored_composed()
    {
        using var editor = await app.EditorAsync();
        var request = ArticleWithSeo("Bài có tiêu đề SEO tổ hợp");
        request["seo"] = new { title = "Sóc Trăng".Normalize(NormalizationForm.FormD), description = "Chuyển đổi số".Normalize(NormalizationForm.FormD) };

        var item = (await editor.PostJsonAsync("/api/v1/manage/articles", request)).As<ItemBody>();

        Assert.Equal("Sóc Trăng".Normalize(NormalizationForm.FormC), item.Seo?.Title);
        Assert.Equal("Chuyển đổi số".Normalize(NormalizationForm.FormC), item.Seo?.Description);
    }

    [Fact]
    public async Task A_share_picture_from_the_media_library_gets_its_size()
    {
        using var editor = await app.EditorAsync();
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(Convert.FromBase64String(Battery.OnePixelPng)), "file", "chia-se.png" } };
        var media = await (await editor.PostAsync("/api/v1/manage/media", upload, Ct)).BodyAsync<MediaBody>();
        var request = ArticleWithSeo("Bài có ảnh chia sẻ trong thư viện");
        request["seo"] = new { image = new { url = media.Url } };

        var item = (await editor.PostJsonAsync("/api/v1/manage/articles", request)).As<ItemBody>();

        Assert.Equal((1, 1), (item.Seo?.Image?.Width, item.Seo?.Image?.Height));
    }

    [Fact]
    public async Task Overrides_are_replaced_by_an_update_and_removed_when_left_out()
    {
        using var editor = await app.EditorAsync();
        var created = await editor.PostAsJsonAsync("/api/v1/manage/articles", ArticleWithSeo("Bài đổi trường SEO"), Ct);
        var item = await created.BodyAsync<ItemBody>();
        var changed = ArticleWithSeo("Bài đổi trường SEO");
        changed["seo"] = new { title = "Tiêu đề mới cho tìm kiếm" };

        var updated = await (await editor.PutRawAsync($"/api/v1/manage/articles/{item.Id}", changed, created.Headers.ETag!.Tag)).BodyAsync<ItemBody>();
        changed.Remove("seo");
        var cleared = await (await editor.PutRawAsync($"/api/v1/manage/articles/{item.Id}", changed, $"\"{updated.Version}\"")).BodyAsync<ItemBody>();

        Assert.Equal(new SeoBody("Tiêu đề mới cho tìm kiếm", null, null, null), updated.Seo);
        Assert.Null(cleared.Seo);
    }

    [Fact]
    public async Task A_published_items_draft_keeps_its_own_overrides_until_it_is_published()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var item = (await editor.PublishedAsync("articles", ArticleWithSeo("Bài có bản nháp SEO"))).As<ItemBody>();
        var draft = ArticleWithSeo("Bài có bản nháp SEO");
        draft["seo"] = new { description = "Mô tả mới trong bản nháp." };

        var saved = await editor.PutRawAsync($"/api/v1/manage/articles/{item.Id}/draft", draft);
        var publicBefore = await reader.GetBodyAsync<ItemBody>($"/api/v1/articles/{item.Id}");
        var copy = await editor.GetBodyAsync<CopyBody>($"/api/v1/manage/articles/{item.Id}/draft");
        var published = await editor.PostAsync($"/api/v1/manage/articles/{item.Id}/draft/publish", null, Ct);
        var publicAfter = await reader.GetBodyAsync<ItemBody>($"/api/v1/articles/{item.Id}");

        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Sóc Trăng: 80% hồ sơ trực tuyến", publicBefore.Seo?.Title);
        Assert.Equal("Mô tả mới trong bản nháp.", copy.Content.Seo?.Description);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync(Ct));
        Assert.Equal(new SeoBody(null, "Mô tả mới trong bản nháp.", null, null), publicAfter.Seo);
    }

    [Theory]
    [InlineData("""{ "canonicalUrl": "/bai-viet/tuong-doi" }""", "seo.canonicalUrl")]
    [InlineData("""{ "canonicalUrl": "javascript:alert(1)" }""", "seo.canonicalUrl")]
    [InlineData("""{ "image": { "url": "data:image/png;base64,AAAA" } }""", "seo.image.url")]
    [InlineData("""{ "image": { "alt": "không có địa chỉ" } }""", "seo.image.url")]
    public async Task A_malformed_override_is_a_400_naming_it_and_saves_nothing(string seo, string key)
    {
        using var editor = await app.EditorAsync();
        var before = await Battery.FingerprintAsync(app, Ct);
        var request = JsonNode.Parse(JsonSerializer.Serialize(ArticleWithSeo("Bài SEO sai")))!.AsObject();
        request["seo"] = JsonNode.Parse(seo);

        var response = await editor.PostRawAsync("/api/v1/manage/articles", request.ToJsonString());

        Assert.Contains(key, await response.AssertValidationErrorsAsync());
        Assert.Equal(before, await Battery.FingerprintAsync(app, Ct));
    }

    [Theory]
    [InlineData("title", 201)]
    [InlineData("description", 501)]
    public async Task An_override_longer_than_its_limit_is_a_400(string field, int length)
    {
        using var editor = await app.EditorAsync();
        var request = ArticleWithSeo("Bài SEO quá dài");
        request["seo"] = new Dictionary<string, string> { [field] = new('ă', length) };

        var response = await editor.PostAsJsonAsync("/api/v1/manage/articles", request, Ct);

        Assert.Contains($"seo.{field}", await response.AssertValidationErrorsAsync());
    }

    [Fact]
    public async Task A_restored_revision_brings_back_its_overrides()
    {
        using var editor = await app.EditorAsync();
        var created = await editor.PostAsJsonAsync("/api/v1/manage/articles", ArticleWithSeo("Bài khôi phục SEO"), Ct);
        var item = await created.BodyAsync<ItemBody>();
        var changed = ArticleWithSeo("Bài khôi phục SEO");
        changed.Remove("seo");
        var updated = await editor.PutRawAsync($"/api/v1/manage/articles/{item.Id}", changed, created.Headers.ETag!.Tag);
        var first = (await editor.GetBodyAsync<PageBody<RevisionIdBody>>($"/api/v1/manage/articles/{item.Id}/revisions")).Items[^1].Id;

        var restored = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Post, $"/api/v1/manage/articles/{item.Id}/revisions/{first}/restore", "{}",
            updated.Headers.ETag!.Tag), Ct);

        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal("Sóc Trăng: 80% hồ sơ trực tuyến", (await restored.BodyAsync<ItemBody>()).Seo?.Title);
    }

    private static Dictionary<string, object?> ArticleWithSeo(string title)
    {
        var article = Samples.Article(title);
        article["seo"] = Samples.Seo();
        return article;
    }

    private sealed record CopyBody(ItemBody Content);
}
