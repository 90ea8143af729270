using SkiaSharp;

namespace Cms.Infrastructure.Media;

/// <summary>What an upload turned out to be: its real type (from its bytes), its size as displayed, whether it has transparency.</summary>
public sealed record InspectedImage(string ContentType, string Extension, int Width, int Height, bool HasAlpha);

/// <summary>A rendition made from an original, ready to store.</summary>
public sealed record EncodedRendition(PlannedRendition Plan, byte[] Bytes);

/// <summary>
/// Reads and resizes uploaded images with SkiaSharp. The type is decided by the file's first
/// bytes and confirmed by the decoder, never by its name or the Content-Type the client sent;
/// dimensions are read from the header before anything is decoded, so a small file that
/// would unpack into gigabytes of pixels is refused without unpacking it.
/// </summary>
public static class ImageProcessor
{
    /// <summary>The image, or null when the bytes are not a JPEG, PNG, GIF or WebP image that decodes.</summary>
    public static InspectedImage? Inspect(byte[] bytes)
    {
        if (Sniff(bytes) is not var (contentType, extension, format))
        {
            return null;
        }

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat != format || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return null;
        }

        var (width, height) = IsQuarterTurn(codec.EncodedOrigin) ? (codec.Info.Height, codec.Info.Width) : (codec.Info.Width, codec.Info.Height);
        return new InspectedImage(contentType, extension, width, height, codec.Info.AlphaType != SKAlphaType.Opaque && format != SKEncodedImageFormat.Jpeg);
    }

    /// <summary>Whether the whole image decodes (a truncated or corrupt file does not).</summary>
    public static bool Decodes(byte[] bytes)
    {
        try
        {
            using var bitmap = DecodeUpright(bytes);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// The planned renditions (<see cref="RenditionPlan"/>), encoded from one decoding of the
    /// original, upright (phone photos' EXIF orientation applied): each its frame of the
    /// original, resized to its width.
    /// </summary>
    public static IReadOnlyList<EncodedRendition> Encode(byte[] bytes, IReadOnlyList<PlannedRendition> plan)
    {
        if (plan.Count == 0)
        {
            return [];
        }

        using var original = DecodeUpright(bytes);
        var renditions = new List<EncodedRendition>();
        foreach (var frame in plan.GroupBy(p => p.Frame))
        {
            using var cut = Cut(original, frame.Key);
            foreach (var size in frame.GroupBy(p => (p.Width, p.Height)))
            {
                using var resized = cut.Resize(new SKImageInfo(size.Key.Width, size.Key.Height, SKColorType.Rgba8888, SKAlphaType.Premul),
                    new SKSamplingOptions(SKCubicResampler.Mitchell)) ?? throw new InvalidOperationException("The image could not be resized.");
                using var image = SKImage.FromBitmap(resized);
                foreach (var planned in size)
                {
                    var format = planned.IsWebp ? SKEncodedImageFormat.Webp : planned.Extension == "png" ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg;
                    using var encoded = image.Encode(format, planned.IsWebp ? 80 : 82);
                    renditions.Add(new EncodedRendition(planned, encoded.ToArray()));
                }
            }
        }

        return renditions;
    }

    private static SKBitmap Cut(SKBitmap original, CropFrame frame)
    {
        var cut = new SKBitmap();
        if (!original.ExtractSubset(cut, new SKRectI(frame.Left, frame.Top, frame.Left + frame.Width, frame.Top + frame.Height)))
        {
            cut.Dispose();
            throw new InvalidOperationException("The crop lies outside the image.");
        }

        return cut;
    }

    private static (string ContentType, string Extension, SKEncodedImageFormat Format)? Sniff(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xD8, 0xFF, ..] => ("image/jpeg", "jpg", SKEncodedImageFormat.Jpeg),
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => ("image/png", "png", SKEncodedImageFormat.Png),
        [0x47, 0x49, 0x46, 0x38, 0x37 or 0x39, 0x61, ..] => ("image/gif", "gif", SKEncodedImageFormat.Gif),
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => ("image/webp", "webp", SKEncodedImageFormat.Webp),
        _ => null,
    };

    private static bool IsQuarterTurn(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    private static SKBitmap DecodeUpright(byte[] bytes)
    {
        using var codec = SKCodec.Create(new MemoryStream(bytes)) ?? throw new InvalidOperationException("The image could not be read.");
        var decoded = new SKBitmap(codec.Info.WithColorType(SKColorType.Rgba8888).WithAlphaType(codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul));
        // Decoders fill in what a truncated file lacks and say so only here: anything but success is a damaged file.
        var result = codec.GetPixels(decoded.Info, decoded.GetPixels());
        if (result != SKCodecResult.Success)
        {
            decoded.Dispose();
            throw new InvalidOperationException($"The image could not be decoded ({result}).");
        }

        var degrees = codec.EncodedOrigin switch
        {
            SKEncodedOrigin.BottomRight => 180,
            SKEncodedOrigin.RightTop => 90,
            SKEncodedOrigin.LeftBottom => 270,
            _ => 0, // mirrored origins are rare enough in newsroom photos to show as stored
        };
        if (degrees == 0)
        {
            return decoded;
        }

        using (decoded)
        {
            var quarter = degrees != 180;
            var upright = new SKBitmap(quarter ? decoded.Height : decoded.Width, quarter ? decoded.Width : decoded.Height);
            using var canvas = new SKCanvas(upright);
            canvas.Translate(upright.Width / 2f, upright.Height / 2f);
            canvas.RotateDegrees(degrees);
            canvas.Translate(-decoded.Width / 2f, -decoded.Height / 2f);
            using var image = SKImage.FromBitmap(decoded);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear));
            return upright;
        }
    }
}
