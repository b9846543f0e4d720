using System.Text.Json.Nodes;
using OrleansGovernance.Persistence.GrainState;

namespace OrleansGovernance.Persistence.Tests;

/// <summary>
/// Rows stored before rows carried a shape version: they have no version member, and they carried the computed
/// collections since left out (a ledger's posted entries, a meeting's settled tickets). They read as version 1.
/// </summary>
public sealed class RowsBeforeVersionsTests
{
    [Theory]
    [MemberData(nameof(StoredRows.Kinds), MemberType = typeof(StoredRows))]
    public void A_row_without_a_version_reads_as_version_1(string kind)
    {
        var unversioned = Unversioned(kind);

        var written = StoredRows.ReadAndWrite(kind, unversioned);

        Assert.Null(JsonTree.FirstDifference(StoredRows.ReadAndWrite(kind, Samples.Of(kind, 1)), written));
        Assert.Equal(StoredRows.Shape(kind).Version, (int)written[JsonGrainStateSerializer.VersionMember]!);
    }

    [Fact]
    public void A_ledger_row_that_carried_its_posted_entries_twice_reads_as_version_1()
    {
        var old = Unversioned("ledger");
        old["posted"] = new JsonArray([.. old["entries"]!.AsArray().Where(entry => (string?)entry!["status"] == "posted").Select(entry => entry!.DeepClone())]);

        Assert.Null(JsonTree.FirstDifference(StoredRows.ReadAndWrite("ledger", Samples.Of("ledger", 1)), StoredRows.ReadAndWrite("ledger", old)));
    }

    [Fact]
    public void A_community_row_whose_meetings_carried_their_settled_tickets_reads_as_version_1()
    {
        var old = Unversioned("community");
        foreach (var meeting in old["meetings"]!.AsArray().Select(meeting => meeting!.AsObject()))
        {
            meeting["settledTickets"] = new JsonArray([.. meeting["agreedMatters"]!.AsArray().SelectMany(matter => matter!["settlesTickets"]!.AsArray()).Select(ticket => ticket!.DeepClone())]);
        }

        Assert.Null(JsonTree.FirstDifference(StoredRows.ReadAndWrite("community", Samples.Of("community", 1)), StoredRows.ReadAndWrite("community", old)));
    }

    private static JsonObject Unversioned(string kind)
    {
        var row = Samples.Of(kind, 1).AsObject();
        Assert.True(row.Remove(JsonGrainStateSerializer.VersionMember), $"the {kind} sample of version 1 names its version");
        return row;
    }
}
