using System.Net.Http.Headers;
using System.Text.Json.Nodes;
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
    public async Task A_photo_is_stored_with_its_dimensions_and_renditions_and_served_for_a_year()
    {
        using var editor = await app.EditorAsync();
        var photo = Jpeg(2000, 1000);
        var response = await UploadAsync(editor, photo, "cầu-đại-ngãi.jpg", "image/jpeg", caption: "Cầu Đại Ngãi nhìn từ trên cao", alt: "Cây cầu bắc qua sông Hậu");
        Assert.Equal(201, (int)response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("image/jpeg", (string?)body["contentType"]);
        Assert.Equal(2000, (int)body["width"]!);
        Assert.Equal(1000, (int)body["height"]!);
        Assert.Equal(photo.Length, (long)body["sizeBytes"]!);
        Assert.Equal("Cầu Đại Ngãi nhìn từ trên cao", (string?)body["caption"]);
        Assert.Equal("Cây cầu bắc qua sông Hậu", (string?)body["alt"]);
        Assert.Equal("cầu-đại-ngãi.jpg", (string?)body["fileName"]);
        var url = (string)body["url"]!;
        Assert.Matches("^/media/[0-9]{4}/[0-9]{2}/[0-9a-f]{32}\\.jpg$", url);
        Assert.Equal(url, response.Headers.Location!.OriginalString);

        var renditions = body["renditions"]!.AsArray();
        Assert.Equal([320, 800, 1600], renditions.Select(r => (int)r!["width"]!));
        Assert.Equal([160, 400, 800], renditions.Select(r => (int)r!["height"]!));

        // Anyone reads the original, byte for byte, cacheable for a year; a revalidation is a 304.
        var anonymous = app.Anonymous();
        var file = await anonymous.GetAsync(url, Ct);
        Assert.Equal(200, (int)file.StatusCode);
        Assert.Equal(photo, await file.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("image/jpeg", file.Content.Headers.ContentType!.MediaType);
        Assert.Contains("max-age=31536000", file.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("immutable", file.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
        revalidate.Headers.IfNoneMatch.Add(file.Headers.ETag!);
        Assert.Equal(304, (int)(await anonymous.SendAsync(revalidate, Ct)).StatusCode);

        // A rendition is a real, smaller image of the stated size.
        var thumbnail = await anonymous.GetByteArrayAsync((string)renditions[0]!["url"]!, Ct);
        using var decoded = SKBitmap.Decode(thumbnail);
        Assert.Equal((320, 160), (decoded.Width, decoded.Height));
        Assert.True(thumbnail.Length < photo.Length);

        // The demo pictures beside the library are still served as they were.
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
    public async Task An_image_over_the_size_or_pixel_limit_is_refused_and_leaves_nothing_behind()
    {
        await using var limited = CmsApp.SharingDatabaseWith(app, new Dictionary<string, string?>
        {
            ["Cms:Media:MaxUploadBytes"] = "50000",
            ["Cms:Media:MaxPixels"] = "1000000",
        });
        await limited.InitializeAsync();
        using var editor = await limited.EditorAsync();
        var (rows, files) = await StoredAsync();

        var large = Noise(400, 400); // noise does not compress: well over 50,000 bytes
        Assert.True(large.Length > 50_000);
        var tooLarge = await UploadAsync(editor, large, "lon.png", "image/png");
        await tooLarge.AssertProblemAsync(413);

        var tooManyPixels = await UploadAsync(editor, Jpeg(1500, 1000, quality: 10), "rong.jpg", "image/jpeg");
        var problem = await tooManyPixels.AssertProblemAsync(400);
        Assert.True(problem.Errors?.ContainsKey("file"), "no error for file");
        Assert.Equal((rows, files), await StoredAsync());
    }

    [Fact]
    public async Task Captions_and_alt_text_are_kept_per_image_and_an_editor_can_delete_it()
    {
        using var editor = await app.EditorAsync();
        using var author = await app.UserAsync("author");
        var small = Png(200, 100);
        var created = await (await UploadAsync(author, small, "logo.png", "image/png")).JsonAsync();
        var id = (long)created["id"]!;
        Assert.Equal("image/png", (string?)created["contentType"]);
        Assert.Empty(created["renditions"]!.AsArray()); // narrower than every rendition

        // The uploader describes it; another author may not.
        var etag = (await author.GetAsync($"/api/v1/manage/media/{id}", Ct)).Headers.ETag!.Tag;
        var described = await author.PutRawAsync($"/api/v1/manage/media/{id}", new { caption = "Biểu trưng của báo", alt = "Chữ Sóc Trăng màu đỏ" }, etag);
        Assert.Equal(200, (int)described.StatusCode);
        Assert.Equal("Chữ Sóc Trăng màu đỏ", (string?)(await described.JsonAsync())["alt"]);
        using var other = await app.UserAsync("author");
        await (await other.PutRawAsync($"/api/v1/manage/media/{id}", new { caption = "Của tôi" }, "*")).AssertProblemAsync(403);
        await (await author.PutRawAsync($"/api/v1/manage/media/{id}", new { caption = "Cũ" }, etag)).AssertProblemAsync(412);

        var found = await editor.GetJsonAsync("/api/v1/manage/media?q=biểu trưng");
        var row = Assert.Single(found["items"]!.AsArray(), m => (long)m!["id"]! == id)!;
        // A list row carries the version its ETag holds, so a list can edit without reading each image first.
        Assert.Equal((await editor.GetAsync($"/api/v1/manage/media/{id}", Ct)).Headers.ETag!.Tag, $"\"{(uint)row["version"]!}\"");

        // Authors cannot delete; an editor can, and the files go with it.
        var url = (string)created["url"]!;
        await (await author.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/media/{id}", null, "*"), Ct)).AssertProblemAsync(403);
        Assert.Equal(204, (int)(await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/media/{id}", null, "*"), Ct)).StatusCode);
        Assert.Equal(404, (int)(await app.Anonymous().GetAsync(url, Ct)).StatusCode);
        Assert.False(File.Exists(Path.Combine(app.DataDirectory, "media", url["/media/".Length..])));
    }

    [Fact]
    public async Task A_cover_from_the_library_carries_its_size_to_editors_readers_and_lists()
    {
        using var editor = await app.EditorAsync();
        var reader = app.Anonymous();
        var uploaded = await (await UploadAsync(editor, Jpeg(2000, 1000), "ben-tau.jpg", "image/jpeg")).JsonAsync();
        var original = (string)uploaded["url"]!;
        var rendition = (string)uploaded["renditions"]![1]!["url"]!; // w800
        var section = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Chuyên mục ảnh có cỡ" });

        async Task<JsonNode> PublishedWithCover(string title, string url)
        {
            var request = Samples.Article(title);
            request["categoryId"] = (int)section["id"]!;
            request["coverImage"] = new { url, alt = "Bến tàu" };
            return await editor.PublishedAsync("articles", request);
        }

        var fromOriginal = await PublishedWithCover("Bến tàu nhìn từ bờ sông", original);
        var fromRendition = await PublishedWithCover("Bến tàu lúc bình minh", rendition);
        var elsewhere = await PublishedWithCover("Bến tàu trên báo bạn", "https://media.example.vn/ben-tau.jpg");

        static (int?, int?) Size(JsonNode item) => ((int?)item["coverImage"]!["width"], (int?)item["coverImage"]!["height"]);
        foreach (var (item, size) in new[] { (fromOriginal, ((int?)2000, (int?)1000)), (fromRendition, (800, 400)), (elsewhere, (null, null)) })
        {
            var id = (long)item["id"]!;
            Assert.Equal(size, Size(await editor.GetJsonAsync($"/api/v1/manage/articles/{id}")));
            Assert.Equal(size, Size(await reader.GetJsonAsync($"/api/v1/articles/{(string)item["slug"]!}")));
            var list = await reader.GetJsonAsync($"/api/v1/content?category={(string)section["slug"]!}");
            Assert.Equal(size, Size(list["items"]!.AsArray().Single(card => (long)card!["id"]! == id)!));
        }

        // Covers chosen before sizes were kept get theirs from the migration that brought them:
        // undone (the sizes go), then done again (they come back from the library).
        await app.DbAsync(async db =>
        {
            var migrator = db.GetService<IMigrator>();
            var migrations = db.Database.GetMigrations().ToList();
            var imageSizes = migrations.FindIndex(m => m.EndsWith("_ImageSizes", StringComparison.Ordinal));
            await migrator.MigrateAsync(migrations[imageSizes - 1], Ct);
            Assert.Equal(0, await StoredSizesAsync(db));
            await migrator.MigrateAsync(null, Ct);
            return true;
        });
        Assert.Equal(2, await app.DbAsync(StoredSizesAsync));
        Assert.Equal(((int?)2000, (int?)1000), Size(await editor.GetJsonAsync($"/api/v1/manage/articles/{(long)fromOriginal["id"]!}")));
    }

    /// <summary>Covers whose stored JSON holds a width.</summary>
    private static Task<int> StoredSizesAsync(CmsDbContext db) =>
        db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM content_items WHERE cover_image ? 'Width'").SingleAsync(Ct);

    [Fact]
    public async Task Anonymous_callers_cannot_upload()
    {
        var response = await UploadAsync(app.Anonymous(), Png(10, 10), "a.png", "image/png");
        Assert.Equal(401, (int)response.StatusCode);
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
