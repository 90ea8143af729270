using Cms.Api.Common;
using FluentValidation;

namespace Cms.Api.Webhooks;

/// <summary>Paging and state filter for a subscription's delivery log.</summary>
public sealed record DeliveryListQuery
{
    /// <summary>pending, delivered or failed.</summary>
    [EnumValues(typeof(Infrastructure.Webhooks.WebhookDeliveryState))]
    public string? State { get; init; }

    /// <summary>1-based page number (default 1).</summary>
    public int? Page { get; init; }

    /// <summary>Deliveries per page (default 20; larger values are capped at 100).</summary>
    public int? PageSize { get; init; }

    public PageQuery Paging => new() { Page = Page, PageSize = PageSize };
}

internal sealed class DeliveryListQueryValidator : AbstractValidator<DeliveryListQuery>
{
    public DeliveryListQueryValidator()
    {
        this.RulesForPaging(x => x.Page, x => x.PageSize);
    }
}
