using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cms.Infrastructure.SignIn;

/// <summary>
/// Locks a user name out after repeated failed sign-ins: <c>maxFailures</c> failures within
/// <c>window</c> lock it for <c>lockout</c>. Each step is one atomic statement, so two
/// instances counting at once never lose a failure.
/// </summary>
public sealed class SignInGuard(CmsDbContext db)
{
    /// <summary>Until when the name is locked, or null when it may try.</summary>
    public async Task<DateTimeOffset?> LockedUntilAsync(string userName, DateTimeOffset now, CancellationToken ct)
    {
        var key = Key(userName);
        var until = await db.Set<SignInFailures>().AsNoTracking()
            .Where(f => f.UserName == key)
            .Select(f => f.LockedUntil)
            .FirstOrDefaultAsync(ct);
        return until > now ? until : null;
    }

    /// <summary>Counts one failure; returns until when the name is now locked, if this failure locked it.</summary>
    public async Task<DateTimeOffset?> RecordFailureAsync(
        string userName, DateTimeOffset now, int maxFailures, TimeSpan window, TimeSpan lockout, CancellationToken ct)
    {
        var key = Key(userName);
        var windowStart = now - window;
        var failures = await db.Database.SqlQuery<int>($"""
            INSERT INTO sign_in_failures (user_name, failures, window_started_at, locked_until)
            VALUES ({key}, 1, {now}, NULL)
            ON CONFLICT (user_name) DO UPDATE SET
                failures = CASE WHEN sign_in_failures.window_started_at < {windowStart} THEN 1 ELSE sign_in_failures.failures + 1 END,
                window_started_at = CASE WHEN sign_in_failures.window_started_at < {windowStart} THEN {now} ELSE sign_in_failures.window_started_at END
            RETURNING failures AS "Value"
            """).ToListAsync(ct);
        if (failures[0] < maxFailures)
        {
            return null;
        }

        var until = now + lockout;
        await db.Database.ExecuteSqlAsync($"""
            UPDATE sign_in_failures SET failures = 0, window_started_at = {now}, locked_until = {until}
            WHERE user_name = {key}
            """, ct);
        return until;
    }

    /// <summary>A successful sign-in forgets earlier failures.</summary>
    public Task ResetAsync(string userName, CancellationToken ct) =>
        db.Set<SignInFailures>().Where(f => f.UserName == Key(userName)).ExecuteDeleteAsync(ct);

    private static string Key(string userName) => userName.Trim().ToLowerInvariant();
}
