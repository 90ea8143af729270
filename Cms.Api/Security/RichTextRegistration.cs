using Cms.Api.Configuration;
using Microsoft.Extensions.Options;

namespace Cms.Api.Security;

internal static class RichTextRegistration
{
    /// <summary>The article body sanitizer; a malformed iframe allow-list stops the start, not the first save.</summary>
    public static IServiceCollection AddRichTextSanitizer(this IServiceCollection services)
    {
        services.AddOptions<CmsOptions>()
            .Validate(o => EmbedAllowList.AreValid(o.RichText.IframeSources),
                "Cms:RichText:AllowedIframeSources must list https URL prefixes such as https://www.youtube.com/embed/.")
            .ValidateOnStart();
        services.AddSingleton(sp => RichTextSanitizer.Create(sp.GetRequiredService<IOptions<CmsOptions>>().Value.RichText));
        return services;
    }
}
