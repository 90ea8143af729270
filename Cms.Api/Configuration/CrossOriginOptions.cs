namespace Cms.Api.Configuration;

/// <summary>The "Cms:Cors" section: which browser origins may call which part of the API.</summary>
/// <remarks>
/// Null means unset (the configuration binder would append to a pre-filled array). A single
/// empty entry means "no origin"; "*" means any origin.
/// </remarks>
public sealed class CrossOriginOptions
{
    /// <summary>
    /// Origins of the public site and apps, for the delivery API, the hit beacon and the
    /// statistics. Unset: any origin (the data is public and no credentials are involved).
    /// </summary>
    public string[]? SiteOrigins { get; set; }

    /// <summary>
    /// Origins of the admin UI, for /auth and /manage. Unset: none; Swagger UI is served by the
    /// API itself, so it is same-origin and needs no CORS.
    /// </summary>
    public string[]? AdminOrigins { get; set; }
}
