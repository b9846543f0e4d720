namespace OrleansGovernance.Architecture.Tests;

public sealed class ProjectReferenceTests
{
    private static IEnumerable<ProjectFile> ProductProjects => Repository.Projects.Where(project => !project.IsTest);

    [Fact]
    public void Every_product_project_has_its_place_on_the_map()
    {
        var unmapped = ProductProjects.Where(project => !ProjectMap.Arrows.ContainsKey(project.Name)).Select(project => project.Folder);
        var missing = ProjectMap.Arrows.Keys.Where(name => ProductProjects.All(project => project.Name != name));

        Assert.Empty(unmapped);
        Assert.Empty(missing);
    }

    [Fact]
    public void Product_projects_reference_only_the_projects_their_arrows_allow()
    {
        var forbidden = ProductProjects
            .SelectMany(project => project.ProjectReferences
                .Where(reference => !ProjectMap.Arrows.GetValueOrDefault(project.Name, []).Contains(reference))
                .Select(reference => $"{project.Name} -> {reference}"))
            .ToList();

        Assert.Empty(forbidden);
    }

    [Fact]
    public void Domain_takes_no_package_but_the_Orleans_serializer_and_its_code_generator()
    {
        var domain = Repository.Projects.Single(project => project.Name == ProjectMap.Domain);

        Assert.Empty(domain.ProjectReferences);
        Assert.Empty(domain.PackageReferences.Except(ProjectMap.DomainPackages));
    }

    [Fact]
    public void The_Orleans_runtime_and_the_database_drivers_appear_only_where_the_map_puts_them()
    {
        var forbidden = ProductProjects
            .SelectMany(project => project.PackageReferences
                .Where(package => ProjectMap.RestrictedPackages.TryGetValue(package, out var owners) && !owners.Contains(project.Name))
                .Select(package => $"{project.Name} -> {package}"))
            .ToList();

        Assert.Empty(forbidden);
    }

    [Fact]
    public void The_silo_references_the_grains_the_api_and_persistence_it_hosts()
    {
        var silo = Repository.Projects.Single(project => project.Name == ProjectMap.Silo);

        Assert.Superset(new HashSet<string>([ProjectMap.Grains, ProjectMap.Api, ProjectMap.Persistence]), silo.ProjectReferences.ToHashSet());
    }

    [Fact]
    public void Every_project_reference_names_a_project_of_the_repository()
    {
        var names = Repository.Projects.Select(project => project.Name).ToHashSet();
        var dangling = Repository.Projects.SelectMany(project => project.ProjectReferences.Where(reference => !names.Contains(reference)).Select(reference => $"{project.Name} -> {reference}"));

        Assert.Empty(dangling);
    }
}
