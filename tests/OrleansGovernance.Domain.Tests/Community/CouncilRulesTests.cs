using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Domain.Tests.Community;

/// <summary>The council's rule 大事共议、要事共决、急事共商: which seats each class needs and what record it asks of them.</summary>
public sealed class CouncilRulesTests
{
    private const string Lianting = "xiamen.jimei.xinglin.lianting";
    private const string Yueyuan = Lianting + ".yueyuan";
    private const string Xiaoqu02 = Lianting + ".xiaoqu-02";
    private static readonly string[] Compounds = [Yueyuan, Xiaoqu02];
    private static readonly DateTimeOffset Now = new(2026, 8, 5, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly CouncilSeat Committee = new(CouncilParty.CommunityPartyCommittee);
    private static readonly CouncilSeat EnvironmentHead = new(CouncilParty.EnvironmentAndPropertyCommitteeHead);
    private static readonly CouncilSeat YueyuanSecretary = new(CouncilParty.CompoundBranchSecretary, Yueyuan);
    private static readonly CouncilSeat YueyuanChair = new(CouncilParty.OwnersCommitteeChair, Yueyuan);
    private static readonly CouncilSeat YueyuanManager = new(CouncilParty.PropertyManager, Yueyuan);
    private static readonly CouncilSeat Xiaoqu02Secretary = new(CouncilParty.CompoundBranchSecretary, Xiaoqu02);
    private static readonly CouncilSeat Xiaoqu02Manager = new(CouncilParty.PropertyManager, Xiaoqu02);
    private static readonly CouncilSeat[] YueyuanSeats = [Committee, EnvironmentHead, YueyuanSecretary, YueyuanChair, YueyuanManager];

    private static readonly Council RedUnion = new("Red Union Council", "红联议事厅",
    [
        Member("吴斌斌", Committee), Member("陈玉惠", EnvironmentHead), Member("郑立华", YueyuanSecretary), Member("胡梅", YueyuanChair),
        Member("杨毅英", YueyuanManager), Member("庄静", Xiaoqu02Secretary), Member("孙燕志", Xiaoqu02Manager),
    ]);

    [Fact]
    public void A_matter_needs_the_community_wide_seats_and_every_seat_of_each_compound_it_concerns()
    {
        Assert.Equal(YueyuanSeats, CouncilRules.Required(RedUnion, [Yueyuan]));
    }

    [Fact]
    public void A_matter_concerning_no_compound_concerns_the_whole_community_and_needs_every_seat()
    {
        Assert.Equal(RedUnion.Seats, CouncilRules.Required(RedUnion, []));
    }

    [Fact]
    public void A_big_matter_discussed_by_every_seat_it_needs_may_be_recorded()
    {
        Assert.Empty(Shortfalls(Big(YueyuanSeats)));
    }

    [Fact]
    public void A_big_matter_discussed_without_the_property_manager_of_its_compound_is_refused_naming_the_missing_seat()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => Require(Big([Committee, EnvironmentHead, YueyuanSecretary, YueyuanChair])));

