namespace Cms.Infrastructure.Seeding;

/// <summary>
/// Demo media the API serves itself (Cms.Api/wwwroot/media/demo). Root-relative URLs:
/// clients resolve them against the API's address.
/// </summary>
internal static class DemoMedia
{
    public const string Portrait = "/media/demo/nguyen-van-quan.svg";
    public const string InterviewCover = "/media/demo/thanh-pho-soc-trang.svg";
    public const string VideoThumbnail = "/media/demo/phim-tu-lieu.svg";
    public const string VideoClip = "/media/demo/phim-tu-lieu.webm";
}
