using System.Text.RegularExpressions;

namespace OrleansGovernance.Architecture.Tests;

/// <summary>The README and the docs it points to are self-contained: every link they make stays in the repository and leads somewhere.</summary>
public sealed partial class DocumentLinkTests
{
    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/architecture.md")]
    [InlineData("docs/design.md")]
    [InlineData("docs/domain.md")]
    public void Every_relative_link_leads_to_a_file_of_the_repository(string document)
    {
        var folder = Path.GetDirectoryName(Repository.PathOf(document))!;
        var broken = Link().Matches(Repository.ReadText(document))
            .Select(match => match.Groups["target"].Value)
            .Where(target => !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith('#') && !target.StartsWith("mailto:", StringComparison.Ordinal))
            .Where(target => !LeadsIntoRepository(Path.GetFullPath(Path.Combine(folder, target.Split('#')[0]))));

        Assert.Empty(broken);
    }

    [Fact]
    public void The_readme_names_no_path_outside_the_repository()
    {
        Assert.DoesNotMatch(ParentFolder(), Repository.ReadText("README.md"));
    }

    [Fact]
    public void The_readme_points_to_the_map_the_domain_and_the_design_in_docs()
    {
        var targets = Link().Matches(Repository.ReadText("README.md")).Select(match => match.Groups["target"].Value).ToHashSet();

        Assert.Superset(new HashSet<string>(["docs/architecture.md", "docs/domain.md", "docs/design.md"]), targets);
    }

    private static bool LeadsIntoRepository(string path) =>
        path.StartsWith(Repository.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && (File.Exists(path) || Directory.Exists(path));

    /// <summary>A Markdown link or image: [text](target) or [text](target "title").</summary>
    [GeneratedRegex(@"\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    /// <summary>A path that starts by leaving its folder ("../"), but not the ellipsis of a shortened one (".../").</summary>
    [GeneratedRegex(@"(?<![.\w])\.\./")]
    private static partial Regex ParentFolder();
}
