using Cms.Api.Articles;
using Cms.Api.Auth;
using Cms.Api.Authors;
using Cms.Api.Categories;
using Cms.Api.Changes;
using Cms.Api.Content;
using Cms.Api.Counters;
using Cms.Api.Featured;
using Cms.Api.Feeds;
using Cms.Api.Health;
using Cms.Api.Interviews;
using Cms.Api.LiveQa;
using Cms.Api.Media;
using Cms.Api.PhotoStories;
using Cms.Api.Replicas;
using Cms.Api.Previews;
using Cms.Api.Users;
using Cms.Api.Royalties;
using Cms.Api.Security;
using Cms.Api.Tags;
using Cms.Api.Videos;
using Cms.Api.Webhooks;
using Cms.Domain.Articles;
using Cms.Domain.Interviews;
using Cms.Domain.PhotoStories;
using Cms.Domain.Videos;

namespace Cms.Api;

/// <summary>Every route of the API: the public delivery group and the authenticated management group.</summary>
internal static class ApiRoutes
{
    /// <summary>Every API route starts here (items' href say so too).</summary>
    public const string Base = "/api/v1";

    public static WebApplication MapCmsRoutes(this WebApplication app)
    {
        app.MapHealth();
        app.MapMediaFiles();
        var api = app.MapGroup(Base).RequireCors(CorsPolicies.Site).AddEndpointFilter<ImageRenditionsFilter>();
        // Sign-in and management answer only the admin UI's origins (the inner group's policy wins).
        var admin = api.MapGroup(string.Empty).RequireCors(CorsPolicies.Admin);
        admin.MapAuth();

        api.MapContentDelivery<Article, ArticleResponse>();
        api.MapContentDelivery<Interview, InterviewResponse>();
        api.MapContentDelivery<Video, VideoResponse>();
        api.MapContentDelivery<PhotoStory, PhotoStoryResponse>();
        api.MapMixedContent();
        api.MapCategoryDelivery();
        api.MapTagDelivery();
        api.MapAuthorDelivery();
        api.MapFeaturedDelivery();
        api.MapCounters();
        api.MapChanges();
        api.MapFeeds();
        api.MapPreview();
        api.MapLiveQaDelivery();

        // Policy set once here, so no management endpoint can forget it: any active account;
        // endpoints that need an editor or an admin add their own policy.
        var manage = admin.MapGroup("/manage").RequireAuthorization(Policies.Staff).AnswersPositionAfterWrites();
        manage.MapContentManagement<Article, ArticleRequest, ArticleResponse>();
        manage.MapContentManagement<Interview, InterviewRequest, InterviewResponse>();
        manage.MapTranscriptImport();
        manage.MapContentManagement<Video, VideoRequest, VideoResponse>();
        manage.MapContentManagement<PhotoStory, PhotoStoryRequest, PhotoStoryResponse>();
        manage.MapCategoryManagement();
        manage.MapTagManagement();
        manage.MapAuthorManagement();
        manage.MapFeaturedManagement();
        manage.MapCounterImport();
        manage.MapUserManagement();
        manage.MapOwnAccount();
        manage.MapWebhooks();
        manage.MapMediaLibrary();
        manage.MapRoyaltyReport();
        manage.MapLiveQaManagement();
        return app;
    }
}
