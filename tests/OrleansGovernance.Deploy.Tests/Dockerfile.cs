namespace OrleansGovernance.Deploy.Tests;

/// <summary>
/// The instructions of a Dockerfile under deploy/docker, parsed just enough to check them without a Docker engine:
/// line continuations joined, comments dropped, each instruction split into its keyword and arguments.
/// </summary>
internal sealed class Dockerfile
{
    private Dockerfile(IReadOnlyList<(string Keyword, string Arguments)> instructions) => Instructions = instructions;

    public IReadOnlyList<(string Keyword, string Arguments)> Instructions { get; }

    public static Dockerfile Read(string name)
    {
        var logical = new List<string>();
        var pending = "";
        foreach (var raw in File.ReadLines(Repository.PathOf(Path.Combine("deploy", "docker", name))))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && pending.Length == 0))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }

            logical.Add(pending + line);
            pending = "";
        }

        return new Dockerfile([.. logical.Where(l => l.Length > 0).Select(l =>
        {
            var space = l.IndexOf(' ', StringComparison.Ordinal);
            return (l[..space].ToUpperInvariant(), l[(space + 1)..].Trim());
        })]);
    }

    public IEnumerable<string> All(string keyword) =>
        Instructions.Where(i => i.Keyword == keyword).Select(i => i.Arguments);

    /// <summary>The instructions of the last stage, the image that ships.</summary>
    public IEnumerable<(string Keyword, string Arguments)> FinalStage() =>
        Instructions.Skip(Instructions.Select((instruction, index) => (instruction, index)).Last(i => i.instruction.Keyword == "FROM").index);
}
