using Cms.Infrastructure.Persistence;
using Cms.Tests.Support;
using Npgsql;

namespace Cms.Tests.Api;

/// <summary>
/// A command PostgreSQL refuses while binding its parameters, on the execution where Npgsql
/// prepares the statement, used to leave that pooled connection unable to run the statement
/// again: the next request given it answered 500 ("unexpected backend message DataRow").
/// Failing commands and valid requests running the same SQL, many at once, on the API's own pool.
/// Alone, not beside other classes: the backstop (PoolHygiene) clears every pool of the process,
/// and other classes' tests count their own idle connections (ConnectionResilienceTests).
/// </summary>
[Collection(nameof(PoolHygieneTests))]
public sealed class PoolHygieneTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_command_failing_while_binding_never_breaks_a_later_request()
    {
        using var editor = await app.EditorAsync();
        await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Tin có từ khoá", "Sóc Trăng"));
        var clearsBefore = PoolHygiene.Clears;

        // The editors' list within a tag looks the tag up with TagPlanner's SQL on every request
        // (an Authorization header: never from the output cache); the failing commands run that
        // same SQL with a value PostgreSQL refuses, through the app's own DbContext and pool.
        var failures = 0;
        var answers = new List<(int Status, string Body)>();
        await Task.WhenAll(Enumerable.Range(0, 16).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            for (var i = 0; i < 40; i++)
            {
                if (random.Next(2) == 0)
                {
                    var error = await Assert.ThrowsAsync<PostgresException>(() =>
                        app.DbAsync(db => new TagPlanner(db).FromLinksAsync("soc\0trang", Ct)));
                    Assert.Equal(PostgresErrorCodes.CharacterNotInRepertoire, error.SqlState);
                    Interlocked.Increment(ref failures);
                }
                else
                {
                    var response = await editor.GetAsync("/api/v1/manage/articles?tag=soc-trang", Ct);
                    var body = await response.Content.ReadAsStringAsync(Ct);
                    lock (answers)
                    {
                        answers.Add(((int)response.StatusCode, body));
                    }
                }
            }
        }, Ct)));

        Assert.True(failures > 100 && answers.Count > 100, $"{failures} failing commands, {answers.Count} requests: too few to mix.");
        var wrong = answers.Where(a => a.Status != 200).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {answers.Count} valid requests failed: {wrong.FirstOrDefault().Body}");
        Assert.All(answers, a => Assert.Contains("Tin có từ khoá", a.Body, StringComparison.Ordinal));
        Assert.True(PoolHygiene.Clears > clearsBefore);
    }
}

/// <summary>Runs <see cref="PoolHygieneTests"/> while no other test class runs.</summary>
[CollectionDefinition(nameof(PoolHygieneTests), DisableParallelization = true)]
public sealed class PoolHygieneCollection;
