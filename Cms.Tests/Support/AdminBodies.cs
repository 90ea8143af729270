using System.Text.Json;

namespace Cms.Tests.Support;

// The newsroom's administration and the API's own answers as a client reads them: sections,
// webhooks, media, featured lists, accounts, tokens, health and the OpenAPI document. Like
// Bodies.cs: only the fields tests look at, named as on the wire, written here rather than
// borrowed from Cms.Api so a renamed field fails a test.

/// <summary>A section as the newsroom manages it: a menu entry with its place and its version (the ETag).</summary>
public sealed record SectionBody(int Id, string Name, string Slug, int? ParentId, int SortOrder, uint Version);

/// <summary>A section in the public tree, with its sub-sections in menu order.</summary>
public sealed record SectionNodeBody(int Id, string Name, string Slug, IReadOnlyList<SectionNodeBody> Children);

/// <summary>A webhook subscription as admins see it; Secret only in the answer to creating it.</summary>
public sealed record WebhookBody(int Id, string Url, IReadOnlyList<string> Events, bool IsActive, int Pending, int Failed, uint Version)
{
    public string? Secret { get; init; }
}

/// <summary>One row of a subscription's delivery log.</summary>
public sealed record DeliveryBody(long Id, string Event, long ContentId, string State, int Attempts, DateTimeOffset? NextAttemptAt, int? LastStatusCode);

/// <summary>One delivery in full (also the answer to a retry): the row, what was sent and every attempt.</summary>
public sealed record DeliveryDetailBody(DeliveryBody Delivery, WebhookPayloadBody Payload, IReadOnlyList<AttemptBody> Log);

/// <summary>One attempt at a delivery.</summary>
public sealed record AttemptBody(DateTimeOffset AttemptedAt, int? StatusCode, string? Error);

/// <summary>What a subscriber receives: the event's id (also the Idempotency-Key), its name and the item.</summary>
public sealed record WebhookPayloadBody(string Id, string Event, WebhookItemBody Item);

/// <summary>The item in a webhook's payload, as it was when the event happened, with its public address.</summary>
public sealed record WebhookItemBody(long Id, string Type, string Slug, string Title, string? Url);

/// <summary>An image in the media library; URLs are root-relative.</summary>
public sealed record MediaBody(long Id, string Url, string FileName, string ContentType, int Width, int Height, long SizeBytes,
    string? Caption, string? Alt, IReadOnlyList<RenditionBody> Renditions, uint Version, FocalPointBody? FocalPoint = null);

/// <summary>A smaller copy of a library image: in the original's shape ("original") or cropped ("16:9", "4:3", "1:1").</summary>
public sealed record RenditionBody(string Name, string Url, int Width, int Height, string Ratio = "original", string ContentType = "image/jpeg");

/// <summary>Where an image's subject is, as fractions of its width and height.</summary>
public sealed record FocalPointBody(double X, double Y);

/// <summary>A featured list as readers get it (GET /featured): only what is public now, in the editors' order.</summary>
public sealed record FeaturedBody(CategoryBody? Category, IReadOnlyList<ItemBody> Items)
{
    public IReadOnlyList<long> Ids => Items.Select(i => i.Id).ToList();
}

/// <summary>A featured list as editors manage it, every placed item with whether readers see it.</summary>
public sealed record FeaturedListBody(CategoryBody? Category, IReadOnlyList<FeaturedEntryBody> Items, DateTimeOffset? UpdatedAt, string? UpdatedBy)
{
    public IReadOnlyList<long> Ids => Items.Select(e => e.Item.Id).ToList();
}

/// <summary>One place in a managed featured list.</summary>
public sealed record FeaturedEntryBody(bool IsPublic, ItemBody Item);

/// <summary>An account as admins (and the user themselves) see it.</summary>
public sealed record UserBody(int Id, string UserName, string? DisplayName, string Role, bool IsActive, string? CreatedBy, string? UpdatedBy, uint Version);

/// <summary>A bearer token, from signing in, refreshing or changing one's own password.</summary>
public sealed record TokenBody(string AccessToken, DateTimeOffset ExpiresAt, string TokenType, string UserName, string Role);

/// <summary>A health answer: overall, and each readiness check by name (none for liveness).</summary>
public sealed record HealthBody(string Status, IReadOnlyDictionary<string, HealthCheckBody> Checks);

/// <summary>One named health check.</summary>
public sealed record HealthCheckBody(string Status, string? Description);

/// <summary>A revision as the battery needs it: only its id, to aim at (RevisionTests reads revisions in full).</summary>
public sealed record RevisionIdBody(long Id);

/// <summary>A line of the API's JSON console log (its fields are PascalCase; reading is case-insensitive).</summary>
public sealed record LogEntryBody(string? LogLevel, string? Message);

/// <summary>The OpenAPI document the app serves: operations by path, then by method.</summary>
public sealed record OpenApiBody(IReadOnlyDictionary<string, IReadOnlyDictionary<string, OpenApiOperationBody>> Paths, OpenApiComponentsBody Components);

/// <summary>
/// One operation. RequestBody is kept as raw JSON: the tests only ask whether there is one.
/// </summary>
public sealed record OpenApiOperationBody(string? OperationId, string? Summary, IReadOnlyList<OpenApiParameterBody>? Parameters,
    IReadOnlyList<IReadOnlyDictionary<string, IReadOnlyList<string>>>? Security, JsonElement? RequestBody);

/// <summary>A parameter of an operation: its name and where it goes ("query", "path", "header").</summary>
public sealed record OpenApiParameterBody(string Name, string In);

/// <summary>The document's shared parts: the security schemes by name.</summary>
public sealed record OpenApiComponentsBody(IReadOnlyDictionary<string, OpenApiSecuritySchemeBody> SecuritySchemes);

/// <summary>A security scheme ("http" for a bearer token).</summary>
public sealed record OpenApiSecuritySchemeBody(string Type);

/// <summary>An author (a person bylines name) as the newsroom manages them.</summary>
public sealed record AuthorBody(int Id, string Name, string Slug, string? Title, ImageBody? Photo, string? Bio, int? UserId, uint Version);

/// <summary>A person as a byline names them.</summary>
public sealed record AuthorRefBody(int Id, string Name, string Slug, string? Title);

/// <summary>One line of an item's byline.</summary>
public sealed record CreditBody(AuthorRefBody Author, string Role);

/// <summary>What one person is paid for one item.</summary>
public sealed record RoyaltyBody(AuthorRefBody Author, decimal? Points, long? Amount, string? Note, string? SetBy, DateTimeOffset SetAt);

/// <summary>An item's royalties with their sums.</summary>
public sealed record ItemRoyaltiesBody(long ContentId, IReadOnlyList<RoyaltyBody> Royalties, decimal TotalPoints, long TotalAmount);

/// <summary>One item in a person's part of the royalty report.</summary>
public sealed record RoyaltyReportItemBody(long ContentId, string Type, string Title, DateTimeOffset PublishedAt, IReadOnlyList<string> Roles, decimal? Points, long? Amount);

/// <summary>One person's part of the royalty report.</summary>
public sealed record AuthorRoyaltiesBody(AuthorRefBody Author, IReadOnlyList<RoyaltyReportItemBody> Items, decimal TotalPoints, long TotalAmount);

/// <summary>The royalty report of a period.</summary>
public sealed record RoyaltyReportBody(string From, string To, IReadOnlyList<AuthorRoyaltiesBody> Authors, decimal TotalPoints, long TotalAmount);
