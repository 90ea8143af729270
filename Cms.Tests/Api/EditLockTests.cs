using System.Net.Http.Json;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// Edit locks through HTTP on PostgreSQL: the open editor takes and renews an item's lock, others
/// are told who holds it and since when, it lapses a lifetime after the last heartbeat, editors
/// may take it over (authors only from themselves), the loser hears of it at once on the events
/// stream (also through another API instance), and saving never depends on it.
/// </summary>
public sealed class EditLockTests(EditLockTests.ShortLockApp app) : IClassFixture<EditLockTests.ShortLockApp>
{
    /// <summary>The API with a ten-second lock lifetime (Cms:EditLocks:Lifetime), so the clock need move only a little.</summary>
    public sealed class ShortLockApp : CmsApp
    {
        public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Cms:EditLocks:Lifetime"] = "00:00:10" };
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Tab() => Guid.NewGuid().ToString("N");

    private static string Lock(long id) => $"/api/v1/manage/articles/{id}/lock";

    private static Task<HttpResponseMessage> TakeAsync(HttpClient client, long id, string session, bool? takeOver = null) =>
        client.PostAsJsonAsync(Lock(id), new { sessionId = session, takeOver }, Ct);

    private static Task<HttpResponseMessage> RenewAsync(HttpClient client, long id, string session) =>
        client.PutAsJsonAsync(Lock(id), new { sessionId = session }, Ct);

    private async Task<long> DraftAsync(HttpClient client, string title) =>
        (await client.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article(title))).Id;

    /// <summary>An account with a display name, as the newsroom knows the person.</summary>
    private async Task<HttpClient> PersonAsync(string role, string displayName)
    {
        var userName = $"{role}.{Guid.NewGuid():N}"[..20];
        using (var admin = await app.EditorAsync())
        {
            await admin.PostJsonAsync("/api/v1/manage/users", new { userName, password = "long-enough-password", role, displayName });
        }

        return await app.SignInAsync(userName, "long-enough-password");
    }

