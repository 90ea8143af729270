using System.Globalization;
using FluentValidation;

namespace Cms.Api.Royalties;

/// <summary>?from=2026-11-01&amp;to=2026-11-30: the days (the portal's, inclusive) whose published items the report covers.</summary>
/// <param name="From">First day, YYYY-MM-DD.</param>
/// <param name="To">Last day, YYYY-MM-DD; at most 366 days after from.</param>
public sealed record RoyaltyReportQuery(string? From, string? To)
{
    public const string DayFormat = "yyyy-MM-dd";

    public DateOnly FromDay => Day(From)!.Value;

    public DateOnly ToDay => Day(To)!.Value;

    public static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

internal sealed class RoyaltyReportQueryValidator : AbstractValidator<RoyaltyReportQuery>
{
    public RoyaltyReportQueryValidator()
    {
        RuleFor(x => x.From).NotEmpty().Must(d => RoyaltyReportQuery.Day(d) is not null).WithMessage("from must be a day as YYYY-MM-DD.");
        RuleFor(x => x.To).NotEmpty().Must(d => RoyaltyReportQuery.Day(d) is not null).WithMessage("to must be a day as YYYY-MM-DD.");
        RuleFor(x => x.To)
            .Must((q, _) => q.ToDay >= q.FromDay && q.ToDay.DayNumber - q.FromDay.DayNumber <= 366)
            .When(q => RoyaltyReportQuery.Day(q.From) is not null && RoyaltyReportQuery.Day(q.To) is not null)
            .WithMessage("to must be on or after from, and at most 366 days later.");
    }
}
