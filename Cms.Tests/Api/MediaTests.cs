using System.Net.Http.Headers;
using Cms.Infrastructure.Persistence;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SkiaSharp;

namespace Cms.Tests.Api;

/// <summary>
/// The media library: an image uploaded is kept with its real type, dimensions and renditions,
/// served with long-lived caching; a file of another kind is refused whatever its name says, as
/// is one too large, and a refused upload leaves nothing behind, in the database or on disk.
/// </summary>
public sealed class MediaTests(MediaTests.App app) : IClassFixture<MediaTests.App>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_uploaded_photo_is_answered_with_its_real_type_dimensions_size_description_and_name()
    {
        using var editor = await app.EditorAsync();
        var photo = Jpeg(2000, 1000);

        var response = await UploadAsync(editor, photo, "cầu-đại-ngãi.jpg", "image/jpeg", caption: "Cầu Đại Ngãi nhìn từ trên cao", alt: "Cây cầu bắc qua sông Hậu");

        Assert.Equal(201, (int)response.StatusCode);
        var body = await response.BodyAsync<MediaBody>();
        Assert.Equal(
            ("image/jpeg", 2000, 1000, (long)photo.Length, "Cầu Đại Ngãi nhìn từ trên cao", "Cây cầu bắc qua sông Hậu", "cầu-đại-ngãi.jpg"),
            (body.ContentType, body.Width, body.Height, body.SizeBytes, body.Caption, body.Alt, body.FileName));
        Assert.Matches("^/media/[0-9]{4}/[0-9]{2}/[0-9a-f]{32}\\.jpg$", body.Url);
        Assert.Equal(body.Url, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_uploaded_photo_gets_renditions_320_800_and_1600_wide_in_proportion()
    {
        using var editor = await app.EditorAsync();

        var (_, body) = await UploadPhotoAsync(editor);

        var sameShape = body.Renditions.Where(r => r is { Ratio: "original", ContentType: "image/jpeg" }).ToList();
        Assert.Equal([320, 800, 1600], sameShape.Select(r => r.Width));
        Assert.Equal([160, 400, 800], sameShape.Select(r => r.Height));
    }

    [Fact]
    public async Task Anyone_reads_the_original_byte_for_byte_cacheable_for_a_year_and_a_revalidation_is_a_304()
    {
        using var editor = await app.EditorAsync();
        using var anonymous = app.Anonymous();
        var (photo, body) = await UploadPhotoAsync(editor);

        var file = await anonymous.GetAsync(body.Url, Ct);

        Assert.Equal(200, (int)file.StatusCode);
        Assert.Equal(photo, await file.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("image/jpeg", file.Content.Headers.ContentType!.MediaType);
        Assert.Contains("max-age=31536000", file.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("immutable", file.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, body.Url);
        revalidate.Headers.IfNoneMatch.Add(file.Headers.ETag!);
        Assert.Equal(304, (int)(await anonymous.SendAsync(revalidate, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_rendition_is_a_real_smaller_image_of_the_stated_size()
    {
        using var editor = await app.EditorAsync();
        using var anonymous = app.Anonymous();
        var (photo, body) = await UploadPhotoAsync(editor);

        var thumbnail = await anonymous.GetByteArrayAsync(body.Renditions[0].Url, Ct);

        using var decoded = SKBitmap.Decode(thumbnail);
        Assert.Equal((320, 160), (decoded.Width, decoded.Height));
        Assert.True(thumbnail.Length < photo.Length);
    }

    [Fact]
    public async Task The_demo_pictures_beside_the_library_are_still_served_and_an_unknown_library_file_is_not_found()
    {
        using var anonymous = app.Anonymous();

        Assert.Equal(200, (int)(await anonymous.GetAsync("/media/demo/nguyen-van-quan.svg", Ct)).StatusCode);
        Assert.Equal(404, (int)(await anonymous.GetAsync("/media/2020/01/" + new string('a', 32) + ".jpg", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("text named .jpg", "anh.jpg", "image/jpeg")]
    [InlineData("html named .png", "anh.png", "image/png")]
    [InlineData("svg", "logo.svg", "image/svg+xml")]
    public async Task A_file_that_is_not_an_image_we_accept_is_refused_whatever_its_name_says(string what, string fileName, string declaredType)
    {
        var bytes = what switch
        {
            "text named .jpg" => "Đây không phải là ảnh, chỉ là văn bản."u8.ToArray(),
            "html named .png" => "<html><script>alert(1)</script></html>"u8.ToArray(),
            _ => """<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"""u8.ToArray(),
        };
        using var editor = await app.EditorAsync();
        var (rows, files) = await StoredAsync();

        var response = await UploadAsync(editor, bytes, fileName, declaredType);
        var problem = await response.AssertProblemAsync(415);
        Assert.Contains("content was checked", problem.Detail, StringComparison.Ordinal);
        Assert.Equal((rows, files), await StoredAsync());
    }

    [Fact]
    public async Task A_damaged_image_is_refused_and_leaves_nothing_behind()
    {
        using var editor = await app.EditorAsync();
        var (rows, files) = await StoredAsync();
        var photo = Jpeg(900, 600);
        var damaged = photo[..(photo.Length / 3)];
        await (await UploadAsync(editor, damaged, "hong.jpg", "image/jpeg")).AssertProblemAsync(400);
        await (await UploadAsync(editor, [], "rong.jpg", "image/jpeg")).AssertProblemAsync(400);
        Assert.Equal((rows, files), await StoredAsync());
    }

    [Fact]
    public async Task An_image_over_the_size_limit_is_a_413_and_leaves_nothing_behind()
    {
        await using var limited = await LimitedAsync();
        using var editor = await limited.EditorAsync();
        var (rows, files) = await StoredAsync();
        var large = Noise(400, 400); // noise does not compress: well over 50,000 bytes
        Assert.True(large.Length > 50_000);

        var tooLarge = await UploadAsync(editor, large, "lon.png", "image/png");

        await tooLarge.AssertProblemAsync(413);
        Assert.Equal((rows, files), await StoredAsync());
    }

    [Fact]
    public async Task An_image_over_the_pixel_limit_is_a_400_naming_the_file_and_leaves_nothing_behind()
    {
        await using var limited = await LimitedAsync();
        using var editor = await limited.EditorAsync();
        var (rows, files) = await StoredAsync();

        var tooManyPixels = await UploadAsync(editor, Jpeg(1500, 1000, quality: 10), "rong.jpg", "image/jpeg");

        var problem = await tooManyPixels.AssertProblemAsync(400);
        Assert.True(problem.Errors?.ContainsKey("file"), "no error for file");
        Assert.Equal((rows, files), await StoredAsync());
    }

    [Fact]
    public async Task An_image_narrower_than_every_rendition_is_kept_as_it_is_without_renditions()
    {
        using var author = await app.UserAsync("author");

        var created = await UploadLogoAsync(author);

        Assert.Equal("image/png", created.ContentType);
        Assert.Empty(created.Renditions);
    }

    [Fact]
    public async Task The_uploader_describes_an_image_with_a_caption_and_alt_text()
    {
        using var author = await app.UserAsync("author");
        var created = await UploadLogoAsync(author);

        var described = await DescribeAsync(author, created.Id, await ETagAsync(author, created.Id));

        Assert.Equal(200, (int)described.StatusCode);
        var body = await described.BodyAsync<MediaBody>();
        Assert.Equal(("Biểu trưng của báo", "Chữ Sóc Trăng màu đỏ"), (body.Caption, body.Alt));
    }

    [Fact]
    public async Task Another_author_may_not_describe_someone_elses_image()
    {
        using var author = await app.UserAsync("author");
        using var other = await app.UserAsync("author");
        var created = await UploadLogoAsync(author);

        await (await other.PutRawAsync($"/api/v1/manage/media/{created.Id}", new { caption = "Của tôi" }, "*")).AssertProblemAsync(403);
    }

    [Fact]
    public async Task A_description_from_a_stale_version_is_refused()
    {
        using var author = await app.UserAsync("author");
        var created = await UploadLogoAsync(author);
        var etag = await ETagAsync(author, created.Id);
        Assert.Equal(200, (int)(await DescribeAsync(author, created.Id, etag)).StatusCode);

        await (await author.PutRawAsync($"/api/v1/manage/media/{created.Id}", new { caption = "Cũ" }, etag)).AssertProblemAsync(412);
    }

    [Fact]
    public async Task A_list_row_carries_the_version_its_etag_holds_so_a_list_can_edit_without_reading_each_image()
    {
        using var editor = await app.EditorAsync();
        using var author = await app.UserAsync("author");
        var created = await UploadLogoAsync(author);
        Assert.Equal(200, (int)(await DescribeAsync(author, created.Id, await ETagAsync(author, created.Id))).StatusCode);

        var found = await editor.GetBodyAsync<PageBody<MediaBody>>("/api/v1/manage/media?q=biểu trưng");

        var row = Assert.Single(found.Items, m => m.Id == created.Id);
        Assert.Equal(await ETagAsync(editor, created.Id), $"\"{row.Version}\"");
    }

    [Fact]
    public async Task Authors_may_not_delete_an_image()
    {
        using var author = await app.UserAsync("author");
        var created = await UploadLogoAsync(author);

        await (await author.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/media/{created.Id}", null, "*"), Ct)).AssertProblemAsync(403);
    }

    [Fact]
    public async Task An_editor_deletes_an_image_and_its_files_go_with_it()
    {
        using var editor = await app.EditorAsync();
        using var author = await app.UserAsync("author");
        using var anonymous = app.Anonymous();
        var created = await UploadLogoAsync(author);

        var deleted = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/media/{created.Id}", null, "*"), Ct);

        Assert.Equal(204, (int)deleted.StatusCode);
        Assert.Equal(404, (int)(await anonymous.GetAsync(created.Url, Ct)).StatusCode);
        Assert.False(File.Exists(Path.Combine(app.DataDirectory, "media", created.Url["/media/".Length..])));
    }

    [Fact]
    public async Task A_cover_from_the_library_carries_its_size_to_editors_readers_and_lists()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var covers = await PublishedWithCoversAsync(editor, "Chuyên mục ảnh có cỡ");

        foreach (var (item, size) in new[] { (covers.FromOriginal, ((int?)2000, (int?)1000)), (covers.FromRendition, (800, 400)), (covers.Elsewhere, (null, null)) })
        {
            Assert.Equal(size, Size(await editor.GetBodyAsync<ItemBody>($"/api/v1/manage/articles/{item.Id}")));
            Assert.Equal(size, Size(await reader.GetBodyAsync<ItemBody>($"/api/v1/articles/{item.Slug}")));
            var list = await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/content?category={covers.SectionSlug}");
            Assert.Equal(size, Size(list.Items.Single(card => card.Id == item.Id)));
        }
    }

    [Fact]
    public async Task Covers_chosen_before_sizes_were_kept_get_theirs_from_the_migration_that_brought_them()
    {
        using var editor = await app.EditorAsync();
        var covers = await PublishedWithCoversAsync(editor, "Chuyên mục ảnh trước khi có cỡ");
        long[] ids = [covers.FromOriginal.Id, covers.FromRendition.Id, covers.Elsewhere.Id];

        // Undone (the sizes go), then done again (they come back from the library).
        await app.DbAsync(async db =>
        {
            var migrator = db.GetService<IMigrator>();
            var migrations = db.Database.GetMigrations().ToList();
            var imageSizes = migrations.FindIndex(m => m.EndsWith("_ImageSizes", StringComparison.Ordinal));
            await migrator.MigrateAsync(migrations[imageSizes - 1], Ct);
            Assert.Equal(0, await StoredSizesAsync(db, ids));
            await migrator.MigrateAsync(null, Ct);
            return true;
        });

        Assert.Equal(2, await app.DbAsync(db => StoredSizesAsync(db, ids)));
        Assert.Equal(((int?)2000, (int?)1000), Size(await editor.GetBodyAsync<ItemBody>($"/api/v1/manage/articles/{covers.FromOriginal.Id}")));
    }

    private static (int?, int?) Size(ItemBody item) => (item.CoverImage!.Width, item.CoverImage.Height);

    /// <summary>
    /// A new section with three published articles: covers from a library photo (2000×1000), from
    /// its w800 rendition, and from elsewhere on the web.
    /// </summary>
    private async Task<(string SectionSlug, ItemBody FromOriginal, ItemBody FromRendition, ItemBody Elsewhere)> PublishedWithCoversAsync(HttpClient editor, string sectionName)
    {
        var (_, uploaded) = await UploadPhotoAsync(editor, "ben-tau.jpg");
        var section = await editor.PostBodyAsync<SectionBody>("/api/v1/manage/categories", new { name = sectionName });

        async Task<ItemBody> PublishedWithCover(string title, string url)
        {
            var request = Samples.Article(title);
            request.Add("categoryId", section.Id);
            request.Add("coverImage", new { url, alt = "Bến tàu" });
            return (await editor.PublishedAsync("articles", request)).As<ItemBody>();
        }

        return (section.Slug,
            await PublishedWithCover("Bến tàu nhìn từ bờ sông", uploaded.Url),
            await PublishedWithCover("Bến tàu lúc bình minh", uploaded.Renditions.Single(r => r.Name == "w800").Url),
            await PublishedWithCover("Bến tàu trên báo bạn", "https://media.example.vn/ben-tau.jpg"));
    }

    /// <summary>Of these items, those whose stored cover JSON holds a width.</summary>
    private static Task<int> StoredSizesAsync(CmsDbContext db, long[] ids) =>
        db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM content_items WHERE cover_image ? 'Width' AND id = ANY({ids})").SingleAsync(Ct);

    [Fact]
    public async Task Anonymous_callers_cannot_upload()
    {
        var response = await UploadAsync(app.Anonymous(), Png(10, 10), "a.png", "image/png");
        Assert.Equal(401, (int)response.StatusCode);
    }

    /// <summary>A 2000×1000 photo uploaded by <paramref name="client"/>: its bytes and the answer.</summary>
    private static async Task<(byte[] Photo, MediaBody Body)> UploadPhotoAsync(HttpClient client, string fileName = "cau-dai-ngai.jpg")
    {
        var photo = Jpeg(2000, 1000);
        var response = await UploadAsync(client, photo, fileName, "image/jpeg");
        Assert.Equal(201, (int)response.StatusCode);
        return (photo, await response.BodyAsync<MediaBody>());
    }

    /// <summary>A small PNG (200×100) uploaded by <paramref name="client"/>.</summary>
    private static async Task<MediaBody> UploadLogoAsync(HttpClient client) =>
        await (await UploadAsync(client, Png(200, 100), "logo.png", "image/png")).BodyAsync<MediaBody>();

    private static async Task<string> ETagAsync(HttpClient client, long id) =>
        (await client.GetAsync($"/api/v1/manage/media/{id}", Ct)).Headers.ETag!.Tag;

    private static Task<HttpResponseMessage> DescribeAsync(HttpClient client, long id, string etag) =>
        client.PutRawAsync($"/api/v1/manage/media/{id}", new { caption = "Biểu trưng của báo", alt = "Chữ Sóc Trăng màu đỏ" }, etag);

    /// <summary>An app on this class's database whose uploads may be 50,000 bytes and a million pixels at most.</summary>
    private async Task<CmsApp> LimitedAsync()
    {
        var limited = CmsApp.SharingDatabaseWith(app, new Dictionary<string, string?>
        {
            ["Cms:Media:MaxUploadBytes"] = "50000",
            ["Cms:Media:MaxPixels"] = "1000000",
        });
        await limited.InitializeAsync();
        return limited;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName, string contentType,
        string? caption = null, string? alt = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        if (caption is not null)
        {
            form.Add(new StringContent(caption), "caption");
        }

        if (alt is not null)
        {
            form.Add(new StringContent(alt), "alt");
        }

        return await client.PostAsync("/api/v1/manage/media", form, Ct);
    }

    /// <summary>Rows in the library and files under its folder: what a refused upload must not change.</summary>
    private async Task<(int Rows, int Files)> StoredAsync()
    {
        var rows = await app.DbAsync(db => db.MediaAssets.CountAsync(Ct));
        var root = Path.Combine(app.DataDirectory, "media");
        return (rows, Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).Length : 0);
    }

    private static byte[] Jpeg(int width, int height, int quality = 85) => Draw(width, height, SKEncodedImageFormat.Jpeg, quality, opaque: true);

    private static byte[] Png(int width, int height) => Draw(width, height, SKEncodedImageFormat.Png, 100, opaque: false);

    private static byte[] Draw(int width, int height, SKEncodedImageFormat format, int quality, bool opaque)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(opaque ? SKColors.SkyBlue : SKColors.Transparent);
            using var paint = new SKPaint { Color = SKColors.DarkRed };
            canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 3f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(format, quality).ToArray();
    }

    private static byte[] Noise(int width, int height)
    {
        var random = new Random(7);
        using var bitmap = new SKBitmap(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    public sealed class App : CmsApp;
}
