using System.Xml.Linq;

namespace OrleansGovernance.Architecture.Tests;

/// <summary>One project as its csproj declares it: where it lives and the projects and packages it references.</summary>
internal sealed record ProjectFile(string Name, string Folder, IReadOnlyList<string> ProjectReferences, IReadOnlyList<string> PackageReferences)
{
    /// <summary>Tests, their shared fixtures and the benchmarks: everything under tests/.</summary>
    public bool IsTest => Folder.StartsWith("tests/", StringComparison.Ordinal);

    public static ProjectFile Read(string root, string path)
    {
        var project = XDocument.Load(path);
        return new ProjectFile(
            Path.GetFileNameWithoutExtension(path),
            Path.GetRelativePath(root, Path.GetDirectoryName(path)!).Replace('\\', '/'),
            [.. Includes(project, "ProjectReference").Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')))],
            [.. Includes(project, "PackageReference")]);
    }

    private static IEnumerable<string> Includes(XDocument project, string item) =>
        project.Descendants(item).Select(reference => (string?)reference.Attribute("Include")).OfType<string>();
}
