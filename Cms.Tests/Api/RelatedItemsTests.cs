using Cms.Infrastructure.Changes;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// "Tin liên quan": up to four stories under each item, editors' pins first, then those sharing
/// the most tags, then the same section, the most recent first; never a draft. Each test makes
/// its own tags and section, so what another test publishes never relates to its items.
/// </summary>
public sealed class RelatedItemsTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Tag names no other test uses.</summary>
    private static string[] NewTags(int count) => Enumerable.Range(0, count).Select(_ => $"Chủ đề {Guid.NewGuid():N}"[..20]).ToArray();

    private static async Task<int> NewSectionAsync(HttpClient editor) =>
        (await editor.PostBodyAsync<SectionBody>("/api/v1/manage/categories", new { name = $"Chuyên mục {Guid.NewGuid():N}"[..22] })).Id;

    private static Dictionary<string, object?> Article(string title, int? section, params string[] tags)
    {
        var request = Samples.Article(title, tags);
        request["categoryId"] = section;
        return request;
    }

    private static async Task<long> PublishedAsync(HttpClient editor, string title, int? section, params string[] tags) =>
        (await editor.PublishedAsync("articles", Article(title, section, tags))).As<ItemBody>().Id;

    private static async Task<long> DraftAsync(HttpClient editor, string title, int? section, params string[] tags) =>
        (await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Article(title, section, tags))).Id;

    private static async Task<long[]> RelatedAsync(HttpClient reader, long id) =>
        (await reader.GetBodyAsync<RelatedBody>($"/api/v1/articles/{id}/related")).Items.Select(i => i.Id).ToArray();

    private static Task<HttpResponseMessage> PinAsync(HttpClient client, long id, params long[] itemIds) =>
        client.PutRawAsync($"/api/v1/manage/articles/{id}/related", new { itemIds });

    private Task<long[]> StoredPinsAsync(long id) =>
        app.DbAsync(db => db.RelatedPins.AsNoTracking().Where(p => p.ContentId == id).OrderBy(p => p.Position).Select(p => p.RelatedId).ToArrayAsync(Ct));

    // --- What readers see, without pins ------------------------------------------------------

    [Fact]
    public async Task Items_sharing_more_tags_come_before_newer_ones_sharing_fewer()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var tags = NewTags(3);
        var three = await PublishedAsync(editor, "Ba chủ đề chung", null, tags);
        var two = await PublishedAsync(editor, "Hai chủ đề chung", null, tags[0], tags[1]);
        var one = await PublishedAsync(editor, "Một chủ đề chung", null, tags[2]);
        var item = await PublishedAsync(editor, "Bài gốc", null, tags);

        Assert.Equal([three, two, one], await RelatedAsync(reader, item));
    }

    [Fact]
    public async Task Among_items_sharing_as_many_tags_those_of_the_same_section_come_first_then_the_section_alone()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var tag = NewTags(1);
        var (section, other) = (await NewSectionAsync(editor), await NewSectionAsync(editor));
        var sameSection = await PublishedAsync(editor, "Cùng chuyên mục, cùng chủ đề", section, tag);
        var otherSection = await PublishedAsync(editor, "Khác chuyên mục, cùng chủ đề", other, tag);
        var sectionOnly = await PublishedAsync(editor, "Cùng chuyên mục, không chủ đề", section);
        await PublishedAsync(editor, "Không liên quan", other);
        var item = await PublishedAsync(editor, "Bài gốc", section, tag);

        Assert.Equal([sameSection, otherSection, sectionOnly], await RelatedAsync(reader, item));
    }

    [Fact]
    public async Task Among_equals_the_most_recent_come_first_and_at_most_four()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var tag = NewTags(1);
        var published = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            published.Add(await PublishedAsync(editor, $"Tin số {i}", null, tag));
        }

        var item = await PublishedAsync(editor, "Bài gốc", null, tag);

        Assert.Equal(published.AsEnumerable().Reverse().Take(4), await RelatedAsync(reader, item));
    }

    [Fact]
    public async Task Drafts_items_scheduled_for_later_and_the_item_itself_never_appear()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var tag = NewTags(1);
        var section = await NewSectionAsync(editor);
        await DraftAsync(editor, "Bản nháp", section, tag);
        var later = await DraftAsync(editor, "Đăng tuần sau", section, tag);
        await editor.PostJsonAsync($"/api/v1/manage/articles/{later}/schedule", new { publishAt = DateTimeOffset.UtcNow.AddDays(7) });
        var shown = await PublishedAsync(editor, "Đã đăng", section, tag);
        var item = await PublishedAsync(editor, "Bài gốc", section, tag);

        Assert.Equal([shown], await RelatedAsync(reader, item));
    }

    [Fact]
    public async Task A_batch_gives_each_public_item_its_list_as_the_single_route_does_pins_included_and_names_the_rest_missing()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var tags = NewTags(2);
        var section = await NewSectionAsync(editor);
        var two = await PublishedAsync(editor, "Hai chủ đề chung", null, tags);
        var one = await PublishedAsync(editor, "Một chủ đề chung", section, tags[0]);
        var first = await PublishedAsync(editor, "Bài gốc thứ nhất", section, tags);
        var second = await PublishedAsync(editor, "Bài gốc thứ hai", null, tags[1]);
        var alone = await PublishedAsync(editor, "Bài không liên quan", null, NewTags(1));
        var pinned = await PublishedAsync(editor, "Bài được ghim", null);
        await PinAsync(editor, second, pinned);
        var draft = await DraftAsync(editor, "Bản nháp", section, tags);
        var video = (await editor.PublishedAsync("videos", Samples.Video("Video trong lô"))).As<ItemBody>().Id;

        var batch = await reader.GetBodyAsync<RelatedBatchBody>(
            $"/api/v1/articles/batch/related?ids={second}&ids={draft}&ids={first}&ids={alone}&ids={video}&ids=987654321");

        Assert.Equal([second, first, alone], batch.Items.Select(i => i.Id));
        foreach (var entry in batch.Items)
        {
            Assert.Equal(await RelatedAsync(reader, entry.Id), entry.Items.Select(i => i.Id));
        }

        Assert.Equal([pinned, first, two], batch.Items[0].Items.Select(i => i.Id));
        Assert.Empty(batch.Items[2].Items);
        Assert.Equal([draft, video, 987654321L], batch.Missing);
        await (await reader.GetAsync("/api/v1/articles/batch/related", Ct)).AssertProblemAsync(400);
    }

    [Fact]
    public async Task Items_of_every_type_relate()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var tag = NewTags(1);
        var video = (await editor.PublishedAsync("videos", Samples.Video("Phim tư liệu").WithTags(tag))).As<ItemBody>().Id;
        var item = await PublishedAsync(editor, "Bài gốc", null, tag);

        var related = await reader.GetBodyAsync<RelatedBody>($"/api/v1/articles/{item}/related");

        Assert.Equal([video], related.Items.Select(i => i.Id));
        Assert.Equal("video", related.Items[0].Type);
        Assert.Equal([item], (await reader.GetBodyAsync<RelatedBody>($"/api/v1/videos/{video}/related")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task An_item_is_found_by_its_slug_and_an_unknown_or_unpublished_item_is_a_404()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var draft = await DraftAsync(editor, "Chưa đăng", null);
        var published = (await editor.PublishedAsync("articles", Article("Đã đăng bài", null))).As<ItemBody>();

        Assert.Equal(200, (int)(await reader.GetAsync($"/api/v1/articles/{published.Slug}/related", Ct)).StatusCode);
        await (await reader.GetAsync($"/api/v1/articles/{draft}/related", Ct)).AssertProblemAsync(404);
        await (await reader.GetAsync("/api/v1/articles/khong-co-bai-nay/related", Ct)).AssertProblemAsync(404);
        await (await reader.GetAsync($"/api/v1/videos/{published.Id}/related", Ct)).AssertProblemAsync(404); // not a video
    }

    [Fact]
    public async Task The_list_has_an_etag_and_a_matching_if_none_match_is_a_304()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var item = await PublishedAsync(editor, "Bài gốc", null, NewTags(1));
        var first = await reader.GetAsync($"/api/v1/articles/{item}/related", Ct);
        Assert.StartsWith("public", first.Headers.CacheControl!.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/articles/{item}/related");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal(304, (int)(await reader.SendAsync(again, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_cached_list_is_evicted_when_an_item_is_published_elsewhere()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var tag = NewTags(1);
        var item = await PublishedAsync(editor, "Bài gốc", null, tag);
        Assert.Empty(await RelatedAsync(reader, item)); // cached now

        var newer = await PublishedAsync(editor, "Tin mới cùng chủ đề", null, tag);

        Assert.Equal([newer], await RelatedAsync(reader, item));
    }

    // --- Editors' pins ------------------------------------------------------------------------

    [Fact]
    public async Task Pins_come_first_in_their_order_then_the_rest_without_repeating_a_pin()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var tag = NewTags(1);
        var older = await PublishedAsync(editor, "Cũ cùng chủ đề", null, tag);
        var newer = await PublishedAsync(editor, "Mới cùng chủ đề", null, tag);
        var unrelated = await PublishedAsync(editor, "Không chung gì", null, NewTags(1));
        var item = await PublishedAsync(editor, "Bài gốc", null, tag);
        Assert.Equal([newer, older], await RelatedAsync(reader, item)); // cached now

        var saved = await PinAsync(editor, item, unrelated, older);

        Assert.Equal(200, (int)saved.StatusCode);
        var managed = await saved.BodyAsync<RelatedPinsBody>();
        Assert.Equal([unrelated, older], managed.Pins.Select(p => p.Item.Id));
        Assert.Equal([unrelated, older, newer], managed.Shown.Select(i => i.Id));
        Assert.Equal([unrelated, older, newer], await RelatedAsync(reader, item));
        Assert.Equal([unrelated, older], await StoredPinsAsync(item));
    }

    [Fact]
    public async Task A_pinned_draft_waits_and_shows_in_its_place_once_published()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var tag = NewTags(1);
        var draft = await DraftAsync(editor, "Bản nháp được ghim", null);
        var other = await PublishedAsync(editor, "Cùng chủ đề", null, tag);
        var item = await PublishedAsync(editor, "Bài gốc", null, tag);

        var managed = await (await PinAsync(editor, item, draft)).BodyAsync<RelatedPinsBody>();
        Assert.Equal([false], managed.Pins.Select(p => p.IsPublic));
        Assert.Equal([other], await RelatedAsync(reader, item));

        await editor.PostJsonAsync($"/api/v1/manage/articles/{draft}/publish", new { });

        Assert.Equal([draft, other], await RelatedAsync(reader, item));
    }

    [Fact]
    public async Task A_pinned_item_that_is_unpublished_drops_out_for_readers_but_stays_pinned()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var pinned = await PublishedAsync(editor, "Sẽ bị gỡ", null);
        var item = await PublishedAsync(editor, "Bài gốc", null);
        await PinAsync(editor, item, pinned);
        Assert.Equal([pinned], await RelatedAsync(reader, item));

        await editor.PostJsonAsync($"/api/v1/manage/articles/{pinned}/unpublish", new { });

        Assert.Empty(await RelatedAsync(reader, item));
        var managed = await editor.GetBodyAsync<RelatedPinsBody>($"/api/v1/manage/articles/{item}/related");
        Assert.Equal([(pinned, false)], managed.Pins.Select(p => (p.Item.Id, p.IsPublic)));
    }

    [Fact]
    public async Task Saving_pins_names_the_item_in_the_changes_feed_so_its_page_is_rebuilt()
    {
        using var editor = await app.EditorAsync();
        var pinned = await PublishedAsync(editor, "Được ghim", null);
        var item = await PublishedAsync(editor, "Bài gốc", null);
        var before = await app.DbAsync(db => db.Set<ContentChange>().CountAsync(c => c.ContentId == item, Ct));

        await PinAsync(editor, item, pinned);

        Assert.Equal(before + 1, await app.DbAsync(db => db.Set<ContentChange>().CountAsync(c => c.ContentId == item, Ct)));
    }

    [Fact]
    public async Task Pins_go_when_either_item_is_deleted()
    {
        using var editor = await app.EditorAsync();
        var (a, b, c) = (await PublishedAsync(editor, "Một", null), await PublishedAsync(editor, "Hai", null), await PublishedAsync(editor, "Ba", null));
        await PinAsync(editor, a, b, c);
        await PinAsync(editor, b, a);

        var deleted = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/articles/{a}", null, "*"), Ct);

        Assert.Equal(204, (int)deleted.StatusCode);
        Assert.Empty(await StoredPinsAsync(a));
        Assert.Empty(await StoredPinsAsync(b));
    }

    [Fact]
    public async Task Bad_pins_are_a_400_naming_the_entry_and_change_nothing()
    {
        using var editor = await app.EditorAsync();
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await PublishedAsync(editor, $"Bài {i}", null));
        }

        var item = ids[0];
        await PinAsync(editor, item, ids[1]);

        Assert.Contains("itemIds", await (await PinAsync(editor, item, ids[1], ids[2], ids[3], ids[4], 1)).AssertValidationErrorsAsync()); // five
        Assert.Contains("itemIds[1]", await (await PinAsync(editor, item, ids[2], ids[2])).AssertValidationErrorsAsync());
        Assert.Contains("itemIds[0]", await (await PinAsync(editor, item, item)).AssertValidationErrorsAsync());
        Assert.Contains("itemIds[1]", await (await PinAsync(editor, item, ids[2], 987654321)).AssertValidationErrorsAsync());
        Assert.Contains("itemIds", await (await editor.PutRawAsync($"/api/v1/manage/articles/{item}/related", new { })).AssertValidationErrorsAsync());
        Assert.Equal([ids[1]], await StoredPinsAsync(item));
    }

    [Fact]
    public async Task Pinning_under_an_unknown_item_or_one_of_another_type_is_a_404()
    {
        using var editor = await app.EditorAsync();
        var item = await PublishedAsync(editor, "Bài gốc", null);

        await (await PinAsync(editor, 987654321, item)).AssertProblemAsync(404);
        await (await editor.PutRawAsync($"/api/v1/manage/videos/{item}/related", new { itemIds = Array.Empty<long>() })).AssertProblemAsync(404);
        await (await editor.GetAsync("/api/v1/manage/articles/987654321/related", Ct)).AssertProblemAsync(404);
    }

    [Fact]
    public async Task Authors_pin_under_their_own_drafts_only_as_they_edit_them()
    {
        using var editor = await app.EditorAsync();
        using var author = await app.UserAsync("author");
        var other = await PublishedAsync(editor, "Bài của biên tập viên", null);
        var own = (await author.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bản nháp của phóng viên"))).Id;

        Assert.Equal(200, (int)(await PinAsync(author, own, other)).StatusCode);
        await (await PinAsync(author, other, own)).AssertProblemAsync(403);
        Assert.Empty(await StoredPinsAsync(other));
    }
}
