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
    public const string Section = "Cms:Network";

    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        var section = app.Configuration.GetSection(Section);
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
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
