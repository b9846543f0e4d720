using System.Text.Json;
using System.Xml.Linq;

namespace OrleansGovernance.Deploy.Tests;

/// <summary>The two images, checked from their Dockerfiles (no Docker engine here) against the projects and manifests.</summary>
public sealed class DockerfileTests
{
    // The aspnet image's "app" user; the manifests' runAsUser must be the same number.
    private const string AppUser = "1654";

    private static readonly Dictionary<string, (string File, string Project, string Image)> ByName = new()
    {
        ["silo"] = ("silo.Dockerfile", "silo/OrleansGovernance.Silo", "orleans-governance/silo"),
        ["api"] = ("api.Dockerfile", "client-api/OrleansGovernance.Api.Host", "orleans-governance/api"),
    };

    public static TheoryData<string> Images => [.. ByName.Keys];

    [Theory]
    [MemberData(nameof(Images))]
    public void Builds_with_the_sdk_and_ships_on_the_aspnet_runtime_as_the_non_root_app_user(string name)
    {
        var dockerfile = Dockerfile.Read(ByName[name].File);
        var stages = dockerfile.All("FROM").ToList();
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0 AS build", stages[0]);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", stages[^1]);
        Assert.Equal(AppUser, dockerfile.FinalStage().Last(i => i.Keyword == "USER").Arguments);
        var environment = string.Join(' ', dockerfile.FinalStage().Where(i => i.Keyword == "ENV").Select(i => i.Arguments));
        Assert.Contains("Urls=\"http://+:8080;http://+:9464\"", environment, StringComparison.Ordinal);
        Assert.Contains("Metrics__Port=9464", environment, StringComparison.Ordinal);
        Assert.Contains("DOTNET_gcServer=1", environment, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Publishes_a_project_of_this_repository_and_copies_everything_it_references(string name)
    {
        var (file, project, _) = ByName[name];
        var dockerfile = Dockerfile.Read(file);
        var entrypoint = JsonSerializer.Deserialize<string[]>(dockerfile.FinalStage().Single(i => i.Keyword == "ENTRYPOINT").Arguments)!;
        Assert.Equal(["dotnet", Path.GetFileName(project) + ".dll"], entrypoint);
        Assert.Contains(dockerfile.All("RUN"), run => run.StartsWith($"dotnet publish {project}/{Path.GetFileName(project)}.csproj -c Release", StringComparison.Ordinal));

        var copied = dockerfile.All("COPY").Where(c => !c.StartsWith("--from", StringComparison.Ordinal))
            .SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1]).ToList();
        Assert.All(copied, source => Assert.True(Path.Exists(Repository.PathOf(source)), $"{file} copies {source}, which does not exist"));
        foreach (var reference in ProjectClosure(Repository.PathOf($"{project}/{Path.GetFileName(project)}.csproj")))
        {
            var folder = Path.GetRelativePath(Repository.Root, Path.GetDirectoryName(reference)!).Replace('\\', '/') + "/";
            Assert.Contains(copied, source => folder.StartsWith(source.TrimEnd('/') + "/", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Copies_the_root_build_files_every_project_imports(string name)
    {
        // A root build file left out builds a different product without a word: Directory.Build.targets is what gives
        // the packages' static assets their compressed copies at the fingerprinted addresses.
        var copied = Dockerfile.Read(ByName[name].File).All("COPY").Where(c => !c.StartsWith("--from", StringComparison.Ordinal))
            .SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1]).ToList();

        Assert.All(
            Directory.EnumerateFiles(Repository.Root, "Directory.*").Append(Repository.PathOf("global.json")).Select(f => Path.GetFileName(f)),
            file => Assert.Contains(file, copied));
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Exposes_the_ports_the_deployments_declare(string name)
    {
        var (file, _, image) = ByName[name];
        var exposed = Dockerfile.Read(file).All("EXPOSE").SelectMany(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(int.Parse).Order();
        var declared = Rendered.Kustomize("overlays/prod").OfKind("Deployment")
            .SelectMany(d => d["spec"]!["template"]!["spec"]!["containers"]!.AsArray())
            .Where(c => ((string)c!["image"]!).StartsWith(image + ":", StringComparison.Ordinal))
            .SelectMany(c => c!["ports"]!.AsArray().Select(p => (int)p!["containerPort"]!)).Distinct().Order();
        Assert.Equal(exposed, declared);
    }

    [Fact]
    public void The_silo_image_defaults_to_the_postgres_cluster_so_it_never_writes_sqlite_under_a_read_only_root()
    {
        var environment = string.Join(' ', Dockerfile.Read("silo.Dockerfile").FinalStage().Where(i => i.Keyword == "ENV").Select(i => i.Arguments));
        Assert.Contains("Storage__Provider=postgres", environment, StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_context_leaves_out_build_output_and_the_git_folder()
    {
        var ignored = File.ReadAllLines(Repository.PathOf(".dockerignore"));
        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains(".git/", ignored);
    }

    /// <summary>The project and every project it references, directly or not.</summary>
    private static HashSet<string> ProjectClosure(string csproj)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(csproj)]);
        while (pending.TryPop(out var next))
        {
            if (!found.Add(next))
            {
                continue;
            }

            foreach (var reference in XDocument.Load(next).Descendants("ProjectReference"))
            {
                var include = reference.Attribute("Include")!.Value.Replace('\\', '/');
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(next)!, include)));
            }
        }

        return found;
    }
}
