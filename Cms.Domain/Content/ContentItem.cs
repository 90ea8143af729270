using Cms.Domain.Authors;
using Cms.Domain.Common;
using Cms.Domain.Taxonomy;

namespace Cms.Domain.Content;

/// <summary>
/// What every piece of published content has: the fields the portal shows in lists
/// (title, lead, cover, byline, view count) and the publication workflow.
/// </summary>
public abstract class ContentItem : IAudited
{
    private readonly List<Tag> tags = [];
    private readonly List<ContentCredit> credits = [];

    protected ContentItem()
    {
        Slug = string.Empty;
        Title = string.Empty;
    }

    protected ContentItem(ContentType type, ContentFields fields, DateTimeOffset now)
    {
        Type = type;
        Slug = string.Empty;
        Title = string.Empty;
        Status = ContentStatus.Draft;
        CreatedAt = Timestamp.Normalize(now);
        Apply(fields, now);
    }

    public long Id { get; private set; }

    /// <summary>The kind of item; also the table's discriminator.</summary>
    public ContentType Type { get; private set; }

    public string Slug { get; private set; }

    public string Title { get; private set; }

    /// <summary>The lead paragraph ("sapo") shown under the title and in lists.</summary>
    public string? Summary { get; private set; }

    public Image? CoverImage { get; private set; }

    public int? CategoryId { get; private set; }

    public Category? Category { get; private set; }

    public IReadOnlyCollection<Tag> Tags => tags;

    /// <summary>The byline as printed, e.g. "Lê Vũ" (imported stories; credits name the people).</summary>
    public string? Author { get; private set; }

    /// <summary>Search and share overrides (title, description, picture, canonical URL); null when none.</summary>
    public SeoFields? Seo { get; private set; }

    /// <summary>The people the byline names, each with a role; in byline order by <see cref="ContentCredit.Position"/>.</summary>
    public IReadOnlyCollection<ContentCredit> Credits => credits;

    public ContentStatus Status { get; private set; }

    /// <summary>When the item went (or goes, if scheduled) public. Kept across unpublish/publish.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The user name of whoever created the item; it is also whose draft it is.</summary>
    public string? CreatedBy { get; private set; }

    public string? UpdatedBy { get; private set; }

    /// <summary>
    /// The item's own text beyond title and summary (article body without tags, interview
    /// questions and answers, video description), kept for the search index.
    /// </summary>
    public string? SearchText { get; private set; }

    /// <summary>Row version for optimistic concurrency (PostgreSQL's xmin).</summary>
    public uint Version { get; private set; }

    /// <summary>Whether a reader may see it at <paramref name="now"/> (<see cref="PublicNow"/>).</summary>
    public bool IsPublicAt(DateTimeOffset now) => PublicNow.Is(Status, PublishedAt, now);

    /// <summary>The status as a reader would see it (<see cref="PublicNow.Effective"/>).</summary>
    public ContentStatus EffectiveStatusAt(DateTimeOffset now) => PublicNow.Effective(Status, PublishedAt, now);

    public void Apply(ContentFields fields, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Title = Text.Clean(fields.Title);
        Summary = Text.CleanOptional(fields.Summary);
        CoverImage = fields.CoverImage;
        Author = Text.CleanOptional(fields.Author);
        Seo = fields.Seo is { IsEmpty: false } seo ? seo : null;
        SetCategory(fields.Category);
        tags.Clear();
        tags.AddRange(fields.Tags.DistinctBy(t => t.Slug));
        if (fields.Credits is { } wanted)
        {
            SetCredits(wanted);
        }

        Touch(now);
    }

    public void SetSlug(string slug)
    {
        if (!Common.Slug.IsValid(slug))
        {
            throw new ArgumentException($"'{slug}' is not a valid slug.", nameof(slug));
        }

        Slug = slug;
    }

    public void Publish(DateTimeOffset now)
    {
        if (EffectiveStatusAt(now) == ContentStatus.Published)
        {
            return; // Publishing twice is harmless: the item simply stays live.
        }

        // A first publication is dated now; a republished item keeps its original date
        // unless that date lies in the future (an unpublished schedule).
        PublishedAt = PublishedAt is { } at && at <= now ? at : Timestamp.Normalize(now);
        Status = ContentStatus.Published;
        Touch(now);
    }

