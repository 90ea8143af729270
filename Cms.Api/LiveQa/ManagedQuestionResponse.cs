using Cms.Domain.Interviews;

namespace Cms.Api.LiveQa;

/// <summary>A reader's question as the staff see it: with the address and browser it came from, never shown to the public.</summary>
public sealed record ManagedQuestionResponse
{
    public required long Id { get; init; }

    public required string Name { get; init; }

    public string? Place { get; init; }

    /// <summary>As the reader sent it.</summary>
    public required string Text { get; init; }

    /// <summary>The moderator's wording, published instead of text; null when unchanged.</summary>
    public string? EditedText { get; init; }

    public required LiveQuestionState State { get; init; }

    public long? MergedIntoId { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public string? ClientAddress { get; init; }

    public string? UserAgent { get; init; }

    public DateTimeOffset? ModeratedAt { get; init; }

    public string? ModeratedBy { get; init; }

    public static ManagedQuestionResponse Of(LiveQuestion q) => new()
    {
        Id = q.Id,
        Name = q.Name,
        Place = q.Place,
        Text = q.Text,
        EditedText = q.EditedText,
        State = q.State,
        MergedIntoId = q.MergedIntoId,
        SubmittedAt = q.SubmittedAt,
        ClientAddress = q.ClientAddress,
        UserAgent = q.UserAgent,
        ModeratedAt = q.ModeratedAt,
        ModeratedBy = q.ModeratedBy,
    };
}
