using Cms.Api.Configuration;
using Cms.Infrastructure.Media;
using Microsoft.Extensions.Options;

namespace Cms.Api.Media;

internal static class MediaSetup
{
    public static IServiceCollection AddMediaLibrary(this IServiceCollection services)
    {
        // On disk by default. For an S3-compatible store, register another IMediaStore here.
        services.AddSingleton<IMediaStore>(sp =>
        {
            var cms = sp.GetRequiredService<IOptions<CmsOptions>>().Value;
            return new DiskMediaStore(Path.GetFullPath(cms.Media.Root ?? Path.Combine(cms.DataDirectory, "media")));
        });
        services.AddScoped<MediaLibrary>();
        services.AddScoped<RenditionMaker>();
        services.AddScoped<CropRegenerator>();
        return services;
    }
}
