
namespace Cms.Api.Webhooks;

internal static class WebhookSetup
{
    public static IServiceCollection AddWebhookDelivery(this IServiceCollection services)
    {
        services.AddHttpClient(WebhookDispatcher.HttpClientName, client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan; // each attempt has its own (Cms:Webhooks:Timeout)
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Cms-Webhooks/1.0");
            })
            // A receiver answers for itself: a redirect is a failure to look into, not something to follow blindly.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddSingleton<WebhookWakeup>();
        services.AddHostedService<WebhookDispatcher>();
        return services;
    }
}
