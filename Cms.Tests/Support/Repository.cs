namespace Cms.Tests.Support;

/// <summary>Files of the repository itself (the tests run from Cms.Tests/bin/…).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));

    /// <summary>
    /// Every line of the C# sources of <paramref name="projects"/> (build output left out), with
    /// its place as "Project/Folder/File.cs:line", for tests that hold a rule over the code.
    /// </summary>
    public static IEnumerable<(string Place, string Text)> SourceLines(params string[] projects)
    {
        foreach (var project in projects)
        {
            foreach (var file in Directory.EnumerateFiles(PathOf(project), "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(Root, file).Replace('\\', '/');
                if (relative.Contains("/bin/") || relative.Contains("/obj/"))
                {
                    continue;
                }

                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    yield return ($"{relative}:{i + 1}", lines[i]);
                }
            }
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Cms.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cms.sln not found above " + AppContext.BaseDirectory);
    }
}
