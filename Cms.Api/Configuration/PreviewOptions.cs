namespace Cms.Api.Configuration;

/// <summary>The "Cms:Preview" section: links that show an unpublished item to someone without an account (Api/Previews).</summary>
public sealed class PreviewOptions
{
    /// <summary>How long a new preview link works unless its maker asks for another length (validHours).</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(48);

    /// <summary>The longest a maker may ask for: a forgotten link should not outlive the story's approval by months.</summary>
    public TimeSpan MaxLinkLifetime { get; set; } = TimeSpan.FromDays(7);
}
