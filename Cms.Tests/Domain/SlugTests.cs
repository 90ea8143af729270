using Cms.Domain.Common;

namespace Cms.Tests.Domain;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Năm 2024, Đảng bộ thành phố Sóc Trăng tập trung hoàn thiện các tiêu chí đô thị loại I",
        "nam-2024-dang-bo-thanh-pho-soc-trang-tap-trung-hoan-thien-cac-tieu-chi-do-thi-loai-i")]
    [InlineData("Phát biểu của đồng chí Lâm Tấn Hòa", "phat-bieu-cua-dong-chi-lam-tan-hoa")]
    [InlineData("Ngày hội văn hóa thể thao du lịch đông bào Khmer Nam bộ và Lễ hội Óoc-Om-Bóc Đua ghe Ngo 2022",
        "ngay-hoi-van-hoa-the-thao-du-lich-dong-bao-khmer-nam-bo-va-le-hoi-ooc-om-boc-dua-ghe-ngo-2022")]
    [InlineData("ĐẢNG BỘ   Thành  phố", "dang-bo-thanh-pho")]
    [InlineData("“90 ngày, đêm” ra quân – Đề án 06!", "90-ngay-dem-ra-quan-de-an-06")]
    [InlineData("Ủy viên Ban Thường vụ Tỉnh ủy", "uy-vien-ban-thuong-vu-tinh-uy")]
    public void Strips_tone_marks_and_maps_d(string title, string expected) =>
        Assert.Equal(expected, Slug.FromTitle(title));

    [Fact]
    public void Decomposed_input_gives_the_same_slug_as_composed()
    {
        var composed = "Thống kê truy cập";
        var decomposed = composed.Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(Slug.FromTitle(composed), Slug.FromTitle(decomposed));
    }

    [Fact]
    public void Long_titles_are_cut_at_a_word_boundary()
    {
        var title = "Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch lần thứ Hai - năm 2022 tại tỉnh Sóc Trăng";
        var slug = Slug.FromTitle(title);
        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.True(Slug.IsValid(slug));
        Assert.StartsWith("cuoc-thi-viet-chinh-luan", slug, StringComparison.Ordinal);
        Assert.Contains(slug.Split('-')[^1], Slug.FromTitle(title).Split('-'));
    }

    [Theory]
    [InlineData("kinh-te", true)]
    [InlineData("nam-2024", true)]
    [InlineData("2024", false)]
    [InlineData("Kinh-te", false)]
    [InlineData("kinh--te", false)]
    [InlineData("-kinh-te", false)]
    [InlineData("kinh tế", false)]
    [InlineData("", false)]
    public void Validity(string slug, bool valid) => Assert.Equal(valid, Slug.IsValid(slug));

    [Fact]
    public void Suffixes_number_from_two() =>
        Assert.Equal(["a-b", "a-b-2", "a-b-3"], Enumerable.Range(1, 3).Select(n => Slug.WithSuffix("a-b", n)));
}
