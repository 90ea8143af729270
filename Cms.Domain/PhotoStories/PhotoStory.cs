using Cms.Domain.Common;
using Cms.Domain.Content;

namespace Cms.Domain.PhotoStories;

/// <summary>
/// A photo story ("Phóng sự ảnh"): the lead (the shared summary), then photos in the order the
/// editor set, each large with its caption and credit. The cover stays the shared one, so lists
/// of mixed content need no special case.
/// </summary>
public sealed class PhotoStory : ContentItem
{
    /// <summary>More would be a slide show no reader finishes, and a page too heavy to build.</summary>
    public const int MaxPhotos = 200;

    private List<Photo> photos = [];

    private PhotoStory()
    {
    }

    public PhotoStory(ContentFields fields, IEnumerable<Photo> photos, DateTimeOffset now)
        : base(ContentType.PhotoStory, fields, now)
    {
        SetPhotos(photos);
    }

    public IReadOnlyList<Photo> Photos => photos;

    public void Update(ContentFields fields, IEnumerable<Photo> photos, DateTimeOffset now)
    {
        Apply(fields, now);
        SetPhotos(photos);
    }

    private void SetPhotos(IEnumerable<Photo> items)
    {
        var list = items.ToList();
        if (list.Count is 0 or > MaxPhotos)
        {
            throw new ConflictException($"A photo story needs between 1 and {MaxPhotos} photos.");
        }

        photos = list;
        // Readers search a photo story by what its pictures show and who took them.
        SetSearchText(photos.SelectMany(p => new[] { p.Image.Caption, p.Credit }));
    }
}
