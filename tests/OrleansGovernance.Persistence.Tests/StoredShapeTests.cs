using System.Reflection;
using System.Text.Json.Nodes;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Grains;
using OrleansGovernance.Persistence.GrainState;

namespace OrleansGovernance.Persistence.Tests;

/// <summary>
/// What each persisted kind stores, pinned by its checked-in sample: renaming, removing or adding a stored member,
/// or changing how a value is written, fails here until the change comes with a new shape version and sample.
/// </summary>
public sealed class StoredShapeTests
{
    [Theory]
    [MemberData(nameof(StoredRows.Kinds), MemberType = typeof(StoredRows))]
    public void Every_member_name_and_value_written_is_the_one_pinned_in_the_sample_of_the_current_version(string kind)
    {
        var shape = StoredRows.Shape(kind);

        var written = StoredRows.Write(kind, RepresentativeStates.For(kind));

        var difference = JsonTree.FirstDifference(Samples.Current(shape), written);
        Assert.True(difference is null,
            $"{kind} is no longer written as StoredShapes/{Samples.FileName(kind, shape.Version)} pins it ({difference}). If the change is " +
            $"meant, give {kind} a new shape version (an upgrade in StoredStates) and pin this as its sample:\n{StoredRows.Readably(written)}");
    }

    [Theory]
    [MemberData(nameof(StoredRows.Kinds), MemberType = typeof(StoredRows))]
    public void Reading_the_pinned_sample_and_writing_it_again_loses_and_changes_nothing(string kind)
    {
        var shape = StoredRows.Shape(kind);
        var sample = Samples.Current(shape);

        var written = StoredRows.ReadAndWrite(kind, sample);

        Assert.Null(JsonTree.FirstDifference(sample, written));
    }

    [Fact]
    public void Every_kind_keeps_one_sample_for_each_of_its_versions_and_none_beyond()
    {
        var expected = StoredStates.All.Kinds.SelectMany(shape => Enumerable.Range(1, shape.Version).Select(version => (shape.Kind, version)));

        Assert.Equal(expected.Order(), Samples.All.Order());
    }

    [Fact]
    public void Every_sample_holds_the_version_its_file_is_named_for()
    {
        Assert.All(Samples.All, sample =>
            Assert.Equal(sample.Version, (int)Samples.Of(sample.Kind, sample.Version)[JsonGrainStateSerializer.VersionMember]!));
    }

    [Fact]
    public void Every_state_a_grain_persists_is_declared_under_its_state_name_and_nothing_else_is()
    {
        var persisted = typeof(StoredStates).Assembly.GetTypes()
            .SelectMany(type => type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
            .SelectMany(constructor => constructor.GetParameters())
            .Select(parameter => (Attribute: parameter.GetCustomAttribute<PersistentStateAttribute>(), parameter.ParameterType))
            .Where(parameter => parameter.Attribute is not null)
            .Select(parameter => (parameter.Attribute!.StateName, parameter.ParameterType.GetGenericArguments().Single()));

        var declared = StoredStates.All.Kinds.Select(shape => (shape.Kind, shape.StateType));

        Assert.Equal(declared.OrderBy(kind => kind.Kind), persisted.OrderBy(kind => kind.StateName));
    }
}
