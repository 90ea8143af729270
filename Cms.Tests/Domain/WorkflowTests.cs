using Cms.Domain.Articles;
using Cms.Domain.Common;
using Cms.Domain.Content;

namespace Cms.Tests.Domain;

public sealed class WorkflowTests
{
    private static readonly DateTimeOffset Now = new(2024, 2, 1, 3, 0, 0, TimeSpan.Zero);

    private static Article NewArticle() =>
        new(new ContentFields("Tiêu đề", null, null, null, [], null), "<p>Nội dung</p>", Now);

    [Fact]
    public void A_new_item_is_a_draft_and_not_public()
    {
        var article = NewArticle();
        Assert.Equal(ContentStatus.Draft, article.Status);
        Assert.False(article.IsPublicAt(Now.AddYears(1)));
    }

    [Fact]
    public void Publishing_dates_the_item_and_makes_it_public()
    {
        var article = NewArticle();
        article.Publish(Now);
        Assert.Equal(Now, article.PublishedAt);
        Assert.True(article.IsPublicAt(Now));
    }

    [Fact]
    public void A_scheduled_item_goes_public_at_its_time()
    {
        var article = NewArticle();
        article.Schedule(Now.AddHours(2), Now);
        Assert.Equal(ContentStatus.Scheduled, article.Status);
        Assert.False(article.IsPublicAt(Now.AddHours(2).AddTicks(-1)));
        Assert.True(article.IsPublicAt(Now.AddHours(2)));
        Assert.Equal(ContentStatus.Published, article.EffectiveStatusAt(Now.AddHours(3)));
    }

    [Fact]
    public void Scheduling_in_the_past_or_a_live_item_is_refused()
    {
        var article = NewArticle();
        Assert.Throws<ConflictException>(() => article.Schedule(Now, Now));
        article.Publish(Now);
        Assert.Throws<ConflictException>(() => article.Schedule(Now.AddDays(1), Now));
    }

    [Fact]
    public void Unpublishing_hides_and_republishing_keeps_the_first_date()
    {
        var article = NewArticle();
        article.Publish(Now);
        article.Unpublish(Now.AddDays(1));
        Assert.False(article.IsPublicAt(Now.AddDays(2)));
        article.Publish(Now.AddDays(3));
        Assert.Equal(Now, article.PublishedAt);
        Assert.True(article.IsPublicAt(Now.AddDays(3)));
    }

    [Fact]
    public void Only_live_or_scheduled_items_can_be_unpublished() =>
        Assert.Throws<ConflictException>(() => NewArticle().Unpublish(Now));

    [Fact]
    public void Archived_items_are_not_public()
    {
        var article = NewArticle();
        article.Publish(Now);
        article.Archive(Now);
        Assert.False(article.IsPublicAt(Now.AddDays(1)));
    }

    [Fact]
    public void Text_is_stored_trimmed_and_NFC()
    {
        var decomposed = "  Sóc Trăng  ".Normalize(System.Text.NormalizationForm.FormD);
        var article = new Article(new ContentFields(decomposed, decomposed, null, null, [], decomposed), decomposed, Now);
        Assert.Equal("Sóc Trăng", article.Title);
        Assert.True(article.Title.IsNormalized(System.Text.NormalizationForm.FormC));
        Assert.Equal("Sóc Trăng", article.Author);
    }
}
