using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace OrleansGovernance.Deploy.Tests;

/// <summary>One kustomization rendered by <c>kubectl kustomize</c>, as the objects it would apply.</summary>
internal sealed class Rendered
{
    private const string Kubectl = "/usr/bin/kubectl";

    // Rendered once per test run: the manifests do not change while it lasts, and kubectl takes a while to start.
    private static readonly ConcurrentDictionary<string, Lazy<Rendered>> Cache = new(StringComparer.Ordinal);

    private Rendered(string name, IReadOnlyList<JsonObject> objects)
    {
        Name = name;
        Objects = objects;
    }

    public string Name { get; }

    public IReadOnlyList<JsonObject> Objects { get; }

    /// <summary><paramref name="kustomization"/> is a folder under deploy/k8s: base, overlays/dev, overlays/prod.</summary>
    public static Rendered Kustomize(string kustomization) =>
        Cache.GetOrAdd(kustomization, name => new Lazy<Rendered>(() => Render(name))).Value;

    private static Rendered Render(string kustomization)
    {
        var kubectl = File.Exists(Kubectl) ? Kubectl
            : throw new InvalidOperationException($"kubectl is required to render the manifests and was not found at {Kubectl}.");
        var start = new ProcessStartInfo(kubectl) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("kustomize");
        start.ArgumentList.Add(Repository.PathOf(Path.Combine("deploy", "k8s", kustomization)));
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? new Rendered(kustomization, YamlJson.Documents(output))
            : throw new InvalidOperationException($"kubectl kustomize {kustomization} failed: {error.Result}");
    }

    public IEnumerable<JsonObject> OfKind(string kind) => Objects.Where(o => (string?)o["kind"] == kind);

    public JsonObject Single(string kind, string name) =>
        OfKind(kind).SingleOrDefault(o => (string?)o["metadata"]!["name"] == name)
        ?? throw new InvalidOperationException($"{Name} renders no {kind} {name}");

    /// <summary>Every workload's pod template spec, named "Kind/name".</summary>
    public IEnumerable<(string Workload, JsonObject Pod)> PodSpecs() =>
        Objects.Where(o => (string?)o["kind"] is "Deployment" or "StatefulSet" or "Job")
            .Select(o => ($"{o["kind"]}/{o["metadata"]!["name"]}", o["spec"]!["template"]!["spec"]!.AsObject()));
}
