using System.Text;
using Cms.Domain.Articles;
using Cms.Domain.Common;
using Cms.Domain.Content;

namespace Cms.Tests.Domain;

/// <summary>The domain's side of returning an item: which moves are allowed, and what the reason becomes.</summary>
public sealed class ReturnToAuthorTests
{
    private static readonly DateTimeOffset Now = new(2024, 2, 1, 3, 0, 0, TimeSpan.Zero);

    private static Article InReview()
    {
        var article = new Article(new ContentFields("Tiêu đề", null, null, null, [], null), "<p>Nội dung</p>", Now);
        article.SubmitForReview(Now);
        return article;
    }

    [Fact]
    public void An_item_in_review_goes_back_as_a_draft_with_the_reason_as_a_returned_note()
    {
        var article = InReview();

        var note = article.ReturnToAuthor("  Cần thêm nguồn tin.  ".Normalize(NormalizationForm.FormD), Now.AddHours(1));

        Assert.Equal(ContentStatus.Draft, article.Status);
        Assert.Equal(Now.AddHours(1), article.UpdatedAt);
        Assert.Equal((ContentNoteKind.Returned, "Cần thêm nguồn tin.".Normalize(NormalizationForm.FormC), (long?)null), (note.Kind, note.Text, note.ParentId));
    }

    [Theory]
    [InlineData(ContentStatus.Draft)]
    [InlineData(ContentStatus.Published)]
    [InlineData(ContentStatus.Archived)]
    public void Only_an_item_in_review_can_be_returned(ContentStatus status)
    {
        var article = new Article(new ContentFields("Tiêu đề", null, null, null, [], null), "<p>Nội dung</p>", Now);
        if (status == ContentStatus.Published)
        {
            article.Publish(Now);
        }
        else if (status == ContentStatus.Archived)
        {
            article.Archive(Now);
        }

        Assert.Throws<ConflictException>(() => article.ReturnToAuthor("Trả lại.", Now));
        Assert.Equal(status, article.Status);
    }

    [Fact]
    public void The_author_may_hand_a_returned_item_in_again()
    {
        var article = InReview();
        article.ReturnToAuthor("Sửa tít.", Now);

        article.SubmitForReview(Now);

        Assert.Equal(ContentStatus.InReview, article.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_note_holds_some_text(string text) =>
        Assert.Throws<ArgumentException>(() => ContentNote.Comment(1, text));

    [Fact]
    public void A_note_holds_at_most_4000_characters_once_composed()
    {
        Assert.Equal(4000, ContentNote.Comment(1, new string('ấ', 4000)).Text.Length);
        Assert.Throws<ArgumentException>(() => ContentNote.Comment(1, new string('\u0958', 2001)));
    }
}
