using System.Text.Json;
using Cms.Api.Json;
using Cms.Api.Validation;
using Cms.Domain.Common;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cms.Api.Errors;

/// <summary>
/// The one place where exceptions become HTTP answers. Domain rules map to 404/409/412,
/// bad input to 400; anything else is a 500 whose body never shows the exception.
/// </summary>
internal sealed class CmsExceptionHandler(IProblemDetailsService problemDetails, ILogger<CmsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => Validation(validation),
            BadHttpRequestException { InnerException: JsonException json } when JsonErrorField.Of(json) is { } field => FieldError(field, json),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } tooLarge => Problem(
                StatusCodes.Status413PayloadTooLarge, "The request body is too large.", tooLarge.Message),
            BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } unsupported => Problem(
                StatusCodes.Status415UnsupportedMediaType, "Unsupported media type.", unsupported.Message),
            BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } binding when BindingErrorField.Of(binding) is { } name => ParameterError(name, binding),
            BadHttpRequestException bad => Problem(bad.StatusCode, "The request could not be read.", BadRequestDetail(bad)),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "Not found.", notFound.Message),
            ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, "Not allowed.", forbidden.Message),
            ConflictException conflict => Problem(StatusCodes.Status409Conflict, "Conflict.", conflict.Message),
            PreconditionRequiredException required => Problem(StatusCodes.Status428PreconditionRequired, "If-Match is required.", required.Message),
            StaleVersionException stale => Problem(StatusCodes.Status412PreconditionFailed, "The item has changed.", stale.Message),
            DbUpdateConcurrencyException => Problem(
                StatusCodes.Status412PreconditionFailed, "The item has changed.", "Someone else changed this item while you were saving. Reload it and try again."),
            // Through EF (a DbUpdateException) or a hand-written statement (the PostgresException
            // itself): a write that raced another one to the same value or row.
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } }
                or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => Problem(
                StatusCodes.Status409Conflict, "Conflict.", "Another item already uses this value (for example the same slug)."),
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } }
                or PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } => Problem(
                StatusCodes.Status409Conflict, "Conflict.", "The item is still referenced by other items, or one it refers to has just gone."),
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred.", "The error has been logged.");
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    private static HttpValidationProblemDetails Validation(ValidationException exception) =>
        new(exception.Errors
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
        };

    /// <summary>A body's value that could not be read, named like a validation error (a character that is not text: NotText's message).</summary>
    private static HttpValidationProblemDetails FieldError(string field, JsonException json) => Unreadable(
        json is NotTextInJsonException ? NotText.Refusal(field) : OneFailure(field, "a value of the wrong type or format, or a field it does not have"),
        BadRequestDetail(json));

    /// <summary>A query, route or header value that could not be read as its type, named like a validation error.</summary>
    private static HttpValidationProblemDetails ParameterError(string name, BadHttpRequestException exception) =>
        Unreadable(OneFailure(name, "a value of the wrong type or format, or missing"), exception.Message);

    private static ValidationException OneFailure(string field, string what) =>
        new([new FluentValidation.Results.ValidationFailure(field, $"{field} does not fit this request: {what}.")]);

    /// <summary>A value that could not be read, as the validation problem naming it, with what the reader said.</summary>
    private static HttpValidationProblemDetails Unreadable(ValidationException failure, string detail)
    {
        var problem = Validation(failure);
        problem.Detail = detail;
        return problem;
    }

    private static string BadRequestDetail(BadHttpRequestException exception) =>
        exception.InnerException is JsonException json ? BadRequestDetail(json) : exception.Message;

    private static string BadRequestDetail(JsonException json) => $"The request body is not valid JSON for this endpoint: {json.Message}";
}
