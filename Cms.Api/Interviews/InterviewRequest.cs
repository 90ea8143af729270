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

/// <summary>One question and its answer (plain text; separate paragraphs with a blank line); Asker: the reader who asked, in a live Q&amp;A.</summary>
public sealed record ExchangeRequest(string? Question, string? Answer, string? Speaker, string? Asker = null);

internal sealed class InterviewRequestValidator : ContentRequestValidator<InterviewRequest>
{
    public InterviewRequestValidator()
    {
        RuleFor(x => x.Interviewee).NotNull();
        RuleFor(x => x.Interviewee!).SetValidator(new IntervieweeRequestValidator());
        RuleFor(x => x.Exchanges).NotEmpty().WithMessage("An interview needs at least one exchange (a question and its answer).");
        RuleFor(x => x.Exchanges).Must(e => e!.Count <= 500).When(x => x.Exchanges is not null).WithMessage("At most 500 exchanges.");
        RuleForEach(x => x.Exchanges).SetValidator(new ExchangeRequestValidator());
        RuleFor(x => x.Closing).MaximumLength(1000);
    }
}

// The parts have validators of their own (applied through the interview's) so each is a type the
// OpenAPI document can read its required fields from (OpenApi/ValidationSchemaFilter).
internal sealed class IntervieweeRequestValidator : AbstractValidator<IntervieweeRequest>
{
    public IntervieweeRequestValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Position).MaximumLength(500);
        RuleFor(x => x.Portrait!).SetValidator(new ImageRequestValidator()).When(x => x.Portrait is not null);
    }
}

internal sealed class ExchangeRequestValidator : AbstractValidator<ExchangeRequest>
{
    public ExchangeRequestValidator()
    {
        RuleFor(e => e.Question).NotEmpty().MaximumLength(4000);
        RuleFor(e => e.Answer).NotEmpty().MaximumLength(100_000);
        RuleFor(e => e.Speaker).MaximumLength(200);
        RuleFor(e => e.Asker).MaximumLength(300);
    }
}
