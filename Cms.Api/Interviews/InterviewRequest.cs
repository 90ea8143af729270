using Cms.Api.Common;
using Cms.Api.Content;
using FluentValidation;

namespace Cms.Api.Interviews;

/// <summary>Creates or replaces an interview: who was interviewed and the questions and answers, in order.</summary>
public sealed record InterviewRequest : ContentRequest
{
    public IntervieweeRequest? Interviewee { get; init; }

    public IReadOnlyList<ExchangeRequest>? Exchanges { get; init; }

    /// <summary>An optional closing line, e.g. "Xin cảm ơn đồng chí!".</summary>
    public string? Closing { get; init; }
}

public sealed record IntervieweeRequest(string? Name, string? Position, ImageRequest? Portrait);

/// <summary>One question and its answer (plain text; separate paragraphs with a blank line).</summary>
public sealed record ExchangeRequest(string? Question, string? Answer, string? Speaker);

internal sealed class InterviewRequestValidator : ContentRequestValidator<InterviewRequest>
{
    public InterviewRequestValidator()
    {
        RuleFor(x => x.Interviewee).NotNull();
        RuleFor(x => x.Interviewee!.Name).NotEmpty().MaximumLength(200).When(x => x.Interviewee is not null);
        RuleFor(x => x.Interviewee!.Position).MaximumLength(500).When(x => x.Interviewee is not null);
        RuleFor(x => x.Interviewee!.Portrait!).SetValidator(new ImageRequestValidator())
            .When(x => x.Interviewee?.Portrait is not null);
        RuleFor(x => x.Exchanges).NotEmpty().WithMessage("An interview needs at least one exchange (a question and its answer).");
        RuleFor(x => x.Exchanges).Must(e => e!.Count <= 500).When(x => x.Exchanges is not null).WithMessage("At most 500 exchanges.");
        RuleForEach(x => x.Exchanges).ChildRules(exchange =>
        {
            exchange.RuleFor(e => e.Question).NotEmpty().MaximumLength(4000);
            exchange.RuleFor(e => e.Answer).NotEmpty().MaximumLength(100_000);
            exchange.RuleFor(e => e.Speaker).MaximumLength(200);
        });
        RuleFor(x => x.Closing).MaximumLength(1000);
    }
}
