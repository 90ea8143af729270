using FluentValidation;

namespace Cms.Api.Content;

/// <summary>Publish automatically at a future time (ISO 8601 with offset, e.g. 2025-01-01T06:00:00+07:00).</summary>
public sealed record ScheduleRequest(DateTimeOffset? PublishAt);

internal sealed class ScheduleRequestValidator : AbstractValidator<ScheduleRequest>
{
    public ScheduleRequestValidator(TimeProvider clock)
    {
        RuleFor(x => x.PublishAt).NotNull().WithMessage("publishAt is required to schedule an item.");
        RuleFor(x => x.PublishAt).Must(at => at > clock.GetUtcNow()).When(x => x.PublishAt is not null)
            .WithMessage("publishAt must lie in the future; to publish now use the publish action.");
    }
}
