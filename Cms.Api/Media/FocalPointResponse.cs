namespace Cms.Api.Media;

/// <summary>Where the picture's subject is, as fractions of its width (x) and height (y); the centre until an editor sets it.</summary>
public sealed record FocalPointResponse(double X, double Y);
