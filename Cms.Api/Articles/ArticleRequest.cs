using Cms.Api.Content;
using FluentValidation;

namespace Cms.Api.Articles;

/// <summary>Creates or replaces an article.</summary>
public sealed record ArticleRequest : ContentRequest
{
    /// <summary>Rich text (HTML). Sanitized on write to a newsroom allow-list: text formatting, headings, lists, links, figures, tables and YouTube/Vimeo embeds stay; scripts, event handlers, styles other than text-align and unsafe URLs go.</summary>
    public string? Body { get; init; }
}

internal sealed class ArticleRequestValidator : ContentRequestValidator<ArticleRequest>
{
    public ArticleRequestValidator() =>
        RuleFor(x => x.Body).NotEmpty().MaximumLength(1_000_000);
}
