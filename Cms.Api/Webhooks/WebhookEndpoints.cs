using System.Text.Json.Nodes;
using Cms.Api.Auth;
using Cms.Api.Common;
using Cms.Api.Feeds;
using Cms.Api.Validation;
using Cms.Domain.Common;
using Cms.Domain.Webhooks;
using Cms.Infrastructure.Persistence;
using Cms.Infrastructure.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Webhooks;

/// <summary>
/// Admins manage webhook subscriptions and read their delivery log. Deliveries themselves are
/// made by the database (the outbox trigger) and sent by <see cref="WebhookDispatcher"/>.
/// The routes first (who may call each), then what each does.
/// </summary>
internal static class WebhookEndpoints
{
    /// <summary>/manage/webhooks: admins only, the whole group.</summary>
    public static void MapWebhooks(this IEndpointRouteBuilder manage)
    {
        var group = manage.MapGroup("/webhooks").WithTags("Manage webhooks").RequireAuthorization(Policies.Admin);

        group.MapGet("/", ListAsync)
            .WithName("ListWebhooks")
            .WithSummary("Admins: every webhook subscription, with its pending and failed deliveries");

        group.MapGet("/{id:int}", GetAsync)
            .WithName("GetWebhook")
            .WithSummary("Admins: one subscription; the ETag is its version")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", CreateAsync)
            .Validate<WebhookRequest>()
            .WithName("CreateWebhook")
            .WithSummary("Admins: subscribe a URL to content events; the answer holds the signing secret, shown this once");

        group.MapPut("/{id:int}", UpdateAsync)
            .Validate<WebhookRequest>()
            .WithName("UpdateWebhook")
            .WithSummary("Admins: replace a subscription (a missing secret keeps the current one)")
            .WithDescription("Requires If-Match (428 without it, 412 when stale). Deliveries already queued keep the URL and secret they are sent with at the time of each attempt.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{id:int}", DeleteAsync)
            .WithName("DeleteWebhook")
            .WithSummary("Admins: delete a subscription, its queued deliveries and its log")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapGet("/{id:int}/deliveries", ListDeliveriesAsync)
            .Validate<DeliveryListQuery>()
            .WithName("ListWebhookDeliveries")
            .WithSummary("Admins: the delivery log of a subscription, newest first; ?state=pending|delivered|failed")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:int}/deliveries/{deliveryId:long}", GetDeliveryAsync)
            .WithName("GetWebhookDelivery")
            .WithSummary("Admins: one delivery: the body sent (signed anew at each attempt) and every attempt with the receiver's answer")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:int}/deliveries/{deliveryId:long}/retry", RetryDeliveryAsync)
            .WithName("RetryWebhookDelivery")
            .WithSummary("Admins: send a delivery again now (a failed or delivered one once more, with the same Idempotency-Key)")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Ok<List<WebhookResponse>>> ListAsync(CmsDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await ResponsesAsync(db, db.WebhookSubscriptions.OrderBy(s => s.Id), ct));

    public static Task<Ok<WebhookResponse>> GetAsync(int id, CmsDbContext db, HttpContext http, CancellationToken ct) =>
        RespondAsync(db, id, http, ct);

    public static async Task<Created<WebhookResponse>> CreateAsync(WebhookRequest request, CmsDbContext db, HttpContext http, CancellationToken ct)
    {
        var secret = request.Secret ?? WebhookSignature.NewSecret();
        var subscription = new WebhookSubscription(request.ToUri(), request.Events!, secret, request.Description, request.IsActive ?? true);
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(ct);
        var response = (await RespondAsync(db, subscription.Id, http, ct)).Value! with { Secret = secret };
        return TypedResults.Created($"/api/v1/manage/webhooks/{subscription.Id}", response);
    }

    public static async Task<Ok<WebhookResponse>> UpdateAsync(int id, WebhookRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        CmsDbContext db, HttpContext http, CancellationToken ct)
    {
        var subscription = await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("Webhook", id);
        ETags.PinVersion(db, subscription, s => s.Version, ifMatch, "Webhook", id);
        subscription.Update(request.ToUri(), request.Events!, request.Secret, request.Description, request.IsActive ?? true);
        await db.SaveChangesAsync(ct);
        return await RespondAsync(db, id, http, ct);
    }

    public static async Task<NoContent> DeleteAsync(int id, [FromHeader(Name = "If-Match")] string? ifMatch, CmsDbContext db, CancellationToken ct)
    {
        var subscription = await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("Webhook", id);
        ETags.PinVersion(db, subscription, s => s.Version, ifMatch, "Webhook", id);
        db.WebhookSubscriptions.Remove(subscription); // its deliveries and their log go with it
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<PagedList<WebhookDeliveryResponse>>> ListDeliveriesAsync(int id, [AsParameters] DeliveryListQuery query, CmsDbContext db, CancellationToken ct)
    {
        await EnsureExistsAsync(db, id, ct);
        var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == id);
        if (EnumQuery.Parse<WebhookDeliveryState>(query.State, "state") is { } state)
        {
            deliveries = deliveries.Where(d => d.State == state);
        }

        return TypedResults.Ok(await PagedList<WebhookDeliveryResponse>.CreateAsync(
            deliveries.OrderByDescending(d => d.Id).Select(ToResponse), query.Paging, ct));
    }

    public static async Task<Ok<WebhookDeliveryDetail>> GetDeliveryAsync(int id, long deliveryId, CmsDbContext db, SiteLinks links, CancellationToken ct) =>
        TypedResults.Ok(await DetailAsync(db, id, deliveryId, links, ct));

    public static async Task<Ok<WebhookDeliveryDetail>> RetryDeliveryAsync(int id, long deliveryId, CmsDbContext db, SiteLinks links,
        WebhookWakeup wakeup, TimeProvider clock, CancellationToken ct)
    {
        var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == deliveryId && d.SubscriptionId == id, ct)
            ?? throw new NotFoundException("Webhook delivery", deliveryId);
        if (delivery.State != WebhookDeliveryState.Pending)
        {
            // A redelivery is one more attempt; if it fails it stays failed, so it cannot loop for days again.
            delivery.State = WebhookDeliveryState.Pending;
            delivery.Attempts = Math.Max(delivery.Attempts, 1);
        }

        delivery.NextAttemptAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        // The answer is the delivery as queued: read before the dispatcher is woken, which could
        // otherwise have sent it already (a race WebhookTests met).
        var queued = await DetailAsync(db, id, deliveryId, links, ct);
        wakeup.Wake();
        return TypedResults.Ok(queued);
    }

    private static readonly System.Linq.Expressions.Expression<Func<WebhookDelivery, WebhookDeliveryResponse>> ToResponse = d => new WebhookDeliveryResponse
    {
        Id = d.Id,
        EventId = d.Event!.EventId,
        Event = d.Event.Type,
        ContentId = d.ContentId,
        State = d.State,
        Attempts = d.Attempts,
        NextAttemptAt = d.State == WebhookDeliveryState.Pending ? d.NextAttemptAt : null,
        LastStatusCode = d.LastStatusCode,
        LastError = d.LastError,
        DeliveredAt = d.DeliveredAt,
        CreatedAt = d.CreatedAt,
    };

    private static async Task<WebhookDeliveryDetail> DetailAsync(CmsDbContext db, int id, long deliveryId, SiteLinks links, CancellationToken ct)
    {
        var delivery = await db.WebhookDeliveries.AsNoTracking().Include(d => d.Event).Include(d => d.AttemptLog)
            .FirstOrDefaultAsync(d => d.Id == deliveryId && d.SubscriptionId == id, ct) ?? throw new NotFoundException("Webhook delivery", deliveryId);
        var e = delivery.Event!;
        var payload = JsonNode.Parse(WebhookPayload.Build(e.EventId, e.Type, e.Item, e.OccurredAt, links))!;
        var log = delivery.AttemptLog.OrderBy(a => a.Id).Select(a => new WebhookAttemptResponse(a.AttemptedAt, a.StatusCode, a.Error, a.DurationMs)).ToList();
        return new WebhookDeliveryDetail(ToResponse.Compile()(delivery), payload, log);
    }

    private static async Task EnsureExistsAsync(CmsDbContext db, int id, CancellationToken ct)
    {
        if (!await db.WebhookSubscriptions.AnyAsync(s => s.Id == id, ct))
        {
            throw new NotFoundException("Webhook", id);
        }
    }

    private static async Task<Ok<WebhookResponse>> RespondAsync(CmsDbContext db, int id, HttpContext http, CancellationToken ct)
    {
        var response = (await ResponsesAsync(db, db.WebhookSubscriptions.Where(s => s.Id == id), ct)).SingleOrDefault()
            ?? throw new NotFoundException("Webhook", id);
        var version = await db.WebhookSubscriptions.Where(s => s.Id == id).Select(s => s.Version).SingleAsync(ct);
        http.Response.Headers.ETag = ETags.From(version);
        return TypedResults.Ok(response);
    }

    private static async Task<List<WebhookResponse>> ResponsesAsync(CmsDbContext db, IQueryable<WebhookSubscription> subscriptions, CancellationToken ct)
    {
        var rows = await subscriptions.AsNoTracking()
            .Select(s => new
            {
                Subscription = s,
                Pending = db.WebhookDeliveries.Count(d => d.SubscriptionId == s.Id && d.State == WebhookDeliveryState.Pending),
                Failed = db.WebhookDeliveries.Count(d => d.SubscriptionId == s.Id && d.State == WebhookDeliveryState.Failed),
            })
            .ToListAsync(ct);
        return rows.Select(r => WebhookResponse.From(r.Subscription, r.Pending, r.Failed)).ToList();
    }
}
