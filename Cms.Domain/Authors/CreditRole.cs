namespace Cms.Domain.Authors;

/// <summary>What a person did for an item, as a byline says it: "Bài" (text), "Ảnh", "Video", "Dịch".</summary>
public enum CreditRole
{
    Text,
    Photo,
    Video,
    Translation,
}
