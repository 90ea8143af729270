using System.ComponentModel;
using FluentValidation;

namespace Cms.Api.Changes;

/// <summary>?since=TOKEN&amp;limit=200</summary>
public sealed record ChangesQuery
{
    public const int DefaultLimit = 200;
    public const int MaxLimit = 1000;

    /// <summary>The next token of your last sync; leave it out to start from everything public now.</summary>
    public string? Since { get; init; }

    /// <summary>At most this many changed items per answer; while hasMore, ask again at once.</summary>
    [DefaultValue(DefaultLimit)]
    public int? Limit { get; init; }

    /// <summary>The token sent, read; null to start (the validator has refused any other).</summary>
    internal ChangeToken Token => Since is null ? ChangeToken.Start : ChangeToken.Parse(Since)!;
}

internal sealed class ChangesQueryValidator : AbstractValidator<ChangesQuery>
{
    public ChangesQueryValidator()
    {
        RuleFor(x => x.Since).Must(since => since is null || ChangeToken.Parse(since) is not null)
            .WithMessage("since must be a token this API returned as next.");
        RuleFor(x => x.Limit).InclusiveBetween(1, ChangesQuery.MaxLimit)
            .WithMessage($"limit must be between 1 and {ChangesQuery.MaxLimit}.");
    }
}
