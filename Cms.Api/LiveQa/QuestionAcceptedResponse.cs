namespace Cms.Api.LiveQa;

/// <summary>A question taken for moderation: it is shown to nobody until it is answered.</summary>
public sealed record QuestionAcceptedResponse(long Id);