    private Task<int> LockRowsAsync(long id) => app.DbAsync(db => db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM edit_locks WHERE content_id = {id}").SingleAsync(Ct));

    [Fact]
    public async Task Opening_an_item_takes_its_lock_and_anyone_who_may_see_it_reads_who_holds_it()
    {
        using var editor = await PersonAsync("editor", "Lê Vũ");
        using var other = await PersonAsync("editor", "Trần Thị Mai");
        var id = await DraftAsync(editor, "Bài khóa khi mở");
        var tab = Tab();

        var taken = await TakeAsync(editor, id, tab);

        Assert.Equal(200, (int)taken.StatusCode);
        var held = (await taken.BodyAsync<LockBody>()).Holder!;
        Assert.Equal(("Lê Vũ", tab), (held.DisplayName, held.SessionId));
        Assert.Equal(app.Clock.GetUtcNow().AddTicks(ShortLockApp.Lifetime.Ticks), held.ExpiresAt, TimeSpan.FromMilliseconds(1));
        var seen = await other.GetBodyAsync<LockBody>(Lock(id));
        Assert.Equal(held.UserName, seen.Holder!.UserName);
        Assert.Equal(1, await LockRowsAsync(id));
    }

    [Fact]
    public async Task An_item_nobody_edits_has_no_holder()
    {
        using var editor = await app.EditorAsync();
        var id = await DraftAsync(editor, "Bài chưa ai mở");

        Assert.Null((await editor.GetBodyAsync<LockBody>(Lock(id))).Holder);
    }

    [Fact]
    public async Task Another_tab_is_told_409_with_the_holder_and_since_when_and_nothing_changes()
    {
        using var first = await PersonAsync("editor", "Lê Vũ");
        using var second = await PersonAsync("editor", "Trần Thị Mai");
        var id = await DraftAsync(first, "Bài đang được sửa");
        var tab = Tab();
        var since = (await (await TakeAsync(first, id, tab)).BodyAsync<LockBody>()).Holder!.Since;

        var refused = await TakeAsync(second, id, Tab());

        await refused.AssertProblemAsync(409);
        var problem = await refused.BodyAsync<LockProblemBody>();
        Assert.Equal(("Lê Vũ", tab, since), (problem.Holder!.DisplayName, problem.Holder.SessionId, problem.Holder.Since));
        Assert.Contains("Lê Vũ", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(tab, (await second.GetBodyAsync<LockBody>(Lock(id))).Holder!.SessionId);
    }

    [Fact]
    public async Task The_same_user_in_two_tabs_is_two_holders()
    {
        using var editor = await app.EditorAsync();
        var id = await DraftAsync(editor, "Bài mở hai thẻ");
        await TakeAsync(editor, id, Tab());

        await (await TakeAsync(editor, id, Tab())).AssertProblemAsync(409);
    }

    [Fact]
    public async Task A_heartbeat_renews_the_lock_and_keeps_since()
    {
        using var editor = await app.EditorAsync();
        var id = await DraftAsync(editor, "Bài giữ khóa");
        var tab = Tab();
        var first = (await (await TakeAsync(editor, id, tab)).BodyAsync<LockBody>()).Holder!;

        app.Clock.Advance(TimeSpan.FromSeconds(7));
        var renewed = await RenewAsync(editor, id, tab);
        app.Clock.Advance(TimeSpan.FromSeconds(7)); // past the first expiry, within the renewed one

        Assert.Equal(200, (int)renewed.StatusCode);
        var held = (await renewed.BodyAsync<LockBody>()).Holder!;
        Assert.Equal(first.Since, held.Since);
        Assert.True(held.ExpiresAt > first.ExpiresAt);
        using var other = await app.UserAsync("editor");
        await (await TakeAsync(other, id, Tab())).AssertProblemAsync(409);
    }

    [Fact]
    public async Task A_lock_without_heartbeat_lapses_after_its_lifetime_and_is_free_to_take()
    {
        using var first = await app.EditorAsync();
        using var second = await app.UserAsync("editor");
        var id = await DraftAsync(first, "Bài bỏ quên");
        await TakeAsync(first, id, Tab());

        app.Clock.Advance(ShortLockApp.Lifetime + TimeSpan.FromSeconds(1));

        Assert.Null((await second.GetBodyAsync<LockBody>(Lock(id))).Holder);
        var tab = Tab();
        var taken = await TakeAsync(second, id, tab);
        Assert.Equal(200, (int)taken.StatusCode);
        Assert.Equal(tab, (await taken.BodyAsync<LockBody>()).Holder!.SessionId);
    }

    [Fact]
    public async Task An_editor_takes_over_an_authors_lock_and_the_authors_heartbeat_is_told_who_and_when()
    {
        using var author = await PersonAsync("author", "Lê Vũ");
        using var editor = await PersonAsync("editor", "Trần Thị Mai");
        var id = await DraftAsync(author, "Bài của tác giả bị giành");
        var authorTab = Tab();
        await TakeAsync(author, id, authorTab);
        var editorTab = Tab();

        var takeOver = await TakeAsync(editor, id, editorTab, takeOver: true);

        Assert.Equal(200, (int)takeOver.StatusCode);
        Assert.Equal(editorTab, (await takeOver.BodyAsync<LockBody>()).Holder!.SessionId);
        var lost = await RenewAsync(author, id, authorTab);
        await lost.AssertProblemAsync(409);
        var problem = await lost.BodyAsync<LockProblemBody>();
        Assert.Equal(("Trần Thị Mai", editorTab), (problem.Holder!.DisplayName, problem.Holder.SessionId));
        Assert.Contains("Trần Thị Mai", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_author_may_not_take_over_someone_elses_lock_and_it_stays()
    {
        using var author = await app.UserAsync("author");
        using var editor = await app.UserAsync("editor");
        var id = await DraftAsync(author, "Bài tác giả đang bị biên tập");
        var editorTab = Tab();
        await TakeAsync(editor, id, editorTab);

        await (await TakeAsync(author, id, Tab(), takeOver: true)).AssertProblemAsync(403);

        Assert.Equal(editorTab, (await author.GetBodyAsync<LockBody>(Lock(id))).Holder!.SessionId);
    }

    [Fact]
    public async Task An_author_may_take_over_their_own_lock_from_another_tab()
    {
        using var author = await app.UserAsync("author");
        var id = await DraftAsync(author, "Bài tác giả mở hai thẻ");
        await TakeAsync(author, id, Tab());
        var tab = Tab();

        var taken = await TakeAsync(author, id, tab, takeOver: true);

        Assert.Equal(200, (int)taken.StatusCode);
        Assert.Equal(tab, (await taken.BodyAsync<LockBody>()).Holder!.SessionId);
    }

    [Fact]
    public async Task An_author_may_neither_read_nor_take_the_lock_of_an_item_they_did_not_write()
    {
        using var editor = await app.EditorAsync();
        using var author = await app.UserAsync("author");
        var id = await DraftAsync(editor, "Bài của biên tập viên");

        await (await author.GetAsync(Lock(id), Ct)).AssertProblemAsync(403);
        await (await TakeAsync(author, id, Tab())).AssertProblemAsync(403);
        Assert.Equal(0, await LockRowsAsync(id));
    }

    [Fact]
    public async Task Releasing_frees_the_item_and_releasing_a_lock_one_does_not_hold_changes_nothing()
    {
        using var editor = await app.EditorAsync();
        var id = await DraftAsync(editor, "Bài đóng lại");
        var tab = Tab();
        await TakeAsync(editor, id, tab);

        var notMine = await editor.DeleteAsync($"{Lock(id)}?sessionId={Tab()}", Ct);
        Assert.Equal(204, (int)notMine.StatusCode);
        Assert.Equal(1, await LockRowsAsync(id));

        var released = await editor.DeleteAsync($"{Lock(id)}?sessionId={tab}", Ct);
        Assert.Equal(204, (int)released.StatusCode);
        Assert.Equal(0, await LockRowsAsync(id));
        Assert.Null((await editor.GetBodyAsync<LockBody>(Lock(id))).Holder);
    }

    [Fact]
    public async Task A_session_id_that_is_missing_or_not_an_id_is_a_400_naming_it()
    {
        using var editor = await app.EditorAsync();
        var id = await DraftAsync(editor, "Bài mã phiên sai");

        Assert.Contains("sessionId", await (await editor.PostAsJsonAsync(Lock(id), new { takeOver = true }, Ct)).AssertValidationErrorsAsync());
        Assert.Contains("sessionId", await (await TakeAsync(editor, id, "x y")).AssertValidationErrorsAsync());
        Assert.Contains("sessionId", await (await editor.DeleteAsync(Lock(id), Ct)).AssertValidationErrorsAsync());
        Assert.Equal(0, await LockRowsAsync(id));
    }

    [Fact]
    public async Task A_lock_goes_with_its_item()
    {
        using var editor = await app.EditorAsync();
        var id = await DraftAsync(editor, "Bài sẽ xóa");
        await TakeAsync(editor, id, Tab());

        var deleted = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/articles/{id}", null, "*"), Ct);

        Assert.Equal(204, (int)deleted.StatusCode);
        Assert.Equal(0, await LockRowsAsync(id));
    }

    [Fact]
    public async Task Saving_does_not_need_the_lock_if_match_still_guards_it()
    {
        using var holder = await app.EditorAsync();
        using var other = await app.UserAsync("editor");
        var id = await DraftAsync(holder, "Bài lưu không cần khóa");
        await TakeAsync(holder, id, Tab());
        var version = (await other.GetBodyAsync<ItemBody>($"/api/v1/manage/articles/{id}")).Version;

        var saved = await other.PutRawAsync($"/api/v1/manage/articles/{id}", Samples.Article("Bài lưu không cần khóa, đã sửa"), $"\"{version}\"");
        var stale = await other.PutRawAsync($"/api/v1/manage/articles/{id}", Samples.Article("Bài lưu lần nữa"), $"\"{version}\"");

        Assert.Equal(200, (int)saved.StatusCode);
        await stale.AssertProblemAsync(412);
    }

    [Fact]
    public async Task The_events_stream_tells_the_first_editor_of_a_take_over_within_two_seconds()
    {
        using var first = await app.EditorAsync();
        using var second = await PersonAsync("editor", "Trần Thị Mai");
        var id = await DraftAsync(first, "Bài báo tin giành quyền");
        var tab = Tab();
        await TakeAsync(first, id, tab);
        using var events = await LockEvents.OpenAsync(first, $"{Lock(id)}/events", Ct);
        Assert.Equal("text/event-stream", events.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no", Assert.Single(events.Response.Headers.GetValues("X-Accel-Buffering"))); // a proxy passes each event on at once
        Assert.Equal(tab, (await events.NextAsync(TimeSpan.FromSeconds(5))).Holder!.SessionId);

        var secondTab = Tab();
        await TakeAsync(second, id, secondTab, takeOver: true);

        var told = await events.NextWhereAsync(e => e.Holder?.SessionId != tab, TimeSpan.FromSeconds(2));
        Assert.Equal(("Trần Thị Mai", secondTab), (told.Holder!.DisplayName, told.Holder.SessionId));
    }

    [Fact]
    public async Task Two_api_instances_on_one_database_agree_on_the_holder_and_tell_each_others_editors()
    {
        await using var other = CmsApp.SharingDatabaseWith(app);
        await other.InitializeAsync();
        // Each app's test clock stands still where it started; set both to the later one, as two servers' clocks agree.
        var now = new[] { app.Clock.GetUtcNow(), other.Clock.GetUtcNow() }.Max();
        app.Clock.SetUtcNow(now);
        other.Clock.SetUtcNow(now);
        using var onA = await app.EditorAsync();
        using var onB = await other.UserAsync("editor");
        var id = await DraftAsync(onA, "Bài qua hai tiến trình");
        var tab = Tab();
        await TakeAsync(onA, id, tab);
        using var events = await LockEvents.OpenAsync(onA, $"{Lock(id)}/events", Ct);
        await events.NextAsync(TimeSpan.FromSeconds(5));

        var refused = await TakeAsync(onB, id, Tab());
        var takenOnB = await TakeAsync(onB, id, Tab(), takeOver: true);

        await refused.AssertProblemAsync(409);
        Assert.Equal(200, (int)takenOnB.StatusCode);
        var told = await events.NextWhereAsync(e => e.Holder?.SessionId != tab, TimeSpan.FromSeconds(2));
        Assert.NotNull(told.Holder);
        await (await RenewAsync(onA, id, tab)).AssertProblemAsync(409);
    }
}
