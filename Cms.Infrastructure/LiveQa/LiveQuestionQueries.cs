using Cms.Domain.Interviews;
using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cms.Infrastructure.LiveQa;

/// <summary>The live Q&amp;A's questions as the staff read them, and the retention sweep that deletes them.</summary>
public static class LiveQuestionQueries
{
    /// <summary>One session's questions, oldest first (the order they arrived), all or those in one state.</summary>
    public static Task<List<LiveQuestion>> QueueAsync(CmsDbContext db, long contentId, LiveQuestionState? state, CancellationToken ct) =>
        db.LiveQuestions.AsNoTracking()
            .Where(q => q.ContentId == contentId && (state == null || q.State == state))
            .OrderBy(q => q.SubmittedAt).ThenBy(q => q.Id)
            .ToListAsync(ct);

    /// <summary>
    /// Deletes the questions (names, addresses, browsers, wording) of every session closed before
    /// <paramref name="closedBefore"/>; what was published stays in the interview. One statement.
    /// </summary>
    public static Task<int> DeleteExpiredAsync(CmsDbContext db, DateTimeOffset closedBefore, CancellationToken ct) =>
        db.LiveQuestions
            .Where(q => db.LiveSessions.Any(s => s.ContentId == q.ContentId && s.ClosesAt < closedBefore))
            .ExecuteDeleteAsync(ct);
}