        Assert.Equal(RuleViolation.InvalidInput, refusal.Violation);
        Assert.Contains($"missing from the discussion: propertyManager of {Yueyuan}", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_important_matter_voted_by_every_seat_with_a_majority_for_is_decided()
    {
        var votes = YueyuanSeats.Select((seat, i) => new PartyVote(seat, i < 3 ? Vote.For : Vote.Against)).ToList();

        Assert.Empty(Shortfalls(Important(votes)));
        Assert.True(CouncilRules.Carried(votes));
    }

    [Fact]
    public void An_important_matter_without_the_vote_of_a_seat_it_needs_is_refused_naming_it()
    {
        var votes = YueyuanSeats.Where(seat => seat != YueyuanChair).Select(seat => new PartyVote(seat, Vote.For)).ToList();

        Assert.Contains($"missing from the votes: ownersCommitteeChair of {Yueyuan}", Shortfalls(Important(votes)));
    }

    [Theory]
    [InlineData(2, 3)]
    [InlineData(2, 2)]
    public void An_important_matter_without_more_votes_for_than_half_of_those_cast_is_not_carried(int forVotes, int abstentions)
    {
        var votes = YueyuanSeats.Take(forVotes + abstentions).Select((seat, i) => new PartyVote(seat, i < forVotes ? Vote.For : Vote.Abstain)).ToList();

        Assert.False(CouncilRules.Carried(votes));
    }

    [Fact]
    public void An_urgent_matter_consulted_within_the_limit_by_every_seat_it_needs_may_be_recorded()
    {
        Assert.Empty(Shortfalls(Urgent(YueyuanSeats, TimeSpan.FromHours(48))));
    }

    [Fact]
    public void An_urgent_matter_consulted_past_the_limit_is_refused_and_the_limit_is_the_configured_one()
    {
        var late = Urgent(YueyuanSeats, TimeSpan.FromHours(49));

        Assert.Contains("consulted 49 h after being raised, past the limit of 48 h", Shortfalls(late));
        Assert.Empty(CouncilRules.Shortfalls(late, RedUnion, Compounds, TimeSpan.FromHours(72), Now));
    }

    [Fact]
    public void An_urgent_matter_missing_a_consulted_seat_is_refused()
    {
        Assert.Contains($"missing from the consultation: compoundBranchSecretary of {Yueyuan}", Shortfalls(Urgent(YueyuanSeats.Where(s => s != YueyuanSecretary), TimeSpan.FromHours(2))));
    }

    [Fact]
    public void A_seat_the_council_does_not_have_or_a_compound_outside_the_community_is_refused()
    {
        var stranger = new CouncilSeat(CouncilParty.OwnersCommitteeChair, Xiaoqu02);
        var matter = Big([.. YueyuanSeats, stranger]) with { Concerns = [Yueyuan, Lianting + ".elsewhere"] };

        var shortfalls = Shortfalls(matter);

        Assert.Contains($"ownersCommitteeChair of {Xiaoqu02} has no member on the council", shortfalls);
        Assert.Contains($"compound '{Lianting}.elsewhere' is not in the community", shortfalls);
    }

    [Fact]
    public void A_council_meeting_is_refused_in_a_community_without_a_council_and_a_joint_meeting_is_not_checked()
    {
        var council = Draft(MeetingKind.CouncilMeeting, CouncilMeetingForm.Quarterly, Big(YueyuanSeats));
        var joint = Draft(MeetingKind.JointMeeting, null, new AgreedMatter("Lift blocker", "Installed", []));

        TestData.Refused(RuleViolation.InvalidInput, () => CouncilRules.RequireAgreed(council, null, Compounds, CouncilRules.DefaultUrgentLimit, Now));
        CouncilRules.RequireAgreed(joint, null, Compounds, CouncilRules.DefaultUrgentLimit, Now);
    }

    [Fact]
    public void Members_kept_from_before_parties_were_named_fill_no_seat()
    {
        var old = new Council("Red Union Council", "红联议事厅", [new CouncilMember("吴斌斌", "community party committee secretary")]);

        Assert.Empty(old.Seats);
        Assert.Contains("the council has no member sitting for a party; set its members' parties first", CouncilRules.Shortfalls(Big([]), old, Compounds, CouncilRules.DefaultUrgentLimit, Now));
    }

    private static CouncilMember Member(string name, CouncilSeat seat) => new(name, seat.Party.ToString(), seat.Party, seat.CompoundId);

    private static AgreedMatter Big(IEnumerable<CouncilSeat> tookPart) =>
        new("A west gate", "Opened with the landscaping centre", []) { Class = MatterClass.Big, Concerns = [Yueyuan], TookPart = [.. tookPart] };

    private static AgreedMatter Important(IReadOnlyList<PartyVote> votes) =>
        new("Repaint the facades", "From the maintenance fund", []) { Class = MatterClass.Important, Concerns = [Yueyuan], Votes = votes };

    private static AgreedMatter Urgent(IEnumerable<CouncilSeat> consulted, TimeSpan after) =>
        new("Burst water main", "Tanker until repaired", [])
        {
            Class = MatterClass.Urgent, Concerns = [Yueyuan], TookPart = [.. consulted], RaisedAt = Now.AddDays(-3), ConsultedAt = Now.AddDays(-3) + after,
        };

    private static IReadOnlyList<string> Shortfalls(AgreedMatter matter) =>
        CouncilRules.Shortfalls(matter, RedUnion, Compounds, CouncilRules.DefaultUrgentLimit, Now);

    private static void Require(AgreedMatter matter) =>
        CouncilRules.RequireAgreed(Draft(MeetingKind.CouncilMeeting, CouncilMeetingForm.SpecialTopic, matter), RedUnion, Compounds, CouncilRules.DefaultUrgentLimit, Now);

    private static MeetingDraft Draft(MeetingKind kind, CouncilMeetingForm? form, AgreedMatter matter) =>
        new(kind, "Red Union Council", ["Lianting community party committee"], [], [matter], Form: form);
}
