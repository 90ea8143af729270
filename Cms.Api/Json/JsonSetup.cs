using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cms.Api.Json;

internal static class JsonSetup
{
    /// <summary>
    /// camelCase everywhere, enums as camelCase strings ("published", "youtube"). A request
    /// field the endpoint does not know is a 400, not silently dropped: a typo ("sumary") or a
    /// field the caller may not set ("viewCount") must not look like a successful save.
    /// </summary>
    public static IServiceCollection AddCmsJson(this IServiceCollection services)
    {
        var converter = new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false);
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(converter);
            options.SerializerOptions.Converters.Add(new TextOnlyStringConverter());
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        // Swashbuckle reads the MVC options to describe enums the same way.
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options => options.JsonSerializerOptions.Converters.Add(converter));
        return services;
    }
}
