using System.Text.Json.Nodes;
using Cms.Infrastructure.Seeding;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Api;

/// <summary>The demo content a new installation starts with, checked against the real seed page.</summary>
public sealed class DemoContentTests(DemoContentTests.App app) : IClassFixture<DemoContentTests.App>
{
    private static readonly SeedPage Page = SeedPage.Parse(DemoResources.Read("seed-page.txt"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // --- The seed page, as read ---------------------------------------------------------------

    [Fact]
    public void The_seed_pages_title_lead_and_view_count_are_read()
    {
        Assert.Equal(520, Page.ViewCount);
        Assert.Equal("Năm 2024, Đảng bộ thành phố Sóc Trăng tập trung hoàn thiện các tiêu chí đô thị loại I", Page.Title);
        Assert.StartsWith("Trong không khí rộn ràng đón Xuân Giáp Thìn 2024", Page.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_pages_interviewee_and_photo_caption_are_read()
    {
        Assert.Equal("Nguyễn Văn Quận", Page.IntervieweeName);
        Assert.Equal("Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Sóc Trăng", Page.IntervieweePosition);
        Assert.StartsWith("Đồng chí Nguyễn văn Quận - ", Page.PhotoCaption, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_pages_exchanges_are_read_question_and_answer_paragraph_by_paragraph()
    {
        Assert.Equal(3, Page.Exchanges.Count);
        Assert.StartsWith("Thưa đồng chí, nhìn lại năm 2023", Page.Exchanges[0].Question, StringComparison.Ordinal);
        Assert.StartsWith("Năm 2023, tình hình kinh tế - xã hội", Page.Exchanges[0].Answer, StringComparison.Ordinal);
        Assert.Equal(6, Page.Exchanges[0].Answer.Split("\n\n").Length);
        Assert.Equal(4, Page.Exchanges[1].Answer.Split("\n\n").Length);
        Assert.Equal(7, Page.Exchanges[2].Answer.Split("\n\n").Length);
    }

    [Fact]
    public void The_seed_pages_answers_are_read_without_the_speakers_name()
    {
        Assert.All(Page.Exchanges, e => Assert.DoesNotContain("Đồng chí Nguyễn Văn Quận:", e.Answer, StringComparison.Ordinal));
    }

    [Fact]
    public void The_seed_pages_closing_line_and_byline_are_read()
    {
        Assert.Equal("Xin cảm ơn đồng chí!", Page.Closing);
        Assert.Equal("Lê Vũ", Page.Byline);
    }

    [Fact]
    public void The_seed_pages_video_titles_are_read()
    {
        Assert.Equal(3, Page.VideoTitles.Count);
        Assert.Equal("Phát biểu của đồng chí Lâm Tấn Hòa", Page.VideoTitles[0]);
    }

    [Fact]
    public void The_seed_pages_site_statistics_are_read()
    {
        Assert.Equal(new SeedStatistics(97, 5943, 87540, 12418789), Page.Statistics);
    }

    // --- The seed interview, as served --------------------------------------------------------

    [Fact]
    public async Task The_seed_interview_is_served_with_its_title_lead_views_byline_section_and_closing()
    {
        var json = await SeedInterviewAsync();
        var item = json.As<ItemBody>();

        Assert.Equal(Page.Title, item.Title);
        Assert.Equal(Page.Lead, item.Summary);
        Assert.Equal(520, item.ViewCount);
        Assert.Equal("Lê Vũ", item.Author);
        Assert.Equal("phong-van", item.Category?.Slug);
        Assert.Equal("Xin cảm ơn đồng chí!", json.As<InterviewBody>().Closing);
    }

    [Fact]
    public async Task The_demo_bylines_are_people_with_pages_the_seed_interview_by_le_vu()
    {
        using var reader = app.Anonymous();
        var interview = (await SeedInterviewAsync()).As<ItemBody>();

        var page = await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/authors/le-vu/items");
        var video = (await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/videos")).Items[0];

        var credit = Assert.Single(interview.Credits);
        Assert.Equal(("Lê Vũ", "le-vu", "text"), (credit.Author.Name, credit.Author.Slug, credit.Role));
        Assert.Contains(page.Items, i => i.Id == interview.Id);
        Assert.Equal("video", Assert.Single(video.Credits).Role);
    }

    [Fact]
    public async Task The_seed_interview_is_served_with_its_interviewee_and_portrait_caption()
    {
        var interview = (await SeedInterviewAsync()).As<InterviewBody>();

        Assert.Equal("Nguyễn Văn Quận", interview.Interviewee.Name);
        Assert.Equal(Page.PhotoCaption, interview.Interviewee.Portrait?.Caption);
    }

    [Fact]
    public async Task The_seed_interview_is_served_with_every_question_and_answer_by_the_interviewee()
    {
        var exchanges = (await SeedInterviewAsync()).As<InterviewBody>().Exchanges;

        Assert.Equal(Page.Exchanges.Select(e => e.Question), exchanges.Select(e => e.Question));
        Assert.Equal(Page.Exchanges.Select(e => e.Answer), exchanges.Select(e => e.Answer));
        Assert.All(exchanges, e => Assert.Equal("Nguyễn Văn Quận", e.Speaker));
    }

    // --- Videos -------------------------------------------------------------------------------

    [Fact]
    public async Task The_seed_pages_videos_head_the_documentary_list()
    {
        using var reader = app.Anonymous();

        var firstPage = await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/videos?pageSize=3");

        Assert.Equal(Page.VideoTitles, firstPage.Items.Select(v => v.Title));
    }

    [Fact]
    public async Task The_documentary_list_fills_at_least_five_numbered_pages()
    {
        using var reader = app.Anonymous();

        var firstPage = await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/videos?pageSize=3");

        Assert.True(firstPage.TotalPages >= 5, "The seed page shows at least five pages of videos.");
    }

    [Fact]
    public async Task A_seed_video_plays_from_a_webm_file_the_api_serves()
    {
        using var reader = app.Anonymous();
        var video = await FirstVideoAsync(reader);

        var clip = await reader.GetAsync(video.As<VideoBody>().Source.Value, Ct);

        Assert.Equal("file", video.As<VideoBody>().Source.Kind);
        Assert.Equal(200, (int)clip.StatusCode);
        Assert.Equal("video/webm", clip.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_seed_videos_thumbnail_is_served()
    {
        using var reader = app.Anonymous();
        var video = await FirstVideoAsync(reader);

        var thumbnail = await reader.GetAsync(video.As<ItemBody>().CoverImage!.Url, Ct);

        Assert.Equal(200, (int)thumbnail.StatusCode);
    }

    // --- Articles and the home page -----------------------------------------------------------

    [Fact]
    public async Task Articles_fill_several_pages_in_two_or_more_sections()
    {
        using var reader = app.Anonymous();
        var tree = await reader.GetBodyAsync<List<SectionNodeBody>>("/api/v1/categories");
        var sectionsWithPages = 0;
        foreach (var section in tree)
        {
            var list = await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/articles?category={section.Slug}&pageSize=10");
            if (list.TotalPages >= 2)
            {
                sectionsWithPages++;
            }
        }

        Assert.True(sectionsWithPages >= 2, $"Only {sectionsWithPages} sections have more than one page of articles.");
    }

    [Fact]
    public async Task The_home_list_mixes_all_four_types()
    {
        using var reader = app.Anonymous();

        var home = await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/content?pageSize=50");

        Assert.Equal(["article", "interview", "photoStory", "video"], home.Items.Select(i => i.Type).Distinct().Order());
    }

    [Fact]
    public async Task Every_item_on_the_home_list_has_a_title()
    {
        using var reader = app.Anonymous();

        var home = await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/content?pageSize=50");

        Assert.All(home.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Title)));
    }

    [Fact]
    public async Task The_home_page_is_led_by_the_seed_interview_then_the_featured_articles()
    {
        using var reader = app.Anonymous();

        var featured = (await reader.GetBodyAsync<FeaturedBody>("/api/v1/featured")).Items;

        Assert.Equal(
            [Page.Title, "Gạo ST25 lần thứ hai đoạt giải Gạo ngon nhất thế giới, nông dân Sóc Trăng phấn khởi", "Sôi nổi Lễ hội Óoc Om Bóc - Đua ghe Ngo Sóc Trăng năm 2023"],
            featured.Select(i => i.Title));
        Assert.Equal(["interview", "article", "article"], featured.Select(i => i.Type));
    }

    [Fact]
    public async Task The_demo_has_a_photo_story_of_its_own_pictures_each_served()
    {
        using var reader = app.Anonymous();
        var row = Assert.Single((await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/photo-stories")).Items);

        var story = await reader.GetBodyAsync<PhotoStoryBody>($"/api/v1/photo-stories/{row.Slug}");

        Assert.Equal(3, story.Photos.Count);
        Assert.All(story.Photos, p => Assert.False(string.IsNullOrEmpty(p.Image.Caption)));
        foreach (var photo in story.Photos)
        {
            Assert.Equal(200, (int)(await reader.GetAsync(photo.Image.Url, Ct)).StatusCode);
        }
    }

    // --- The seed itself ----------------------------------------------------------------------

    [Fact]
    public async Task A_new_installation_starts_with_more_than_forty_items()
    {
        Assert.True(await app.DbAsync(db => db.ContentItems.CountAsync(Ct)) > 40);
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        var before = await app.DbAsync(db => db.ContentItems.CountAsync(Ct));
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var seeded = await scope.ServiceProvider.GetRequiredService<DemoContentSeeder>().SeedAsync(Ct);
        Assert.False(seeded);
        Assert.Equal(before, await app.DbAsync(db => db.ContentItems.CountAsync(Ct)));
    }

    [Fact]
    public async Task All_demo_text_is_NFC()
    {
        var texts = await app.DbAsync(db => db.ContentItems.Select(c => c.Title + c.Summary + c.Author).ToListAsync(Ct));
        Assert.All(texts, t => Assert.True(t.IsNormalized(System.Text.NormalizationForm.FormC)));
    }

    /// <summary>The seed interview, found as the newest on the interview list, read in full (JSON, to read both as ItemBody and as InterviewBody).</summary>
    private async Task<JsonNode> SeedInterviewAsync()
    {
        using var reader = app.Anonymous();
        var slug = (await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/interviews")).Items[0].Slug;
        return await reader.GetJsonAsync($"/api/v1/interviews/{slug}");
    }

    /// <summary>The first video of the documentary list, read in full (JSON, to read both as ItemBody and as VideoBody).</summary>
    private static async Task<JsonNode> FirstVideoAsync(HttpClient reader)
    {
        var id = (await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/videos?pageSize=3")).Items[0].Id;
        return await reader.GetJsonAsync($"/api/v1/videos/{id}");
    }

    public sealed class App : CmsApp
    {
        protected override bool DemoContent => true;
    }
}
