using System.Text.Json.Nodes;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Grains;

namespace OrleansGovernance.Persistence.Tests;

/// <summary>
/// Community rows of version 1 were written before council members named their party and council meetings their
/// form and matters their class: they read with unclassified members, no form and no class, and otherwise as written.
/// </summary>
public sealed class CommunityShapeTests
{
    [Fact]
    public void A_version_1_council_reads_with_unclassified_members_who_fill_no_seat()
    {
        var stored = Samples.Of("community", 1);

        var community = (CommunityState)StoredRows.Read("community", stored);

        var council = community.Profile.Council!;
        Assert.Equal(["吴斌斌", "陈桂毅"], council.Members.Select(m => m.Name));
        Assert.All(council.Members, m => Assert.Equal((CouncilParty.Unclassified, null), (m.Party, m.CompoundId)));
        Assert.Empty(council.Seats);
    }

    [Fact]
    public void A_version_1_meeting_reads_with_no_form_and_its_matters_with_no_class_and_every_other_member_as_written()
    {
        var stored = Samples.Of("community", 1);

        var community = (CommunityState)StoredRows.Read("community", stored);
        var written = StoredRows.ReadAndWrite("community", stored);

        var meeting = Assert.Single(community.Meetings);
        Assert.Null(meeting.Form);
        Assert.All(meeting.AgreedMatters, m => Assert.True(m.Class is null && m.Concerns.Count == 0 && m.TookPart.Count == 0 && m.Votes.Count == 0));
        Assert.Equal(2, (int)written["shapeVersion"]!);
        var members = written["profile"]!["council"]!["members"]!.AsArray().Select(m => m!.AsObject()).ToList();
        Assert.All(members, m => Assert.Equal("unclassified", (string)m["party"]!));
        Assert.Null(JsonTree.FirstDifference(stored["lists"]!, written["lists"]!));
        var meetingRow = written["meetings"]![0]!.AsObject();
        meetingRow.Remove("form");
        foreach (var matter in meetingRow["agreedMatters"]!.AsArray().Select(m => m!.AsObject()))
        {
            foreach (var added in new[] { "class", "concerns", "tookPart", "votes", "raisedAt", "consultedAt" })
            {
                Assert.True(matter.Remove(added), $"the upgraded matter lacks '{added}'");
            }
        }

        Assert.Null(JsonTree.FirstDifference(stored["meetings"]![0]!, meetingRow));
    }

    [Fact]
    public void A_version_2_council_keeps_each_members_party_and_compound()
    {
        var stored = Samples.Of("community", 2);

        var community = (CommunityState)StoredRows.Read("community", stored);

        Assert.Equal(
            stored["profile"]!["council"]!["members"]!.AsArray().Select(m => ((string)m!["party"]!, (string?)m["compoundId"])),
            community.Profile.Council!.Members.Select(m => (CouncilSeat.JsonName(m.Party), m.CompoundId)));
    }
}
