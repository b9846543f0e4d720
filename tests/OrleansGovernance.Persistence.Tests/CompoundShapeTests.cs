using System.Text.Json.Nodes;
using OrleansGovernance.Grains;

namespace OrleansGovernance.Persistence.Tests;

/// <summary>Compound rows of version 1 were written before a compound could keep its boundary: they read with none and otherwise as written.</summary>
public sealed class CompoundShapeTests
{
    [Fact]
    public void A_version_1_compound_reads_with_no_boundary_and_every_other_member_as_written()
    {
        var stored = Samples.Of("compound", 1);

        var compound = (CompoundState)StoredRows.Read("compound", stored);
        var written = StoredRows.ReadAndWrite("compound", stored);

        Assert.Null(compound.Profile.Boundary);
        Assert.Equal(2, (int)written["shapeVersion"]!);
        var profile = written["profile"]!.AsObject();
        Assert.True(profile.ContainsKey("boundary"));
        Assert.Null(profile["boundary"]);
        profile.Remove("boundary");
        Assert.Null(JsonTree.FirstDifference(stored["profile"]!, profile));
    }

    [Fact]
    public void A_version_2_compound_keeps_its_boundary_ring_point_for_point()
    {
        var stored = Samples.Of("compound", 2);

        var compound = (CompoundState)StoredRows.Read("compound", stored);

        Assert.Equal(
            stored["profile"]!["boundary"]!["ring"]!.AsArray().Select(point => ((double)point!["lat"]!, (double)point["lng"]!)),
            compound.Profile.Boundary!.Ring.Select(point => (point.Lat, point.Lng)));
    }
}
