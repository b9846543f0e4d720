namespace OrleansGovernance.Architecture.Tests;

/// <summary>
/// What each product assembly's code actually uses, read from its metadata: a reference a csproj does not name (one
/// that arrives through a package) still shows here once code uses it.
/// </summary>
public sealed class AssemblyReferenceTests
{
    [Theory]
    [InlineData(ProjectMap.Domain, "Orleans.Runtime")]
    [InlineData(ProjectMap.Domain, "Orleans.Core")]
    [InlineData(ProjectMap.Domain, "Microsoft.AspNetCore")]
    [InlineData(ProjectMap.Abstractions, ProjectMap.Grains)]
    [InlineData(ProjectMap.Abstractions, ProjectMap.Api)]
    [InlineData(ProjectMap.Abstractions, ProjectMap.Persistence)]
    [InlineData(ProjectMap.Abstractions, "Orleans.Runtime")]
    [InlineData(ProjectMap.Abstractions, "Microsoft.AspNetCore")]
    [InlineData(ProjectMap.Grains, ProjectMap.Api)]
    [InlineData(ProjectMap.Grains, ProjectMap.Persistence)]
    [InlineData(ProjectMap.Grains, "Npgsql")]
    [InlineData(ProjectMap.Grains, "Microsoft.Data.Sqlite")]
    [InlineData(ProjectMap.Grains, "Microsoft.AspNetCore")]
    [InlineData(ProjectMap.Persistence, ProjectMap.Grains)]
    [InlineData(ProjectMap.Persistence, ProjectMap.Api)]
    [InlineData(ProjectMap.Api, ProjectMap.Grains)]
    [InlineData(ProjectMap.Api, ProjectMap.Persistence)]
    [InlineData(ProjectMap.Api, "Npgsql")]
    [InlineData(ProjectMap.Api, "Microsoft.Data.Sqlite")]
    [InlineData(ProjectMap.Api, "Orleans.Runtime")]
    public void A_product_assembly_does_not_reference_what_the_map_forbids(string assembly, string forbidden)
    {
        Assert.DoesNotContain(ProductAssembly.ReferencesOf(assembly), reference => ProductAssembly.IsOf(reference, forbidden));
    }

    [Fact]
    public void Domain_uses_of_Orleans_its_serializer_alone()
    {
        var orleans = ProductAssembly.ReferencesOf(ProjectMap.Domain).Where(reference => ProductAssembly.IsOf(reference, "Orleans"));

        Assert.All(orleans, reference => Assert.True(ProductAssembly.IsOf(reference, "Orleans.Serialization"), reference));
    }

    /// <summary>The checks above read real metadata: each assembly shows a reference its code cannot do without.</summary>
    [Theory]
    [InlineData(ProjectMap.Domain, "Orleans.Serialization.Abstractions")]
    [InlineData(ProjectMap.Abstractions, ProjectMap.Domain)]
    [InlineData(ProjectMap.Grains, ProjectMap.Abstractions)]
    [InlineData(ProjectMap.Persistence, "Npgsql")]
    [InlineData(ProjectMap.Api, ProjectMap.Abstractions)]
    public void The_metadata_shows_the_references_an_assembly_does_have(string assembly, string used)
    {
        Assert.Contains(used, ProductAssembly.ReferencesOf(assembly));
    }
}
