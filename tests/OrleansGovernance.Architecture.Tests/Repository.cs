namespace OrleansGovernance.Architecture.Tests;

/// <summary>The checkout these tests were built from: its root is the folder above them that holds the solution.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Every project of the repository, read from its csproj, in path order.</summary>
    public static IReadOnlyList<ProjectFile> Projects { get; } = ReadProjects();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string ReadText(string relative) => File.ReadAllText(PathOf(relative));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OrleansGovernance.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No OrleansGovernance.sln above {AppContext.BaseDirectory}.");
    }

    private static List<ProjectFile> ReadProjects()
    {
        var skipped = new[] { "bin", "obj", ".git", "node_modules" };
        var projects = Directory.EnumerateFiles(Root, "*.csproj", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(Root, path).Split(Path.DirectorySeparatorChar).Any(skipped.Contains))
            .Select(path => ProjectFile.Read(Root, path))
            .OrderBy(project => project.Folder, StringComparer.Ordinal)
            .ToList();
        return projects.Count > 0 ? projects : throw new InvalidOperationException($"No csproj files under {Root}.");
    }
}
