using System.Text.Json.Nodes;

namespace OrleansGovernance.Persistence.Tests;

/// <summary>The SQLite outbox triggers: one row per stored change of a counted kind, in the change's own statement.</summary>
public sealed class CompoundChangeOutboxTests
{
    private const string Compound = "xiamen.jimei.xinglin.fangzhi.hualing-garden";

    [Fact]
    public async Task A_ticket_write_adds_one_outbox_row_with_the_facts_before_and_after_and_none_of_the_ticket_text_or_names()
    {
        await using var db = await OutboxDatabase.Create();
        var first = await db.Write("ticket", "t-1", null, OutboxTickets.Submitted("t-1", Compound));
        await db.Write("ticket", "t-1", first, OutboxTickets.Acknowledged("t-1", Compound));

        var rows = await db.Rows();

        Assert.Equal(2, rows.Count);
        Assert.Equal((Compound, "ticket", "t-1", 0L, 1L, (string?)null), (rows[0].Compound, rows[0].State, rows[0].Item, rows[0].From, rows[0].To, rows[0].Before));
        var (_, _, _, from, to, before, after) = rows[1];
        Assert.Equal((1L, 2L), (from, to));
        Assert.Equal("submitted", Status(before));
        Assert.Equal("acknowledged", Status(after));
        Assert.All(new[] { before!, after! }, facts =>
        {
            Assert.DoesNotContain(OutboxTickets.Description, facts, StringComparison.Ordinal);
            Assert.DoesNotContain(OutboxTickets.ReporterPhone, facts, StringComparison.Ordinal);
            Assert.DoesNotContain("王先生", facts, StringComparison.Ordinal);
            Assert.DoesNotContain("on the way", facts, StringComparison.Ordinal);
            Assert.DoesNotContain(OutboxTickets.ResidentName, facts, StringComparison.Ordinal);
            Assert.DoesNotContain(OutboxTickets.StaffName, facts, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_write_refused_for_a_stale_version_adds_no_outbox_row()
    {
        await using var db = await OutboxDatabase.Create();
        var first = await db.Write("ticket", "t-1", null, OutboxTickets.Submitted("t-1", Compound));
        await db.Write("ticket", "t-1", first, OutboxTickets.Acknowledged("t-1", Compound));

        var stale = await db.Write("ticket", "t-1", first, OutboxTickets.Acknowledged("t-1", Compound));

        Assert.Null(stale);
        Assert.Equal(2, (await db.Rows()).Count);
    }

    private static string? Status(string? facts) => (string?)JsonNode.Parse(facts!)!["status"];
}
