using System.Net.Http.Headers;
using Cms.Api.Media;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Cms.Tests.Api;

/// <summary>
/// Crops of library images: every upload gets renditions in the original's shape and cropped to
/// 16:9, 4:3 and 1:1, at each width the frame allows, as JPEG (PNG when transparent) and WebP;
/// the crops follow the focal point an editor sets (under new addresses); every picture the API
/// returns with content lists them; and images from before crops get theirs from a command.
/// </summary>
public sealed class MediaCropTests(MediaCropTests.App app) : IClassFixture<MediaCropTests.App>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_upload_gets_each_ratio_at_each_width_its_frame_allows_in_jpeg_and_webp()
    {
        using var editor = await app.EditorAsync();

        var body = await UploadAsync(editor, Photo(1600, 900), "cho-noi.jpg");

        // 1600×900: the original's shape below 1600; 16:9 is the whole picture (1600 included); 4:3 is 1200×900, 1:1 900×900.
        (string, int, int)[] expected =
        [
            ("original", 320, 180), ("original", 800, 450),
            ("16:9", 320, 180), ("16:9", 800, 450), ("16:9", 1600, 900),
            ("4:3", 320, 240), ("4:3", 800, 600),
            ("1:1", 320, 320), ("1:1", 800, 800),
        ];
        foreach (var type in new[] { "image/jpeg", "image/webp" })
        {
            Assert.Equal(expected, body.Renditions.Where(r => r.ContentType == type).Select(r => (r.Ratio, r.Width, r.Height)));
        }

        Assert.Equal((0.5, 0.5), (body.FocalPoint!.X, body.FocalPoint.Y));
    }

    [Fact]
    public async Task Every_rendition_is_served_as_its_stated_type_and_size()
    {
        using var editor = await app.EditorAsync();
        using var anonymous = app.Anonymous();
        var body = await UploadAsync(editor, Photo(1600, 900), "ben-ninh-kieu.jpg");

        foreach (var rendition in body.Renditions)
        {
            var file = await anonymous.GetAsync(rendition.Url, Ct);
            Assert.Equal(200, (int)file.StatusCode);
            Assert.Equal(rendition.ContentType, file.Content.Headers.ContentType!.MediaType);
            using var decoded = SKBitmap.Decode(await file.Content.ReadAsByteArrayAsync(Ct));
            Assert.Equal((rendition.Width, rendition.Height), (decoded.Width, decoded.Height));
        }
    }

    [Fact]
    public async Task A_transparent_png_keeps_its_transparency_in_png_and_webp_renditions()
    {
        using var editor = await app.EditorAsync();
        using var anonymous = app.Anonymous();

        var body = await UploadAsync(editor, Photo(1000, 500, transparentRight: true), "logo.png", "image/png");

        Assert.Equal(["image/png", "image/webp"], body.Renditions.Select(r => r.ContentType).Distinct().Order());
        var square = body.Renditions.First(r => r is { Ratio: "original", ContentType: "image/webp" });
        using var decoded = SKBitmap.Decode(await anonymous.GetByteArrayAsync(square.Url, Ct));
        Assert.Equal(0, decoded.GetPixel(decoded.Width - 5, decoded.Height / 2).Alpha);
    }

    [Fact]
    public async Task Moving_the_focal_point_moves_the_crops_under_new_addresses_and_the_old_ones_still_load()
    {
        using var editor = await app.EditorAsync();
        using var anonymous = app.Anonymous();
        // Red on the left quarter, blue elsewhere: a square crop at the left edge shows red, at the right edge none.
        var body = await UploadAsync(editor, Photo(1600, 900), "song-hau.jpg");
        var centred = Square(body);

        var left = await RefocusAsync(editor, body.Id, 0.0, 0.5);
        var right = await RefocusAsync(editor, body.Id, 1.0, 0.5);

        Assert.Equal((1.0, 0.5), (right.FocalPoint!.X, right.FocalPoint.Y));
        Assert.True(IsRed(await PixelAsync(anonymous, Square(left).Url, 10, 160)), "a focal point at the left edge keeps the red quarter in the square");
        Assert.False(IsRed(await PixelAsync(anonymous, Square(right).Url, 10, 160)), "a focal point at the right edge leaves the red quarter out");
        Assert.Equal(3, new[] { centred.Url, Square(left).Url, Square(right).Url }.Distinct().Count());
        Assert.Equal(200, (int)(await anonymous.GetAsync(centred.Url, Ct)).StatusCode);
        // The original's shape does not depend on the focal point: same files.
        Assert.Equal(body.Renditions.Where(r => r.Ratio == "original").Select(r => r.Url), right.Renditions.Where(r => r.Ratio == "original").Select(r => r.Url));
    }

    [Fact]
    public async Task Moving_the_focal_point_gives_readers_the_new_crops_at_once_and_logs_the_items_showing_the_picture()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var body = await UploadAsync(editor, Photo(1600, 900), "doi-tieu-diem.jpg");
        var other = await UploadAsync(editor, Photo(1600, 900), "anh-khac.jpg");
        var section = await editor.PostBodyAsync<SectionBody>("/api/v1/manage/categories", new { name = $"Tiêu điểm {Guid.NewGuid():N}"[..20] });
        var showing = await PublishedAsync(editor, section.Id, "Bài có ảnh được chỉnh", body.Url);
        var notShowing = await PublishedAsync(editor, section.Id, "Bài có ảnh khác", other.Url);
        Task<int> LoggedAsync(long id) => app.DbAsync(db => db.Set<Cms.Infrastructure.Changes.ContentChange>().CountAsync(c => c.ContentId == id, Ct));
        var (showingBefore, notShowingBefore) = (await LoggedAsync(showing.Id), await LoggedAsync(notShowing.Id));
        var cached = await reader.GetBodyAsync<ItemBody>($"/api/v1/articles/{showing.Slug}"); // now in the output cache

        var moved = await RefocusAsync(editor, body.Id, 0.0, 0.5);

        var square = Square(moved).Url;
        Assert.DoesNotContain(square, cached.CoverImage!.Renditions!.Select(r => r.Url));
        Assert.Contains(square, (await reader.GetBodyAsync<ItemBody>($"/api/v1/articles/{showing.Slug}")).CoverImage!.Renditions!.Select(r => r.Url));
        Assert.Equal(showingBefore + 1, await LoggedAsync(showing.Id));
        Assert.Equal(notShowingBefore, await LoggedAsync(notShowing.Id));
    }

    [Theory]
    [InlineData(1.5, 0.5, "x")]
    [InlineData(0.5, -0.1, "y")]
    [InlineData(null, 0.5, "x")]
    public async Task A_focal_point_outside_the_picture_is_a_400_that_changes_nothing(double? x, double? y, string field)
    {
        using var editor = await app.EditorAsync();
        var body = await UploadAsync(editor, Photo(1600, 900), "sai.jpg");

        var response = await editor.PutRawAsync($"/api/v1/manage/media/{body.Id}/focal-point", new { x, y }, "*");

        var problem = await response.AssertProblemAsync(400);
        Assert.True(problem.Errors?.ContainsKey(field), $"no error for {field}");
        var after = await editor.GetBodyAsync<MediaBody>($"/api/v1/manage/media/{body.Id}");
        Assert.Equal((body.Version, (0.5, 0.5)), (after.Version, (after.FocalPoint!.X, after.FocalPoint.Y)));
    }

    [Fact]
    public async Task Setting_a_focal_point_needs_the_current_version()
    {
        using var editor = await app.EditorAsync();
        var body = await UploadAsync(editor, Photo(1600, 900), "phien-ban.jpg");

        await (await editor.PutRawAsync($"/api/v1/manage/media/{body.Id}/focal-point", new { x = 0.2, y = 0.2 })).AssertProblemAsync(428);
        await (await editor.PutRawAsync($"/api/v1/manage/media/{body.Id}/focal-point", new { x = 0.2, y = 0.2 }, "\"1\"")).AssertProblemAsync(412);
        Assert.Equal(200, (int)(await editor.PutRawAsync($"/api/v1/manage/media/{body.Id}/focal-point", new { x = 0.2, y = 0.2 }, $"\"{body.Version}\"")).StatusCode);
    }

    [Fact]
    public async Task Another_author_may_not_move_someone_elses_focal_point()
    {
        using var author = await app.UserAsync("author");
        using var other = await app.UserAsync("author");
        var body = await UploadAsync(author, Photo(1600, 900), "cua-toi.jpg");

        await (await other.PutRawAsync($"/api/v1/manage/media/{body.Id}/focal-point", new { x = 0.1, y = 0.1 }, "*")).AssertProblemAsync(403);
    }

    [Fact]
    public async Task A_library_cover_lists_its_renditions_in_the_item_and_the_list_and_one_from_elsewhere_none()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var body = await UploadAsync(editor, Photo(1600, 900), "bia.jpg");
        var section = await editor.PostBodyAsync<SectionBody>("/api/v1/manage/categories", new { name = $"Ảnh cắt {Guid.NewGuid():N}"[..20] });
        var fromLibrary = await PublishedAsync(editor, section.Id, "Bìa từ thư viện", body.Url);
        var elsewhere = await PublishedAsync(editor, section.Id, "Bìa từ nơi khác", "https://media.example.vn/bia.jpg");

        var item = await reader.GetBodyAsync<ItemBody>($"/api/v1/articles/{fromLibrary.Slug}");
        var list = await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/content?category={section.Slug}");
        var managed = await editor.GetBodyAsync<ItemBody>($"/api/v1/manage/articles/{fromLibrary.Id}");

        var urls = body.Renditions.Select(r => r.Url).ToList();
        Assert.Equal(urls, managed.CoverImage!.Renditions!.Select(r => r.Url));
        Assert.Equal(urls, item.CoverImage!.Renditions!.Select(r => r.Url));
        Assert.Equal(urls, list.Items.Single(i => i.Id == fromLibrary.Id).CoverImage!.Renditions!.Select(r => r.Url));
        Assert.Equal(urls, managed.CoverImage!.Renditions!.Select(r => r.Url));
        Assert.Null(list.Items.Single(i => i.Id == elsewhere.Id).CoverImage!.Renditions);
    }

    [Fact]
    public async Task An_interviewees_portrait_and_a_share_picture_from_the_library_list_their_renditions()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var portrait = await UploadAsync(editor, Photo(900, 1200), "chan-dung.jpg");
        var share = await UploadAsync(editor, Photo(1600, 900), "chia-se.jpg");
        var request = Samples.Interview($"Phỏng vấn có chân dung {Guid.NewGuid():N}"[..40]);
        ((Dictionary<string, object?>)request["interviewee"]!)["portrait"] = new { url = portrait.Url, alt = "Chân dung" };
        request["seo"] = new { image = new { url = share.Url, alt = "Ảnh chia sẻ" } };
        var published = (await editor.PublishedAsync("interviews", request)).As<ItemBody>();

        var interview = await reader.GetBodyAsync<InterviewBody>($"/api/v1/interviews/{published.Slug}");
        var item = await reader.GetBodyAsync<ItemBody>($"/api/v1/interviews/{published.Slug}");

        Assert.Equal(portrait.Renditions.Select(r => r.Url), interview.Interviewee.Portrait!.Renditions!.Select(r => r.Url));
        Assert.Equal(share.Renditions.Select(r => r.Url), item.Seo!.Image!.Renditions!.Select(r => r.Url));
    }

    [Fact]
    public async Task A_photo_storys_library_photos_list_their_renditions_in_order()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var first = await UploadAsync(editor, Photo(1600, 900), "anh-1.jpg");
        var second = await UploadAsync(editor, Photo(1200, 1200), "anh-2.jpg");
        var request = Samples.PhotoStory($"Phóng sự ảnh có bản cắt {Guid.NewGuid():N}"[..40]);
        request["photos"] = new object[]
        {
            new { image = new { url = first.Url, caption = "Ảnh thứ nhất." }, credit = "Lê Vũ" },
            new { image = new { url = second.Url, caption = "Ảnh thứ hai." } },
            new { image = new { url = "https://media.example.vn/anh-3.jpg", caption = "Ảnh từ nơi khác." } },
        };
        var published = (await editor.PublishedAsync("photo-stories", request)).As<PhotoStoryBody>();

        var story = await reader.GetBodyAsync<PhotoStoryBody>($"/api/v1/photo-stories/{published.Slug}");

        Assert.Equal(first.Renditions.Select(r => r.Url), story.Photos[0].Image.Renditions!.Select(r => r.Url));
        Assert.Equal(second.Renditions.Select(r => r.Url), story.Photos[1].Image.Renditions!.Select(r => r.Url));
        Assert.Null(story.Photos[2].Image.Renditions);
    }

    [Fact]
    public async Task A_list_of_twenty_library_covers_reads_their_renditions_in_one_query()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var section = await editor.PostBodyAsync<SectionBody>("/api/v1/manage/categories", new { name = $"Hai mươi ảnh {Guid.NewGuid():N}"[..20] });
        for (var i = 0; i < 20; i++)
        {
            var cover = await UploadAsync(editor, Photo(640, 360), $"anh-{i}.jpg");
            await PublishedAsync(editor, section.Id, $"Tin có ảnh số {i}", cover.Url);
        }

        app.Sql.Clear();
        var list = await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/content?category={section.Slug}&pageSize=20");

        Assert.Equal(20, list.Items.Count(i => i.CoverImage?.Renditions is { Count: > 0 }));
        Assert.Single(app.Sql.Commands, sql => sql.Contains("media_assets", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_regenerate_command_gives_an_image_from_before_crops_its_crops_and_a_second_run_makes_nothing()
    {
        using var editor = await app.EditorAsync();
        using var anonymous = app.Anonymous();
        var body = await UploadAsync(editor, Photo(1600, 900), "truoc-khi-co-anh-cat.jpg");
        var crops = body.Renditions.Where(r => !(r is { Ratio: "original", ContentType: "image/jpeg" })).ToList();
        await AsBeforeCropsAsync(body.Id, crops);
        Assert.Equal(404, (int)(await anonymous.GetAsync(crops[0].Url, Ct)).StatusCode);

        var first = await RegenerateAsync();
        var second = await RegenerateAsync();

        Assert.True(first.FilesMade >= crops.Count, $"made {first} files");
        Assert.Equal(0, first.Failed);
        var after = await editor.GetBodyAsync<MediaBody>($"/api/v1/manage/media/{body.Id}");
        Assert.Equal(body.Renditions.Select(r => r.Url), after.Renditions.Select(r => r.Url));
        Assert.Equal(200, (int)(await anonymous.GetAsync(crops[0].Url, Ct)).StatusCode);
        Assert.Equal((0, 0, second.Assets), (second.FilesMade, second.Completed, second.AlreadyComplete + second.Failed));
    }

    /// <summary>The asset as an upload from before crops left it: renditions of its own shape in JPEG only, no crop files.</summary>
    private async Task AsBeforeCropsAsync(long id, IReadOnlyList<RenditionBody> crops)
    {
        await app.DbAsync(db => db.Database.ExecuteSqlAsync($"""
            UPDATE media_assets
               SET renditions = (SELECT jsonb_agg(r.value ORDER BY r.ordinality) FROM jsonb_array_elements(renditions) WITH ORDINALITY r
                                  WHERE r.value ->> 'Ratio' = 'original' AND r.value ->> 'ContentType' = 'image/jpeg')
             WHERE id = {id}
            """, Ct));
        foreach (var crop in crops)
        {
            File.Delete(Path.Combine(app.DataDirectory, "media", crop.Url["/media/".Length..]));
        }
    }

    private async Task<CropRegeneration> RegenerateAsync()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CropRegenerator>().RunAsync(Ct);
    }

    private static RenditionBody Square(MediaBody body) => body.Renditions.Single(r => r is { Ratio: "1:1", Width: 320, ContentType: "image/jpeg" });

    private static async Task<MediaBody> RefocusAsync(HttpClient client, long id, double x, double y)
    {
        var response = await client.PutRawAsync($"/api/v1/manage/media/{id}/focal-point", new { x, y }, "*");
        Assert.Equal(200, (int)response.StatusCode);
        return await response.BodyAsync<MediaBody>();
    }

    private static async Task<SKColor> PixelAsync(HttpClient client, string url, int x, int y)
    {
        using var decoded = SKBitmap.Decode(await client.GetByteArrayAsync(url, Ct));
        return decoded.GetPixel(x, y);
    }

    private static bool IsRed(SKColor color) => color.Red > 180 && color.Blue < 80;

    private static async Task<ItemBody> PublishedAsync(HttpClient editor, long sectionId, string title, string coverUrl)
    {
        var request = Samples.Article(title);
        request.Add("categoryId", sectionId);
        request.Add("coverImage", new { url = coverUrl, alt = title });
        return (await editor.PublishedAsync("articles", request)).As<ItemBody>();
    }

    private static async Task<MediaBody> UploadAsync(HttpClient client, byte[] bytes, string fileName, string contentType = "image/jpeg")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        var response = await client.PostAsync("/api/v1/manage/media", form, Ct);
        Assert.Equal(201, (int)response.StatusCode);
        return await response.BodyAsync<MediaBody>();
    }

    /// <summary>Red on the left quarter, blue elsewhere (or transparent on the right half, as a PNG).</summary>
    private static byte[] Photo(int width, int height, bool transparentRight = false)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, width / 4f, height, red);
            if (transparentRight)
            {
                using var clear = new SKPaint { Color = SKColors.Transparent, BlendMode = SKBlendMode.Src };
                canvas.DrawRect(width / 2f, 0, width / 2f, height, clear);
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(transparentRight ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg, 90).ToArray();
    }

    public sealed class App : CmsApp
    {
        public SqlLog Sql { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) => Sql.AddTo(services);
    }
}
