using System.Reflection;

namespace OrleansGovernance.Architecture.Tests;

/// <summary>A product assembly as this test project's output holds it, read for the assemblies it references.</summary>
internal static class ProductAssembly
{
    /// <summary>The names of the assemblies <paramref name="name"/> references in its metadata: what its code uses.</summary>
    public static IReadOnlyList<string> ReferencesOf(string name) =>
        [.. Assembly.Load(new AssemblyName(name)).GetReferencedAssemblies().Select(reference => reference.Name ?? "").Order(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="reference"/> is <paramref name="family"/> or one of its parts (Orleans.Core.Abstractions for Orleans.Core).</summary>
    public static bool IsOf(string reference, string family) =>
        reference == family || reference.StartsWith(family + ".", StringComparison.Ordinal);
}
