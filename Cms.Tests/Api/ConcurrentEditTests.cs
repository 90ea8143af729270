using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>Two editors saving the same item at the same moment: one wins, the other is told, nothing is lost silently.</summary>
public sealed class ConcurrentEditTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Simultaneous_saves_of_one_version_give_one_200_and_one_412()
    {
        using var first = await app.UserAsync("editor");
        using var second = await app.UserAsync("editor");
        var id = (await first.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài hai người cùng sửa"))).Id;

        for (var round = 0; round < 10; round++)
        {
            var etag = (await first.GetAsync($"/api/v1/manage/articles/{id}", Ct)).Headers.ETag!.Tag;
            var titles = new[] { $"Bản của người thứ nhất {round}", $"Bản của người thứ hai {round}" };
            var answers = await Task.WhenAll(
                first.PutRawAsync($"/api/v1/manage/articles/{id}", Samples.Article(titles[0]), etag),
                second.PutRawAsync($"/api/v1/manage/articles/{id}", Samples.Article(titles[1]), etag));

            var statuses = answers.Select(a => (int)a.StatusCode).ToArray();
            Assert.Equal([200, 412], statuses.Order());
            await answers.Single(a => (int)a.StatusCode == 412).AssertProblemAsync(412);
            var winner = titles[Array.IndexOf(statuses, 200)];
            Assert.Equal(winner, await app.DbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Title).SingleAsync(Ct)));
        }
    }
}
