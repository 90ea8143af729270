using Cms.Api.Content;
using Cms.Api.Validation;
using Cms.Domain.Interviews;
using Cms.Infrastructure.Persistence;
using Cms.Infrastructure.Slugs;
using FluentValidation;
using Mapster;

namespace Cms.Api.Interviews;

/// <summary>A transcript to turn into a draft interview (see Cms.Domain/Interviews/Transcript.cs for the form it reads).</summary>
public sealed record TranscriptImportRequest
{
    /// <summary>The transcript as plain text (one paragraph per line) or as pasted HTML.</summary>
    public string? Transcript { get; init; }

    /// <summary>"text" or "html"; unset: HTML when it starts with a tag.</summary>
    public string? Format { get; init; }

    public int? CategoryId { get; init; }

    public string? Author { get; init; }
}

internal sealed class TranscriptImportRequestValidator : AbstractValidator<TranscriptImportRequest>
{
    public TranscriptImportRequestValidator()
    {
        RuleFor(x => x.Transcript).NotEmpty().MaximumLength(1_000_000);
        RuleFor(x => x.Format).Must(f => f is null or "text" or "html").WithMessage("Format is \"text\" or \"html\".");
    }
}

internal static class TranscriptImport
{
    /// <summary>POST /manage/interviews/import: a transcript in, a draft interview out, for the editor to check and publish.</summary>
    public static void MapTranscriptImport(this IEndpointRouteBuilder manage)
    {
        manage.MapPost("/interviews/import", async (TranscriptImportRequest request, IValidator<InterviewRequest> interviews,
                [AsParameters] ContentWrites.DraftServices<Interview, InterviewRequest> services, CancellationToken ct) =>
            {
                var text = request.Transcript!;
                var transcript = request.Format == "html" || (request.Format is null && text.TrimStart().StartsWith('<'))
                    ? Transcript.ParseHtml(text)
                    : Transcript.Parse(text);
                var interview = new InterviewRequest
                {
                    Title = transcript.Title,
                    Summary = transcript.Lead,
                    CategoryId = request.CategoryId,
                    Author = request.Author,
                    Interviewee = new IntervieweeRequest(transcript.IntervieweeName, transcript.IntervieweePosition, null),
                    Exchanges = transcript.Exchanges.Select(e => new ExchangeRequest(e.Question, e.Answer, e.Speaker)).ToList(),
                    Closing = transcript.Closing,
                };

                // The same rules as an interview typed in: what the transcript lacks is named field by field.
                await interviews.ValidateAndThrowAsync(interview, ct);
                return await ContentWrites.CreateDraftAsync<Interview, InterviewRequest, InterviewResponse>(interview, services, ct);
            })
            .Validate<TranscriptImportRequest>()
            .WithTags("Manage interviews")
            .WithName("ImportInterviewTranscript")
            .WithSummary("Create a draft interview from a transcript (plain text or pasted HTML)")
            .WithDescription("The form newsrooms send: title, lead, optionally the caption \"Đồng chí Nguyễn Văn Quận - Bí thư Thành ủy\"; "
                + "questions marked with \"*\" (or as list items); answers led by the speaker (\"Đồng chí Nguyễn Văn Quận: ...\", also Ông, Bà, Anh, Chị); "
                + "a last question with no answer becomes the closing line. The first to answer is the interviewee; others are kept as each answer's speaker.")
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
