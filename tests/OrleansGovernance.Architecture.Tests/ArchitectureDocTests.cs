using System.Text.RegularExpressions;

namespace OrleansGovernance.Architecture.Tests;

/// <summary>docs/architecture.md cannot fall behind the repository: it names every project and states the arrows enforced here.</summary>
public sealed partial class ArchitectureDocTests
{
    private const string MapPath = "docs/architecture.md";

    private static string Map => Repository.ReadText(MapPath);

    [Fact]
    public void The_map_names_every_project_of_the_repository()
    {
        var unnamed = Repository.Projects.Where(project => !Regex.IsMatch(Map, Regex.Escape(project.Folder) + @"(?![\w-]|\.\w)")).Select(project => project.Folder);

        Assert.Empty(unnamed);
    }

    [Fact]
    public void The_map_names_no_product_project_that_does_not_exist()
    {
        var folders = Repository.Projects.Select(project => project.Folder).ToHashSet();
        var ghosts = ProductFolder().Matches(Map).Select(match => match.Value).Distinct().Where(folder => !folders.Contains(folder));

        Assert.Empty(ghosts);
    }

    [Fact]
    public void The_map_states_the_arrows_the_tests_enforce()
    {
        var section = Map.Split("\n## ").Single(part => part.StartsWith("The arrows", StringComparison.Ordinal));
        var stated = ArrowRow().Matches(section)
            .Select(row => Arrow(row.Groups["project"].Value, BacktickedName().Matches(row.Groups["targets"].Value).Select(name => name.Groups[1].Value)))
            .ToList();
        var enforced = ProjectMap.Arrows.Select(arrow => Arrow(arrow.Key, arrow.Value)).ToList();

        var unstated = enforced.Except(stated).ToList();
        var unenforced = stated.Except(enforced).ToList();

        Assert.True(unstated.Count == 0, $"Enforced but not stated in {MapPath}: {string.Join("; ", unstated)}");
        Assert.True(unenforced.Count == 0, $"Stated in {MapPath} but not enforced: {string.Join("; ", unenforced)}");
    }

    private static string Arrow(string project, IEnumerable<string> targets) =>
        $"{project} -> {string.Join(", ", targets.Order(StringComparer.Ordinal))}";

    [GeneratedRegex(@"(?:grains|silo|client-api)/OrleansGovernance(?:\.[A-Za-z]+)*")]
    private static partial Regex ProductFolder();

    [GeneratedRegex(@"^\| `(?<project>OrleansGovernance[\w.]*)` \|(?<targets>[^|\n]*)\|", RegexOptions.Multiline)]
    private static partial Regex ArrowRow();

    [GeneratedRegex(@"`(OrleansGovernance[\w.]*)`")]
    private static partial Regex BacktickedName();
}
