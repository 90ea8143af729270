namespace Cms.Domain.Authors;

/// <summary>One line of an item's byline: who, for what, and in which place ("Bài và ảnh: Lê Vũ").</summary>
public sealed class ContentCredit
{
    private ContentCredit()
    {
    }

    public ContentCredit(Author author, CreditRole role, int position)
    {
        ArgumentNullException.ThrowIfNull(author);
        Author = author;
        AuthorId = author.Id;
        Role = role;
        Position = position;
    }

    public long ContentId { get; private set; }

    public int AuthorId { get; private set; }

    public Author? Author { get; private set; }

    public CreditRole Role { get; private set; }

    /// <summary>Place in the byline, from 0.</summary>
    public int Position { get; private set; }

    public void MoveTo(int position) => Position = position;
}
