using FluentValidation;

namespace Cms.Api.LiveQa;

/// <summary>Opens, moves or closes an interview's live session (to close it now, send closesAt = now).</summary>
public sealed record LiveSessionRequest
{
    public DateTimeOffset? OpensAt { get; init; }

    public DateTimeOffset? ClosesAt { get; init; }
}

internal sealed class LiveSessionRequestValidator : AbstractValidator<LiveSessionRequest>
{
    public LiveSessionRequestValidator()
    {
        RuleFor(x => x.OpensAt).NotNull();
        RuleFor(x => x.ClosesAt).NotNull();
        RuleFor(x => x.ClosesAt).GreaterThan(x => x.OpensAt).When(x => x.OpensAt is not null && x.ClosesAt is not null)
            .WithMessage("A session must close after it opens.");
    }
}
