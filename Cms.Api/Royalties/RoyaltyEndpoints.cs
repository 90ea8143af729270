using Cms.Api.Auth;
using Cms.Api.Content;
using Cms.Api.Validation;
using Cms.Domain.Content;

namespace Cms.Api.Royalties;

/// <summary>
/// Royalties (nhuận bút): an item's, beside its other management routes (anyone who may see the
/// item reads them; editors set them, on published items only), and the period report with its
/// CSV for the accounts office (editors). What each does: <see cref="RoyaltyHandlers{TEntity}"/>
/// and <see cref="RoyaltyReportHandlers"/>.
/// </summary>
internal static class RoyaltyEndpoints
{
    public static void MapRoyalties<TEntity>(this IEndpointRouteBuilder group)
        where TEntity : ContentItem
    {
        var kind = ContentKind.Of<TEntity>();
        var one = kind.Noun;

        group.MapGet("/{id:long}/royalties", RoyaltyHandlers<TEntity>.GetAsync)
            .WithName($"Get{kind.Singular}Royalties")
            .WithSummary($"The royalties set for the people credited on the {one}, in byline order, with sums")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:long}/royalties", RoyaltyHandlers<TEntity>.SetAsync).RequireAuthorization(Policies.Editor)
            .Validate<RoyaltiesRequest>()
            .WithName($"Set{kind.Singular}Royalties")
            .WithSummary($"Replace the {one}'s royalties: points and/or an amount in đồng per credited person")
            .WithDescription("Only for published items (409 otherwise); each author must be credited on the item (400 on royalties[i].authorId).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static void MapRoyaltyReport(this IEndpointRouteBuilder manage)
    {
        var group = manage.MapGroup("/reports").WithTags("Reports").RequireAuthorization(Policies.Editor);

        group.MapGet("/royalties", RoyaltyReportHandlers.ReportAsync)
            .Validate<RoyaltyReportQuery>()
            .WithName("RoyaltyReport")
            .WithSummary("Royalties of the items published from one day to another (the portal's days), per author, with totals");

        group.MapGet("/royalties.csv", RoyaltyReportHandlers.CsvAsync)
            .Validate<RoyaltyReportQuery>()
            .WithName("RoyaltyReportCsv")
            .WithSummary("The royalty report as CSV for Excel (UTF-8 with BOM): one row per author and item, then each author's total and the grand total")
            .Produces<string>(StatusCodes.Status200OK, RoyaltyCsv.MediaType);
    }
}
