using Cms.Domain.Common;
using Cms.Domain.Content;

namespace Cms.Domain.Interviews;

/// <summary>The person interviewed: name, position as printed, and an optional portrait with its caption.</summary>
public sealed class Interviewee
{
    private Interviewee()
    {
        Name = string.Empty;
    }

    public Interviewee(string name, string? position, Image? portrait)
    {
        Name = Text.Clean(name);
        Position = Text.CleanOptional(position);
        Portrait = portrait;
    }

    /// <summary>e.g. "Nguyễn Văn Quận".</summary>
    public string Name { get; private set; }

    /// <summary>e.g. "Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Sóc Trăng".</summary>
    public string? Position { get; private set; }

    public Image? Portrait { get; private set; }
}
