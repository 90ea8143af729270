namespace Cms.Tests.Support;

/// <summary>Valid request bodies to start from; tests change one thing at a time.</summary>
public static class Samples
{
    public static Dictionary<string, object?> Article(string title = "Sóc Trăng đẩy mạnh chuyển đổi số", params string[] tags) => new()
    {
        ["title"] = title,
        ["summary"] = "Tỉnh đặt mục tiêu 80% hồ sơ được xử lý trực tuyến.",
        ["body"] = "<p>Sáng nay, UBND tỉnh Sóc Trăng tổ chức hội nghị.</p>",
        ["author"] = "Lê Vũ",
        ["tags"] = tags,
    };

    /// <summary>Every search and share override set (the canonical naming an original elsewhere).</summary>
    public static Dictionary<string, object?> Seo() => new()
    {
        ["title"] = "Sóc Trăng: 80% hồ sơ trực tuyến",
        ["description"] = "Tỉnh Sóc Trăng đặt mục tiêu xử lý trực tuyến 80% hồ sơ hành chính trong năm nay.",
        ["image"] = new { url = "https://media.example.vn/chia-se.jpg", alt = "Hội nghị chuyển đổi số" },
        ["canonicalUrl"] = "https://baogoc.example.vn/bai-viet/chuyen-doi-so",
    };

    public static Dictionary<string, object?> Interview(string title = "Năm 2024, Đảng bộ thành phố Sóc Trăng tập trung hoàn thiện các tiêu chí đô thị loại I") => new()
    {
        ["title"] = title,
        ["summary"] = "Cuộc trao đổi với Bí thư Thành ủy Sóc Trăng.",
        ["interviewee"] = new Dictionary<string, object?>
        {
            ["name"] = "Nguyễn Văn Quận",
            ["position"] = "Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Sóc Trăng",
            ["portrait"] = new { url = "https://example.vn/quan.jpg", caption = "Đồng chí Nguyễn Văn Quận", alt = "Chân dung" },
        },
        ["exchanges"] = new object[]
        {
            new { question = "Xin đồng chí cho biết kết quả nổi bật năm 2023?", answer = "Năm 2023, kinh tế phát triển khá.\n\nCó 17 chỉ tiêu đạt và vượt." },
            new { question = "Mục tiêu năm 2024 là gì?", answer = "Hoàn thành các tiêu chí đô thị loại I.", speaker = "Trần Văn B" },
        },
        ["closing"] = "Xin cảm ơn đồng chí!",
        ["author"] = "Lê Vũ",
    };

    public static Dictionary<string, object?> Video(string title = "Phát biểu của đồng chí Lâm Tấn Hòa") => new()
    {
        ["title"] = title,
        ["description"] = "Phim tư liệu.",
        ["source"] = new { kind = "youtube", value = "dQw4w9WgXcQ" },
        ["durationSeconds"] = 754,
    };

    /// <summary>A photo story of three photos, each with its caption; the last without a credit.</summary>
    public static Dictionary<string, object?> PhotoStory(string title = "Sóc Trăng rực rỡ mùa lễ hội Oóc Om Bóc") => new()
    {
        ["title"] = title,
        ["summary"] = "Những khoảnh khắc đẹp của lễ hội đua ghe Ngo.",
        ["photos"] = new object[]
        {
            new { image = new { url = "https://media.example.vn/ghe-ngo-1.jpg", caption = "Các đội ghe xuất phát.", alt = "Ghe Ngo" }, credit = "Lê Vũ" },
            new { image = new { url = "https://media.example.vn/ghe-ngo-2.jpg", caption = "Khán giả cổ vũ hai bên bờ sông." }, credit = "Trần Minh" },
            new { image = new { url = "https://media.example.vn/ghe-ngo-3.jpg", caption = "Đội thắng nhận cúp." } },
        },
        ["author"] = "Lê Vũ",
    };

    /// <summary>The request with these tags (any content type).</summary>
    public static Dictionary<string, object?> WithTags(this Dictionary<string, object?> request, params string[] tags)
    {
        request["tags"] = tags;
        return request;
    }

    /// <summary>The request with its byline's people: ("authorId", "role") in order.</summary>
    public static Dictionary<string, object?> WithCredits(this Dictionary<string, object?> request, params (int AuthorId, string Role)[] credits)
    {
        request["credits"] = credits.Select(c => new { authorId = c.AuthorId, role = c.Role }).ToArray();
        return request;
    }
}
