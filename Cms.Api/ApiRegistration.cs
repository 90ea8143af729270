using Cms.Api.Articles;
using Cms.Api.Auth;
using Cms.Api.Caching;
using Cms.Api.Categories;
using Cms.Api.Configuration;
using Cms.Api.Content;
using Cms.Api.Counters;
using Cms.Api.Errors;
using Cms.Api.Feeds;
using Cms.Api.Health;
using Cms.Api.Interviews;
using Cms.Api.Json;
using Cms.Api.Mapping;
using Cms.Api.Media;
using Cms.Api.OpenApi;
using Cms.Api.PhotoStories;
using Cms.Api.Replicas;
using Cms.Api.Security;
using Cms.Api.Validation;
using Cms.Api.Videos;
using Cms.Api.Webhooks;
using Cms.Domain.Articles;
using Cms.Domain.Interviews;
using Cms.Domain.PhotoStories;
using Cms.Domain.Videos;
using Cms.Infrastructure;

namespace Cms.Api;

/// <summary>The composition root: every service the API uses, registered in one readable place.</summary>
internal static class ApiRegistration
{
    public static WebApplicationBuilder AddCmsApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CmsOptions>().BindConfiguration(CmsOptions.Section)
            .Validate(o => SiteOptions.IsValidBaseUrl(o.Site.BaseUrl), "Cms:Site:BaseUrl must be the public site's absolute http(s) address, e.g. https://baosoctrang.vn")
            .Validate(o => o.Preview.LinkLifetime > TimeSpan.Zero && o.Preview.LinkLifetime <= o.Preview.MaxLinkLifetime,
                "Cms:Preview:LinkLifetime must be positive and at most Cms:Preview:MaxLinkLifetime")
            .ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SecretStore>();
        services.AddInfrastructure(
            sp => sp.GetRequiredService<IConfiguration>().GetConnectionString("Cms")
                ?? throw new InvalidOperationException(
                    "No database configured: set ConnectionStrings__Cms (scripts/run.sh starts a private PostgreSQL and sets it for you)."),
            sp => ReplicaSetup.Configured(sp.GetRequiredService<IConfiguration>()));
        services.AddReadReplicas();
        services.AddCmsProblemDetails();
        services.AddCmsJson();
        services.AddCmsValidation();
        services.AddCmsAuth();
        services.AddCmsSwagger();
        services.AddCmsCounters();
        services.AddCmsRateLimits();
        services.AddCmsCaching();
        services.AddRequestBodyLimit();
        services.AddCmsCors();
        services.AddSingleton(MappingConfig.Create());
        services.AddRichTextSanitizer();

        services.AddSingleton<CategoryTree>();
        services.AddSingleton<SiteLinks>();
        services.AddHostedService<ScheduledPublisher>();
        services.AddWebhookDelivery();
        services.AddMediaLibrary();
        services.AddCmsHealthChecks();
        services.AddScoped<ContentFieldsFactory>();
        services.AddScoped<ManagedContentList>();
        services.AddScoped<Revisions.RevisionLog>();
        services.AddSingleton<EditLocks.EditLockEvents>();
        services.AddHostedService<EditLocks.EditLockListener>();
        services.AddSingleton<LiveQa.LiveQaHub>();
        services.AddHostedService<LiveQa.LiveQaListener>();
        services.AddHostedService<LiveQa.LiveQuestionSweep>();
        services.AddScoped<Previews.PreviewContent>();
        services.AddSingleton<Previews.PreviewTokens>();
        services.AddSingleton<IContentEditor<Article, ArticleRequest>, ArticleEditor>();
        services.AddSingleton<IContentEditor<Interview, InterviewRequest>, InterviewEditor>();
        services.AddSingleton<IContentEditor<Video, VideoRequest>, VideoEditor>();
        services.AddSingleton<IContentEditor<PhotoStory, PhotoStoryRequest>, PhotoStoryEditor>();
        return builder;
    }
}
