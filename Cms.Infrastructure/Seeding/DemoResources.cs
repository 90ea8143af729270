namespace Cms.Infrastructure.Seeding;

/// <summary>Reads the demo files embedded from Seeding/Data, so a deployed API needs no files beside it.</summary>
public static class DemoResources
{
    public static string Read(string fileName)
    {
        var assembly = typeof(DemoResources).Assembly;
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded demo file '{fileName}' is missing.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
