using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Domain.Tests.Community;

/// <summary>What a meeting's record must hold before any council is consulted: forms and classes where they belong.</summary>
public sealed class CouncilRecordTests
{
    private const string Yueyuan = "xiamen.jimei.xinglin.lianting.yueyuan";
    private static readonly CouncilSeat Committee = new(CouncilParty.CommunityPartyCommittee);
    private static readonly DateTimeOffset Raised = new(2026, 8, 3, 7, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_joint_meeting_as_old_clients_send_it_needs_no_form_and_no_class()
    {
        Draft(MeetingKind.JointMeeting, null, new AgreedMatter("Lift blocker", "Installed", [])).Validate();
    }

    [Fact]
    public void A_joint_meeting_with_a_form_or_a_classed_matter_is_refused()
    {
        TestData.Refused(RuleViolation.InvalidInput, Draft(MeetingKind.JointMeeting, CouncilMeetingForm.Forum, new AgreedMatter("Lift blocker", "Installed", [])).Validate);
        TestData.Refused(RuleViolation.InvalidInput, Draft(MeetingKind.JointMeeting, null, Big()).Validate);
    }

    [Fact]
    public void A_council_meeting_without_its_form_or_with_an_unclassed_matter_is_refused()
    {
        TestData.Refused(RuleViolation.InvalidInput, Draft(MeetingKind.CouncilMeeting, null, Big()).Validate);
        TestData.Refused(RuleViolation.InvalidInput, Draft(MeetingKind.CouncilMeeting, CouncilMeetingForm.Quarterly, new AgreedMatter("West gate", "Opened", [])).Validate);
        TestData.Refused(RuleViolation.InvalidInput, Draft(MeetingKind.CouncilMeeting, (CouncilMeetingForm)7, Big()).Validate);
    }

    [Fact]
    public void Votes_belong_to_important_matters_and_consultation_times_to_urgent_ones()
    {
        TestData.Refused(RuleViolation.InvalidInput, Council(Big() with { Votes = [new PartyVote(Committee, Vote.For)] }).Validate);
        TestData.Refused(RuleViolation.InvalidInput, Council(Big() with { RaisedAt = Raised, ConsultedAt = Raised }).Validate);
        TestData.Refused(RuleViolation.InvalidInput, Council(Important() with { TookPart = [Committee] }).Validate);
    }

    [Fact]
    public void A_seat_voting_twice_or_a_vote_without_a_seat_is_refused()
    {
        TestData.Refused(RuleViolation.InvalidInput, Council(Important() with { Votes = [new PartyVote(Committee, Vote.For), new PartyVote(Committee, Vote.Against)] }).Validate);
        TestData.Refused(RuleViolation.InvalidInput, Council(Important() with { Votes = [new PartyVote(null!, Vote.For)] }).Validate);
    }

    [Fact]
    public void An_urgent_matter_without_its_times_or_consulted_before_it_was_raised_is_refused()
    {
        TestData.Refused(RuleViolation.InvalidInput, Council(Urgent() with { ConsultedAt = null }).Validate);
        TestData.Refused(RuleViolation.InvalidInput, Council(Urgent() with { ConsultedAt = Raised.AddMinutes(-1) }).Validate);
        Council(Urgent()).Validate();
    }

    [Theory]
    [InlineData(CouncilParty.Unclassified, null)]
    [InlineData(CouncilParty.PropertyManager, null)]
    [InlineData(CouncilParty.CommunityPartyCommittee, Yueyuan)]
    [InlineData(CouncilParty.CompoundBranchSecretary, "xiamen.jimei.xinglin.ningbao.shijia")]
    public void A_seat_without_a_party_or_with_a_compound_where_its_party_has_none_or_outside_the_community_is_refused(CouncilParty party, string? compound)
    {
        TestData.Refused(RuleViolation.InvalidInput, () => new CouncilSeat(party, compound).Validate("seat", "xiamen.jimei.xinglin.lianting"));
    }

    [Fact]
    public void A_council_without_the_community_party_committee_is_refused()
    {
        var council = new Council("Red Union Council", "红联议事厅", [new CouncilMember("杨毅英", "property manager", CouncilParty.PropertyManager, Yueyuan)]);

        TestData.Refused(RuleViolation.InvalidInput, () => council.Validate("xiamen.jimei.xinglin.lianting"));
    }

    private static AgreedMatter Big() => new("West gate", "Opened", []) { Class = MatterClass.Big, Concerns = [Yueyuan], TookPart = [Committee] };

    private static AgreedMatter Important() => new("Facades", "Repainted", []) { Class = MatterClass.Important, Votes = [new PartyVote(Committee, Vote.For)] };

    private static AgreedMatter Urgent() =>
        new("Water main", "Tanker", []) { Class = MatterClass.Urgent, TookPart = [Committee], RaisedAt = Raised, ConsultedAt = Raised.AddHours(5) };

    private static MeetingDraft Council(AgreedMatter matter) => Draft(MeetingKind.CouncilMeeting, CouncilMeetingForm.SpecialTopic, matter);

    private static MeetingDraft Draft(MeetingKind kind, CouncilMeetingForm? form, AgreedMatter matter) =>
        new(kind, "A meeting", ["Lianting community party committee"], [], [matter], Form: form);
}
