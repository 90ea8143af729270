using FluentValidation;

namespace Cms.Api.LiveQa;

/// <summary>A reader's question to a live session. Plain text: HTML is kept as typed and shown as text, never as markup.</summary>
public sealed record QuestionRequest
{
    /// <summary>The reader's name, published with the answer (1 to 100 characters).</summary>
    public string? Name { get; init; }

    /// <summary>Where they write from (optional, up to 100), published with the name: "Sóc Trăng".</summary>
    public string? Place { get; init; }

    /// <summary>The question (1 to 2,000 characters).</summary>
    public string? Text { get; init; }
}

internal sealed class QuestionRequestValidator : AbstractValidator<QuestionRequest>
{
    public QuestionRequestValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Place).MaximumLength(100);
        RuleFor(x => x.Text).NotEmpty().MaximumLength(2000);
    }
}
