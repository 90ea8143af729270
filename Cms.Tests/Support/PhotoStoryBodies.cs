namespace Cms.Tests.Support;

/// <summary>A photo story in full: its lead (summary) and photos in order.</summary>
public sealed record PhotoStoryBody(long Id, string Type, string Slug, string? Summary, IReadOnlyList<PhotoBody> Photos, ImageBody? CoverImage);

/// <summary>One photo: the picture (caption, alt, size) and who took it.</summary>
public sealed record PhotoBody(ImageBody Image, string? Credit);

/// <summary>A list row as far as photo stories add to it: the photo count on the card.</summary>
public sealed record PhotoCardBody(long Id, string Type, string Slug, int? PhotoCount);
