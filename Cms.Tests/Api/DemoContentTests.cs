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

    [Fact]
    public void The_seed_page_is_read_into_its_parts()
    {
        Assert.Equal(520, Page.ViewCount);
        Assert.Equal("Năm 2024, Đảng bộ thành phố Sóc Trăng tập trung hoàn thiện các tiêu chí đô thị loại I", Page.Title);
        Assert.StartsWith("Trong không khí rộn ràng đón Xuân Giáp Thìn 2024", Page.Lead, StringComparison.Ordinal);
        Assert.Equal("Nguyễn Văn Quận", Page.IntervieweeName);
        Assert.Equal("Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Sóc Trăng", Page.IntervieweePosition);
        Assert.StartsWith("Đồng chí Nguyễn văn Quận - ", Page.PhotoCaption, StringComparison.Ordinal);
        Assert.Equal(3, Page.Exchanges.Count);
        Assert.StartsWith("Thưa đồng chí, nhìn lại năm 2023", Page.Exchanges[0].Question, StringComparison.Ordinal);
        Assert.StartsWith("Năm 2023, tình hình kinh tế - xã hội", Page.Exchanges[0].Answer, StringComparison.Ordinal);
        Assert.Equal(6, Page.Exchanges[0].Answer.Split("\n\n").Length);
        Assert.Equal(4, Page.Exchanges[1].Answer.Split("\n\n").Length);
        Assert.Equal(7, Page.Exchanges[2].Answer.Split("\n\n").Length);
        Assert.All(Page.Exchanges, e => Assert.DoesNotContain("Đồng chí Nguyễn Văn Quận:", e.Answer, StringComparison.Ordinal));
        Assert.Equal("Xin cảm ơn đồng chí!", Page.Closing);
        Assert.Equal("Lê Vũ", Page.Byline);
        Assert.Equal(3, Page.VideoTitles.Count);
        Assert.Equal("Phát biểu của đồng chí Lâm Tấn Hòa", Page.VideoTitles[0]);
        Assert.Equal(new SeedStatistics(97, 5943, 87540, 12418789), Page.Statistics);
    }

    [Fact]
    public async Task The_seed_interview_is_served_with_every_question_and_answer()
    {
        using var reader = app.Anonymous();
        var list = await reader.GetJsonAsync("/api/v1/interviews");
        var slug = (string)list["items"]![0]!["slug"]!;
        var interview = await reader.GetJsonAsync($"/api/v1/interviews/{slug}");

        Assert.Equal(Page.Title, (string?)interview["title"]);
        Assert.Equal(Page.Lead, (string?)interview["summary"]);
        Assert.Equal(520, (long)interview["viewCount"]!);
        Assert.Equal("Lê Vũ", (string?)interview["author"]);
        Assert.Equal("Nguyễn Văn Quận", (string?)interview["interviewee"]!["name"]);
        Assert.Equal(Page.PhotoCaption, (string?)interview["interviewee"]!["portrait"]!["caption"]);
        var exchanges = interview["exchanges"]!.AsArray();
        Assert.Equal(Page.Exchanges.Select(e => e.Question), exchanges.Select(e => (string)e!["question"]!));
        Assert.Equal(Page.Exchanges.Select(e => e.Answer), exchanges.Select(e => (string)e!["answer"]!));
        Assert.All(exchanges, e => Assert.Equal("Nguyễn Văn Quận", (string?)e!["speaker"]));
        Assert.Equal("Xin cảm ơn đồng chí!", (string?)interview["closing"]);
        Assert.Equal("phong-van", (string?)interview["category"]!["slug"]);
    }

    [Fact]
    public async Task The_seed_pages_videos_head_the_documentary_list_and_fill_numbered_pages()
    {
        using var reader = app.Anonymous();
        var firstPage = await reader.GetJsonAsync("/api/v1/videos?pageSize=3");
        Assert.Equal(Page.VideoTitles, firstPage["items"]!.AsArray().Select(v => (string)v!["title"]!));
        Assert.True((int)firstPage["totalPages"]! >= 5, "The seed page shows at least five pages of videos.");

        var video = await reader.GetJsonAsync($"/api/v1/videos/{(long)firstPage["items"]![0]!["id"]!}");
        Assert.Equal("file", (string?)video["source"]!["kind"]);
        var clip = await reader.GetAsync((string)video["source"]!["value"]!, Ct);
        Assert.Equal(200, (int)clip.StatusCode);
        Assert.Equal("video/webm", clip.Content.Headers.ContentType?.MediaType);
        var thumbnail = await reader.GetAsync((string)video["coverImage"]!["url"]!, Ct);
        Assert.Equal(200, (int)thumbnail.StatusCode);
    }

    [Fact]
    public async Task Articles_fill_several_pages_in_two_or_more_sections()
    {
        using var reader = app.Anonymous();
        var tree = (await reader.GetJsonAsync("/api/v1/categories")).AsArray();
        var sectionsWithPages = 0;
        foreach (var section in tree)
        {
            var list = await reader.GetJsonAsync($"/api/v1/articles?category={(string)section!["slug"]!}&pageSize=10");
            if ((int)list["totalPages"]! >= 2)
            {
                sectionsWithPages++;
            }
        }

        Assert.True(sectionsWithPages >= 2, $"Only {sectionsWithPages} sections have more than one page of articles.");
        var home = await reader.GetJsonAsync("/api/v1/content?pageSize=50");
        Assert.Equal(["article", "interview", "video"], home["items"]!.AsArray().Select(i => (string)i!["type"]!).Distinct().Order());
        Assert.All(home["items"]!.AsArray(), i => Assert.False(string.IsNullOrWhiteSpace((string?)i!["title"])));
    }

    [Fact]
    public async Task The_home_page_is_led_by_the_seed_interview_then_the_featured_articles()
    {
        using var reader = app.Anonymous();
        var featured = (await reader.GetJsonAsync("/api/v1/featured"))["items"]!.AsArray();
        Assert.Equal(
            [Page.Title, "Gạo ST25 lần thứ hai đoạt giải Gạo ngon nhất thế giới, nông dân Sóc Trăng phấn khởi", "Sôi nổi Lễ hội Óoc Om Bóc - Đua ghe Ngo Sóc Trăng năm 2023"],
            featured.Select(i => (string)i!["title"]!));
        Assert.Equal(["interview", "article", "article"], featured.Select(i => (string)i!["type"]!));
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        var before = await app.DbAsync(db => db.ContentItems.CountAsync(Ct));
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var seeded = await scope.ServiceProvider.GetRequiredService<DemoContentSeeder>().SeedAsync(Ct);
        Assert.False(seeded);
        Assert.Equal(before, await app.DbAsync(db => db.ContentItems.CountAsync(Ct)));
        Assert.True(before > 40);
    }

    [Fact]
    public async Task All_demo_text_is_NFC()
    {
        var texts = await app.DbAsync(db => db.ContentItems.Select(c => c.Title + c.Summary + c.Author).ToListAsync(Ct));
        Assert.All(texts, t => Assert.True(t.IsNormalized(System.Text.NormalizationForm.FormC)));
    }

    public sealed class App : CmsApp
    {
        protected override bool DemoContent => true;
    }
}
