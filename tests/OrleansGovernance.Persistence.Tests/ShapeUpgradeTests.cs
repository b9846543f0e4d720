using System.Text.Json.Nodes;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Persistence.GrainState;

namespace OrleansGovernance.Persistence.Tests;

/// <summary>
/// The upgrade path, on a plan whose stored shape is imagined to have changed twice: version 1 called the title
/// "name", version 2 kept the parties as one comma-separated "partyList", version 3 is today's shape. The upgrades
/// are the tests' own, given to the serializer the way the grains give theirs.
/// </summary>
public sealed class ShapeUpgradeTests
{
    private const string Title = "Hualing Garden joint-building plan 2024–2026";

    private static readonly JsonGrainStateSerializer Serializer = new(new StoredShapes(StoredShape.Of<Plan>("plan", NameBecomesTitle, PartyListBecomesParties)));

    [Fact]
    public void A_version_1_row_passes_through_both_upgrades_in_order()
    {
        var plan = Read(Row("""{ "id": "p", "name": "TITLE", "partyList": "community, branch" }"""));

        Assert.Equal($"{Title} / community, branch", Summary(plan));
    }

    [Fact]
    public void A_row_without_a_version_is_upgraded_as_version_1()
    {
        var plan = Read(Row("""{ "shapeVersion": 1, "id": "p", "name": "TITLE", "partyList": "community" }"""));
        var unversioned = Read(Row("""{ "id": "p", "name": "TITLE", "partyList": "community" }"""));

        Assert.Equal($"{Title} / community", Summary(plan));
        Assert.Equal(Summary(plan), Summary(unversioned));
    }

    [Fact]
    public void A_version_2_row_passes_through_the_last_upgrade_only()
    {
        // The first upgrade would refuse this row: it has no "name" any more.
        var plan = Read(Row("""{ "shapeVersion": 2, "id": "p", "title": "TITLE", "partyList": "branch" }"""));

        Assert.Equal($"{Title} / branch", Summary(plan));
    }

    [Fact]
    public void A_row_of_the_current_version_is_read_as_it_is()
    {
        var plan = Read(Row("""{ "shapeVersion": 3, "id": "p", "title": "TITLE", "parties": ["property company"] }"""));

        Assert.Equal($"{Title} / property company", Summary(plan));
    }

    [Fact]
    public void Writing_stamps_the_current_version_whatever_the_row_was_read_from()
    {
        var written = JsonNode.Parse(Serializer.Serialize(Read(Row("""{ "id": "p", "name": "TITLE", "partyList": "branch" }"""))).ToMemory().Span)!;

        Assert.Equal(3, (int)written[JsonGrainStateSerializer.VersionMember]!);
        Assert.Equal("[\"branch\"]", written["parties"]!.ToJsonString());
    }

    [Fact]
    public void A_row_of_a_version_newer_than_the_code_is_refused_rather_than_read_with_parts_dropped()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => Read(Row("""{ "shapeVersion": 4, "id": "p", "title": "TITLE" }""")));

        Assert.Contains("plan row has shape version 4", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_type_without_a_declared_shape_is_neither_written_nor_read()
    {
        var ticket = new Ticket { Id = "t-1" };

        Assert.Throws<InvalidOperationException>(() => Serializer.Serialize(ticket));
        Assert.Throws<InvalidOperationException>(() => Serializer.Deserialize<Ticket>(BinaryData.FromString("""{ "id": "t-1" }""")));
    }

    private static Plan Read(BinaryData row) => Serializer.Deserialize<Plan>(row)!;

    private static string Summary(Plan plan) => $"{plan.Title} / {string.Join(", ", plan.Parties)}";

    private static BinaryData Row(string json) => BinaryData.FromString(json.Replace("TITLE", Title, StringComparison.Ordinal));

    private static JsonObject NameBecomesTitle(JsonObject row)
    {
        var name = row["name"] ?? throw new InvalidOperationException("a version-1 plan row has a name.");
        row.Remove("name");
        row["title"] = name;
        return row;
    }

    private static JsonObject PartyListBecomesParties(JsonObject row)
    {
        var parties = ((string?)row["partyList"] ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        row.Remove("partyList");
        row["parties"] = new JsonArray([.. parties.Select(party => JsonValue.Create(party))]);
        return row;
    }
}
