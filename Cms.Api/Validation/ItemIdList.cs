using System.Linq.Expressions;
using FluentValidation;

namespace Cms.Api.Validation;

/// <summary>
/// The rule for a list of items editors arrange by id (a featured list, an item's related pins):
/// given, at most so many, each a positive id and each once; a repeat is named by its place
/// ("itemIds[2]"). Whether each id is an item is the endpoint's to check.
/// </summary>
internal static class ItemIdList
{
    public static void RuleForItemIds<T>(this AbstractValidator<T> validator, Expression<Func<T, List<long>?>> ids, int max, string tooMany)
    {
        validator.RuleFor(ids).NotNull()
            .Must(list => list is null || list.Count <= max).WithMessage(tooMany);
        validator.RuleFor(ids).ForEach(id => id.GreaterThan(0));
        validator.RuleFor(ids).Custom((list, context) =>
        {
            for (var i = 0; list is not null && i < list.Count; i++)
            {
                if (list.IndexOf(list[i]) < i)
                {
                    context.AddFailure($"{context.PropertyPath}[{i}]", $"Item {list[i]} is already in the list; each item once.");
                }
            }
        });
    }
}
