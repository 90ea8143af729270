using Cms.Domain.Common;

namespace Cms.Domain.Authors;

/// <summary>
/// What one credited person is paid for one published item ("nhuận bút"): points the newsroom
/// converts later, an amount in đồng, or both. Set by an editor; the report sums them per period.
/// </summary>
public sealed class Royalty
{
    private Royalty()
    {
    }

    public Royalty(long contentId, int authorId, decimal? points, long? amount, string? note, string? setBy, DateTimeOffset setAt)
    {
        if (points is null && amount is null)
        {
            throw new ArgumentException("A royalty needs points or an amount.", nameof(points));
        }

        if (points < 0 || amount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(points), "A royalty cannot be negative.");
        }

        ContentId = contentId;
        AuthorId = authorId;
        Points = points;
        Amount = amount;
        Note = Text.CleanOptional(note);
        SetBy = setBy;
        SetAt = Timestamp.Normalize(setAt);
    }

    public long ContentId { get; private set; }

    public int AuthorId { get; private set; }

    public decimal? Points { get; private set; }

    /// <summary>In đồng (VND), whole.</summary>
    public long? Amount { get; private set; }

    public string? Note { get; private set; }

    public string? SetBy { get; private set; }

    public DateTimeOffset SetAt { get; private set; }
}
