using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Persistence.Tests;

/// <summary>
/// Ticket rows of version 1 were written before notes had a visibility and before Open311 details were kept: they
/// read with every note internal (they were written for colleagues) and no details, and keep every note as written.
/// Rows of version 3 kept no display names on their steps: they read with none, showing the subject as before.
/// </summary>
public sealed class TicketShapeTests
{
    [Fact]
    public void A_version_1_ticket_reads_every_note_as_internal_and_keeps_each_note_as_written()
    {
        var stored = Samples.Of("ticket", 1);

        var ticket = (Ticket)StoredRows.Read("ticket", stored);

        Assert.All(ticket.History, step => Assert.Equal(NoteVisibility.Internal, step.Visibility));
        Assert.Equal(
            stored["history"]!.AsArray().Select(step => (string?)step!["note"]),
            ticket.History.Select(step => step.Note));
        Assert.Null(ticket.Details);
    }

    [Fact]
    public void A_version_1_ticket_is_written_back_at_the_current_version_with_its_visibilities_and_details_named()
    {
        var written = StoredRows.ReadAndWrite("ticket", Samples.Of("ticket", 1));

        Assert.Equal(StoredRows.Shape("ticket").Version, (int)written["shapeVersion"]!);
        Assert.All(written["history"]!.AsArray(), step => Assert.Equal("internal", (string?)step!["visibility"]));
        Assert.True(written.AsObject().ContainsKey("details"));
    }

    [Fact]
    public void A_version_2_ticket_reads_with_no_wechat_openid_and_is_written_back_with_the_member_named()
    {
        var stored = Samples.Of("ticket", 2);

        var ticket = (Ticket)StoredRows.Read("ticket", stored);
        var written = StoredRows.ReadAndWrite("ticket", stored);

        Assert.Equal(new ReporterContact("陈阿姨", "13800001234", "chen@example.org"), ticket.Reporter);
        Assert.Equal(StoredRows.Shape("ticket").Version, (int)written["shapeVersion"]!);
        Assert.True(written["reporter"]!.AsObject().ContainsKey("weChatOpenId"));
    }

    [Fact]
    public void A_version_3_ticket_reads_every_step_without_a_display_name_and_is_written_back_with_the_member_named()
    {
        var stored = Samples.Of("ticket", 3);

        var ticket = (Ticket)StoredRows.Read("ticket", stored);
        var written = StoredRows.ReadAndWrite("ticket", stored);

        Assert.All(ticket.History, step => Assert.Null(step.ByName));
        Assert.Equal(stored["history"]!.AsArray().Select(step => (string?)step!["by"]), ticket.History.Select(step => step.By));
        Assert.Equal(4, (int)written["shapeVersion"]!);
        Assert.All(written["history"]!.AsArray(), step => Assert.True(step!.AsObject().ContainsKey("byName")));
    }
}
