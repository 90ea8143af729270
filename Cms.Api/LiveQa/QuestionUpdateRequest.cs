using Cms.Api.Common;
using FluentValidation;

namespace Cms.Api.LiveQa;

/// <summary>
/// A moderator's decision on a question: <c>text</c> corrects its wording (spelling; the reader's
/// own stays for the staff), <c>state</c> approves or rejects it, <c>mergeInto</c> marks it a
/// duplicate of another question of the session. Any of them, in one request.
/// </summary>
public sealed record QuestionUpdateRequest
{
    /// <summary>The wording to publish (1 to 2,000 characters).</summary>
    public string? Text { get; init; }

    /// <summary>"approved" or "rejected".</summary>
    [KnownValues(typeof(QuestionUpdateRequestValidator), nameof(QuestionUpdateRequestValidator.States))]
    public string? State { get; init; }

    /// <summary>The id of the question this one duplicates.</summary>
    public long? MergeInto { get; init; }
}

internal sealed class QuestionUpdateRequestValidator : AbstractValidator<QuestionUpdateRequest>
{
    /// <summary>The states a moderator sets by name (merged and answered have their own requests).</summary>
    public static readonly IReadOnlyList<string> States = ["approved", "rejected"];

    public QuestionUpdateRequestValidator()
    {
        RuleFor(x => x).Must(x => x.Text is not null || x.State is not null || x.MergeInto is not null)
            .WithName("text").WithMessage("Send text, state or mergeInto.");
        RuleFor(x => x.Text).NotEmpty().MaximumLength(2000).When(x => x.Text is not null);
        RuleFor(x => x.State).Must(s => s is null || States.Contains(s))
            .WithMessage($"State is one of {string.Join(", ", States)}.");
        RuleFor(x => x.MergeInto).GreaterThan(0);
        RuleFor(x => x.MergeInto).Null().When(x => x.State is not null).WithMessage("Merge or set a state, not both.");
    }
}
