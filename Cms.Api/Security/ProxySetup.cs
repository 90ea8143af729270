using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Cms.Api.Security;

/// <summary>
/// Behind a reverse proxy or load balancer every request comes from the proxy's address,
/// which would put all readers in one rate-limit bucket. Trusting X-Forwarded-For only
/// from the proxies named in configuration (Cms:Network:KnownProxies, KnownNetworks)
/// restores the reader's address without letting anyone else spoof it.
/// </summary>
internal static class ProxySetup
{
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        var trusted = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Configuration.CmsOptions>>().Value.Network;
        var proxies = trusted.KnownProxies;
        var networks = trusted.KnownNetworks;
        if (proxies.Length == 0 && networks.Length == 0)
        {
            return app; // served directly: the connection's address is the reader's
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        app.UseForwardedHeaders(options);
        return app;
    }
}
