using Cms.Api.Auth;
using Cms.Api.Common;
using Cms.Api.Content;
using Cms.Api.Interviews;
using Cms.Api.Revisions;
using Cms.Domain.Common;
using Cms.Domain.Interviews;
using Cms.Infrastructure.LiveQa;
using Cms.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.LiveQa;

/// <summary>
/// What the newsroom's live Q&amp;A routes do (the routes: <see cref="LiveQaEndpoints"/>): the
/// session, the moderation queue, and publishing an answer, which is an ordinary write of the
/// interview (ContentWrites: If-Match, a revision, the change log, every cache, the site's rebuild).
/// </summary>
internal static class LiveQaManageHandlers
{
    public static async Task<Ok<LiveStatusResponse>> GetSessionAsync(long id, CmsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(LiveStatusResponse.Of(await InterviewAsync(db, id, ct), clock.GetUtcNow()));
    }

    public static async Task<Ok<LiveStatusResponse>> SetSessionAsync(long id, LiveSessionRequest request, CmsDbContext db, TimeProvider clock,
        HttpContext http, CancellationToken ct)
    {
        await InterviewAsync(db, id, ct);
        var now = clock.GetUtcNow();
        var session = await db.LiveSessions.FirstOrDefaultAsync(s => s.ContentId == id, ct);
        if (session is null)
        {
            db.LiveSessions.Add(new LiveSession(id, request.OpensAt!.Value, request.ClosesAt!.Value, now));
        }
        else
        {
            session.Set(request.OpensAt!.Value, request.ClosesAt!.Value, now);
        }

        await db.SaveChangesAsync(ct);
        return await GetSessionAsync(id, db, clock, http, ct);
    }

    public static async Task<Ok<List<ManagedQuestionResponse>>> ListQuestionsAsync(long id, [FromQuery, EnumValues(typeof(LiveQuestionState))] string? state,
        CmsDbContext db, HttpContext http, CancellationToken ct)
    {
        var wanted = EnumQuery.Parse<LiveQuestionState>(state, "state");
        await InterviewAsync(db, id, ct);
        http.Response.Headers.CacheControl = "no-store";
        var questions = await LiveQuestionQueries.QueueAsync(db, id, wanted, ct);
        return TypedResults.Ok(questions.Select(ManagedQuestionResponse.Of).ToList());
    }

    public static async Task<Ok<ManagedQuestionResponse>> UpdateQuestionAsync(long id, long questionId, QuestionUpdateRequest request,
        CmsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var question = await QuestionAsync(db, id, questionId, ct);
        var (by, now) = (http.User.ToActor().UserName, clock.GetUtcNow());
        if (request.Text is not null)
        {
            question.Edit(request.Text, by, now);
        }

        if (request.MergeInto is { } into)
        {
            question.MergeInto(await QuestionAsync(db, id, into, ct), by, now);
        }

        switch (request.State)
        {
            case "approved":
                question.Approve(by, now);
                break;
            case "rejected":
                question.Reject(by, now);
                break;
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ManagedQuestionResponse.Of(question));
    }

    /// <summary>Publishes the question with its answer as the interview's next exchange, in one transaction with the question's new state.</summary>
    public static async Task<Ok<InterviewResponse>> AnswerAsync(long id, long questionId, AnswerRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, [AsParameters] ContentWrites.StateServices services, CancellationToken ct)
    {
        var question = await QuestionAsync(services.Db, id, questionId, ct);
        var interview = await ContentWrites.LoadForWriteAsync<Interview>(services.Db, id, ifMatch, ct);
        var now = services.Clock.GetUtcNow();
        interview.AppendExchange(question.Answer(request.Answer!, request.Speaker, services.Http.User.ToActor().UserName, now), now);
        services.Revisions.Record(interview, RevisionActions.Answered);
        await services.Db.SaveChangesAsync(ct);
        return await ContentWrites.RespondAsync<Interview, InterviewResponse>(interview, services.Db, services.Mapping, services.Clock, services.Http);
    }

    private static async Task<LiveStatus> InterviewAsync(CmsDbContext db, long id, CancellationToken ct) =>
        await LiveStatusQuery.FindAsync(db, id, ct) ?? throw new NotFoundException("Interview", id);

    private static async Task<LiveQuestion> QuestionAsync(CmsDbContext db, long id, long questionId, CancellationToken ct) =>
        await db.LiveQuestions.FirstOrDefaultAsync(q => q.Id == questionId && q.ContentId == id, ct) ?? throw new NotFoundException("Question", questionId);
}
