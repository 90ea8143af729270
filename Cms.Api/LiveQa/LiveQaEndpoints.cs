using Cms.Api.Auth;
using Cms.Api.Interviews;
using Cms.Api.Security;
using Cms.Api.Validation;

namespace Cms.Api.LiveQa;

/// <summary>
/// Live online Q&amp;A ("Giao lưu trực tuyến") on an interview: readers see the session, send
/// questions and hear answers as they are published; editors set the session, moderate the
/// questions and publish each with its answer as an exchange of the interview.
/// </summary>
internal static class LiveQaEndpoints
{
    public static void MapLiveQaDelivery(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/interviews/{idOrSlug}").WithTags("Live Q&A");

        group.MapGet("/live", LiveQaHandlers.GetStatusAsync)
            .RequireRateLimiting(RateLimits.PublicReads)
            .WithName("GetLiveSession")
            .WithSummary("An interview's live Q&A session: upcoming, open or closed (null: none), and how many exchanges it has now")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/live/events", LiveQaHandlers.WatchAsync)
            .WithName("WatchLiveSession")
            .WithSummary("Server-sent events: the session now, then each answer as it is published, from any API process")
            .WithDescription("text/event-stream: a 'live' event (as GET …/live answers) at once, after every change and every 25 s as a keep-alive; "
                + "an 'exchange' event ({index, exchange}) for each exchange published. A page showing fewer exchanges than a 'live' event's exchangeCount "
                + "fetches the interview. 503 with Retry-After when this process holds all the streams it may: poll GET …/live instead.")
            .Produces<LiveStatusResponse>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPost("/questions", LiveQaHandlers.AskAsync)
            .Validate<QuestionRequest>()
            .RequireRateLimiting(RateLimits.LiveQuestions)
            .WithName("AskLiveQuestion")
            .WithSummary("A reader's question to an open live session (202): moderated, and shown only once answered")
            .WithDescription("Name (up to 100 characters, published with the answer), place (optional, up to 100), text (up to 2,000); plain text, NFC. "
                + "409 before the session opens and after it closes (the detail says which); 429 with Retry-After past Cms:LiveQa:QuestionsPerWindow per address.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    public static void MapLiveQaManagement(this IEndpointRouteBuilder manage)
    {
        var group = manage.MapGroup("/interviews/{id:long}").WithTags("Manage live Q&A").RequireAuthorization(Policies.Editor);

        group.MapGet("/live", LiveQaManageHandlers.GetSessionAsync)
            .WithName("ManageGetLiveSession")
            .WithSummary("The interview's live session (state null: none), whatever the interview's status")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/live", LiveQaManageHandlers.SetSessionAsync)
            .Validate<LiveSessionRequest>()
            .WithName("SetLiveSession")
            .WithSummary("Open, move or close the interview's live session (close now: closesAt = now)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/questions", LiveQaManageHandlers.ListQuestionsAsync)
            .WithName("ListLiveQuestions")
            .WithSummary("The moderation queue: the session's questions oldest first, with the address and browser each came from (?state=pending)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPatch("/questions/{questionId:long}", LiveQaManageHandlers.UpdateQuestionAsync)
            .Validate<QuestionUpdateRequest>()
            .WithName("ModerateLiveQuestion")
            .WithSummary("Correct a question's wording, approve or reject it, or merge it into a duplicate")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/questions/{questionId:long}/answer", LiveQaManageHandlers.AnswerAsync)
            .Validate<AnswerRequest>()
            .WithName("AnswerLiveQuestion")
            .WithSummary("Publish the question with the interviewee's answer: the interview's next exchange, with the reader's name and place as its asker")
            .WithDescription("An ordinary write of the interview (If-Match optional: 412 when stale; a revision; the changes feed; readers' streams hear it at once). "
                + "409 unless the question is pending or approved.")
            .Produces<InterviewResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
