using FluentValidation;

namespace Cms.Api.LiveQa;

/// <summary>The interviewee's answer to a reader's question: publishing both appends an exchange to the interview.</summary>
public sealed record AnswerRequest
{
    /// <summary>Plain text; separate paragraphs with a blank line.</summary>
    public string? Answer { get; init; }

    /// <summary>Who answers, when it is not the interviewee (a second guest).</summary>
    public string? Speaker { get; init; }
}

internal sealed class AnswerRequestValidator : AbstractValidator<AnswerRequest>
{
    public AnswerRequestValidator()
    {
        RuleFor(x => x.Answer).NotEmpty().MaximumLength(100_000);
        RuleFor(x => x.Speaker).MaximumLength(200);
    }
}
