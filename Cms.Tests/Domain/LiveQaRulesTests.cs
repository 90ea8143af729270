using Cms.Domain.Common;
using Cms.Domain.Interviews;

namespace Cms.Tests.Domain;

public sealed class LiveQaRulesTests
{
    private static readonly DateTimeOffset Opens = new(2026, 12, 5, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Closes = Opens.AddHours(2);

    [Fact]
    public void A_session_is_open_from_its_opening_instant_up_to_but_not_at_its_closing_one()
    {
        Assert.Equal(LiveSessionState.Upcoming, LiveSession.StateOf(Opens, Closes, Opens.AddTicks(-10)));
        Assert.Equal(LiveSessionState.Open, LiveSession.StateOf(Opens, Closes, Opens));
        Assert.Equal(LiveSessionState.Open, LiveSession.StateOf(Opens, Closes, Closes.AddTicks(-10)));
        Assert.Equal(LiveSessionState.Closed, LiveSession.StateOf(Opens, Closes, Closes));
    }

    [Fact]
    public void A_session_closing_before_it_opens_or_lasting_over_a_week_is_refused()
    {
        Assert.Throws<ConflictException>(() => new LiveSession(1, Opens, Opens, Opens));
        Assert.Throws<ConflictException>(() => new LiveSession(1, Opens, Opens.AddDays(7).AddMinutes(1), Opens));
    }

    [Fact]
    public void An_answer_publishes_the_edited_wording_with_the_readers_name_and_place_only()
    {
        var question = new LiveQuestion(1, " Lê Vũ ", "Sóc Trăng", "khi nao?", "203.0.113.9", "Firefox", Opens);
        question.Edit("Khi nào?", "bientap", Opens);

        var exchange = question.Answer("Tháng sau.", null, "bientap", Opens);

        Assert.Equal(("Khi nào?", "Tháng sau.", "Lê Vũ (Sóc Trăng)"), (exchange.Question, exchange.Answer, exchange.Asker));
        Assert.Equal(LiveQuestionState.Answered, question.State);
        Assert.Throws<ConflictException>(() => question.Answer("Lần nữa.", null, "bientap", Opens));
    }

    [Fact]
    public void A_rejected_question_can_be_approved_again_and_then_answered()
    {
        var question = new LiveQuestion(1, "An", null, "Hỏi?", null, null, Opens);
        question.Reject("bientap", Opens);
        question.Approve("bientap", Opens);
        Assert.Equal(LiveQuestionState.Approved, question.State);
        Assert.Equal("An", question.Answer("Đáp.", null, null, Opens).Asker);
    }
}
