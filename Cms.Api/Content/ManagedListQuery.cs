using Cms.Api.Common;
using Cms.Domain.Content;
using FluentValidation;

namespace Cms.Api.Content;

/// <summary>The newsroom's list of one type: the shared filters, plus a status; numbered pages only.</summary>
public sealed record ManagedListQuery : ListFilter
{
    /// <summary>Only items in this status (drafts, items in review, …); all of them when left out.</summary>
    [EnumValues(typeof(ContentStatus))]
    public string? Status { get; init; }
}

internal sealed class ManagedListQueryValidator : AbstractValidator<ManagedListQuery>
{
    public ManagedListQueryValidator() => this.RulesForListFilter();
}
