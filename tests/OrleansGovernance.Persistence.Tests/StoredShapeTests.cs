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
    private static readonly JsonGrainStateSerializer Serializer = new(StoredStates.All);

    public static TheoryData<string> Kinds => [.. StoredStates.All.Kinds.Select(shape => shape.Kind)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_member_name_and_value_written_is_the_one_pinned_in_the_sample_of_the_current_version(string kind)
    {
        var shape = Shape(kind);

        var written = StoredRows.Write(Serializer, shape, RepresentativeStates.For(kind));

        var difference = JsonTree.FirstDifference(Samples.Current(shape), written);
        Assert.True(difference is null,
            $"{kind} is no longer written as StoredShapes/{Samples.FileName(kind, shape.Version)} pins it ({difference}). If the change is " +
            $"meant, give {kind} a new shape version (an upgrade in StoredStates) and pin this as its sample:\n{StoredRows.Readably(written)}");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Reading_the_pinned_sample_and_writing_it_again_loses_and_changes_nothing(string kind)
    {
        var shape = Shape(kind);
        var sample = Samples.Current(shape);

        var written = StoredRows.Write(Serializer, shape, StoredRows.Read(Serializer, shape, sample));

        Assert.Null(JsonTree.FirstDifference(sample, written));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_row_stored_before_rows_carried_a_version_reads_as_version_1(string kind)
    {
        var shape = Shape(kind);
        var versioned = Samples.Of(kind, 1);
        var unversioned = versioned.DeepClone().AsObject();
        Assert.True(unversioned.Remove(JsonGrainStateSerializer.VersionMember), $"the {kind} sample of version 1 names its version");

        var fromUnversioned = StoredRows.Write(Serializer, shape, StoredRows.Read(Serializer, shape, unversioned));

        Assert.Null(JsonTree.FirstDifference(StoredRows.Write(Serializer, shape, StoredRows.Read(Serializer, shape, versioned)), fromUnversioned));
        Assert.Equal(shape.Version, (int)fromUnversioned[JsonGrainStateSerializer.VersionMember]!);
    }

    [Fact]
    public void Every_kind_keeps_one_sample_for_each_of_its_versions_and_none_beyond()
    {
        var expected = StoredStates.All.Kinds.SelectMany(shape => Enumerable.Range(1, shape.Version).Select(version => (shape.Kind, version)));

        Assert.Equal(expected.Order(), Samples.All.Order());
    }

    [Fact]
    public void Every_sample_names_its_version_first()
    {
        Assert.All(Samples.All, sample =>
        {
            var first = Samples.Of(sample.Kind, sample.Version).AsObject().First();
            Assert.Equal((JsonGrainStateSerializer.VersionMember, sample.Version), (first.Key, (int)first.Value!));
        });
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

    private static StoredShape Shape(string kind) => StoredStates.All.Kinds.Single(shape => shape.Kind == kind);
}