    /// <summary>
    /// The scheduler's publish: a scheduled item whose time has come becomes Published, dated
    /// its scheduled time. Readers already see it from that time on; this records it. False
    /// when there is nothing to do (not scheduled, or not yet due).
    /// </summary>
    public bool PublishWhenDue(DateTimeOffset now)
    {
        if (Status != ContentStatus.Scheduled || PublishedAt > now)
        {
            return false;
        }

        Status = ContentStatus.Published;
        Touch(now);
        return true;
    }

    /// <summary>An author hands a draft to the editors. Submitting again is harmless.</summary>
    public void SubmitForReview(DateTimeOffset now)
    {
        if (Status == ContentStatus.InReview)
        {
            return;
        }

        if (Status != ContentStatus.Draft)
        {
            throw new ConflictException($"Only drafts can be submitted for review; this one is {Status.ToString().ToLowerInvariant()}.");
        }

        Status = ContentStatus.InReview;
        Touch(now);
    }

    /// <summary>
    /// An editor sends an item in review back to its author: it is a draft again, theirs to
    /// change, and the reason goes with it as a note the author reads when opening it.
    /// </summary>
    public ContentNote ReturnToAuthor(string reason, DateTimeOffset now)
    {
        if (Status != ContentStatus.InReview)
        {
            throw new ConflictException($"Only items in review can be returned to their author; this one is {Status.ToString().ToLowerInvariant()}.");
        }

        var note = ContentNote.Returned(Id, reason);
        Status = ContentStatus.Draft;
        Touch(now);
        return note;
    }

    public void Schedule(DateTimeOffset publishAt, DateTimeOffset now)
    {
        if (publishAt <= now)
        {
            throw new ConflictException("A scheduled publish time must lie in the future; publish the item instead.");
        }

        if (EffectiveStatusAt(now) == ContentStatus.Published)
        {
            throw new ConflictException("The item is already live. Unpublish it before scheduling it again.");
        }

        PublishedAt = Timestamp.Normalize(publishAt);
        Status = ContentStatus.Scheduled;
        Touch(now);
    }

    public void Unpublish(DateTimeOffset now)
    {
        if (!PublicNow.Statuses.Contains(Status)) // public, or to be at its time
        {
            throw new ConflictException($"Only published or scheduled items can be unpublished; this one is {Status.ToString().ToLowerInvariant()}.");
        }

        Status = ContentStatus.Unpublished;
        Touch(now);
    }

    public void Archive(DateTimeOffset now)
    {
        if (Status == ContentStatus.Archived)
        {
            return;
        }

        Status = ContentStatus.Archived;
        Touch(now);
    }

    /// <summary>Backdates publication for content imported from a previous system.</summary>
    public void ImportPublication(DateTimeOffset publishedAt, DateTimeOffset now)
    {
        PublishedAt = Timestamp.Normalize(publishedAt);
        Status = ContentStatus.Published;
        Touch(now);
    }

    /// <summary>Times are the workflow's own (see <see cref="Touch"/>); the save records who.</summary>
    public void RecordWrite(string? actor, DateTimeOffset now, bool isNew)
    {
        if (isNew)
        {
            CreatedBy = actor;
        }

        UpdatedBy = actor;
    }

    /// <summary>Each type says which of its texts readers may search for.</summary>
    protected void SetSearchText(params IEnumerable<string?> parts) =>
        SearchText = Text.CleanOptional(string.Join('\n', parts.Where(p => !string.IsNullOrWhiteSpace(p))));

    protected void Touch(DateTimeOffset now) => UpdatedAt = Timestamp.Normalize(now);

    /// <summary>
    /// The byline becomes <paramref name="wanted"/>, in its order (a person named twice for one
    /// role counts once). Lines kept are moved, not replaced: a credit's key is the item, the
    /// person and the role.
    /// </summary>
    private void SetCredits(IReadOnlyList<AuthorCredit> wanted)
    {
        var lines = wanted.DistinctBy(c => (c.Author.Id, c.Role)).ToList();
        credits.RemoveAll(c => !lines.Any(l => l.Author.Id == c.AuthorId && l.Role == c.Role));
        for (var position = 0; position < lines.Count; position++)
        {
            var line = lines[position];
            if (credits.Find(c => c.AuthorId == line.Author.Id && c.Role == line.Role) is { } kept)
            {
                kept.MoveTo(position);
            }
            else
            {
                credits.Add(new ContentCredit(line.Author, line.Role, position));
            }
        }
    }

    private void SetCategory(Category? category)
    {
        Category = category;
        CategoryId = category?.Id;
    }
}
