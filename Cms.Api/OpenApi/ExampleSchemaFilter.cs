using System.Text.Json.Nodes;
using Cms.Api.Articles;
using Cms.Api.Auth;
using Cms.Api.Categories;
using Cms.Api.Content;
using Cms.Api.Interviews;
using Cms.Api.PhotoStories;
using Cms.Api.Videos;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cms.Api.OpenApi;

/// <summary>Ready-to-send request examples, so "Try it out" in Swagger works as it stands.</summary>
internal sealed class ExampleSchemaFilter : ISchemaFilter
{
    private static readonly Dictionary<Type, string> Examples = new()
    {
        [typeof(TokenRequest)] = """{ "userName": "admin", "password": "see .data/admin-password" }""",
        [typeof(ArticleRequest)] = """
            { "title": "Sóc Trăng đẩy mạnh chuyển đổi số trong cải cách hành chính",
              "summary": "Tỉnh đặt mục tiêu 80% hồ sơ thủ tục hành chính được xử lý trực tuyến trong năm 2024.",
              "body": "<p>Sáng nay, UBND tỉnh Sóc Trăng tổ chức hội nghị triển khai kế hoạch chuyển đổi số năm 2024.</p>",
              "tags": ["Chuyển đổi số", "Cải cách hành chính"], "author": "Lê Vũ" }
            """,
        [typeof(InterviewRequest)] = """
            { "title": "Năm 2024, Đảng bộ thành phố Sóc Trăng tập trung hoàn thiện các tiêu chí đô thị loại I",
              "summary": "Cuộc trao đổi với Bí thư Thành ủy Sóc Trăng về kết quả năm 2023 và nhiệm vụ năm mới.",
              "interviewee": { "name": "Nguyễn Văn Quận", "position": "Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Sóc Trăng" },
              "exchanges": [ { "question": "Xin đồng chí cho biết những kết quả nổi bật trong năm 2023?",
                               "answer": "Năm 2023, tình hình kinh tế - xã hội thành phố tiếp tục phát triển khá." } ],
              "closing": "Xin cảm ơn đồng chí!", "author": "Lê Vũ" }
            """,
        [typeof(VideoRequest)] = """
            { "title": "Phát biểu của đồng chí Lâm Tấn Hòa", "description": "Phim tư liệu.",
              "source": { "kind": "youtube", "value": "dQw4w9WgXcQ" }, "durationSeconds": 754 }
            """,
        [typeof(PhotoStoryRequest)] = """
            { "title": "Sóc Trăng rực rỡ mùa lễ hội Oóc Om Bóc",
              "summary": "Những khoảnh khắc đẹp của lễ hội đua ghe Ngo năm 2024.",
              "photos": [ { "image": { "url": "/media/demo/thanh-pho-soc-trang.svg", "caption": "Đua ghe Ngo trên sông Maspero." }, "credit": "Lê Vũ" } ] }
            """,
        [typeof(ScheduleRequest)] = """{ "publishAt": "2030-01-01T06:00:00+07:00" }""",
        [typeof(CategoryRequest)] = """{ "name": "Nông nghiệp", "parentId": null, "sortOrder": 0 }""",
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && Examples.TryGetValue(context.Type, out var json))
        {
            concrete.Examples = [JsonNode.Parse(json)!];
        }
    }
}
