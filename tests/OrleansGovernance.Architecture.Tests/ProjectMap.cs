namespace OrleansGovernance.Architecture.Tests;

/// <summary>
/// The map of docs/architecture.md as the tests enforce it. Arrows point one way, from a project to what it may
/// reference directly; the document states the same table, and <see cref="ArchitectureDocTests"/> holds the two together.
/// </summary>
internal static class ProjectMap
{
    public const string Domain = "OrleansGovernance.Domain";
    public const string Abstractions = "OrleansGovernance.Abstractions";
    public const string Grains = "OrleansGovernance.Grains";
    public const string Persistence = "OrleansGovernance.Persistence";
    public const string Api = "OrleansGovernance.Api";
    public const string ApiHost = "OrleansGovernance.Api.Host";
    public const string Silo = "OrleansGovernance.Silo";

    /// <summary>Every product project and the projects it may reference. Test projects may reference any of them.</summary>
    public static IReadOnlyDictionary<string, string[]> Arrows { get; } = new Dictionary<string, string[]>
    {
        [Domain] = [],
        [Abstractions] = [Domain],
        [Grains] = [Abstractions, Domain],
        [Persistence] = [Abstractions, Domain],
        [Api] = [Abstractions, Domain],
        [ApiHost] = [Api, Persistence, Abstractions, Domain],
        [Silo] = [Grains, Api, Persistence, Abstractions, Domain],
    };

    /// <summary>
    /// Packages that decide where Orleans' runtime and the databases may appear, and the only product projects that
    /// may reference them: the runtime on the silo side, the drivers in Persistence, the serializer alone in Domain.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> RestrictedPackages { get; } = new Dictionary<string, string[]>
    {
        ["Microsoft.Orleans.Runtime"] = [Grains, Persistence, Silo],
        ["Microsoft.Orleans.Server"] = [Persistence, Silo],
        ["Microsoft.Orleans.Persistence.AdoNet"] = [Persistence],
        ["Microsoft.Orleans.Reminders.AdoNet"] = [Persistence],
        ["Microsoft.Orleans.Clustering.AdoNet"] = [Persistence, ApiHost],
        ["Npgsql"] = [Persistence],
        ["Microsoft.Data.Sqlite"] = [Persistence],
    };

    /// <summary>The only packages Domain takes: Orleans' serializer and its code generator, for the wire attributes.</summary>
    public static IReadOnlyList<string> DomainPackages { get; } = ["Microsoft.Orleans.Serialization", "Microsoft.Orleans.CodeGenerator"];
}
