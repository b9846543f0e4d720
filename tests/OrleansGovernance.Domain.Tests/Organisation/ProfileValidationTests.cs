using OrleansGovernance.Domain.Organisation;
using static OrleansGovernance.Domain.Tests.TestData;

namespace OrleansGovernance.Domain.Tests.Organisation;

/// <summary>What the malformed-input suite found the profiles accepting: unchecked texts, empty entries, impossible dates.</summary>
public sealed class ProfileValidationTests
{
    private const string Community = "xiamen.jimei.xinglin.fangzhi";
    private static readonly string Huge = new('x', 100_000);

    [Fact]
    public void An_owners_committee_formed_in_year_one_or_with_an_empty_member_entry_is_refused()
    {
        CommitteeMember chair = new("Chair Chen", true, CommitteeRole.Chair);

        Refused(RuleViolation.InvalidInput, new OwnersCommittee([chair], new DateOnly(1, 1, 1)).Validate);
        Refused(RuleViolation.InvalidInput, new OwnersCommittee([chair, null!]).Validate);
        new OwnersCommittee([chair]).Validate();
    }

    [Fact]
    public void A_property_service_with_an_oversized_instructor_id_is_refused()
    {
        Refused(RuleViolation.InvalidInput, new PropertyService("chengfa", "Chengfa property", InstructorId: Huge).Validate);
        new PropertyService("chengfa", "Chengfa property").Validate();
    }

    [Fact]
    public void A_compound_naming_a_plan_that_is_no_place_id_is_refused()
    {
        var compound = new CompoundProfile { Id = CompoundId, Name = "Hualing Garden", NameZh = "华铃花园", CommunityId = Community, Plans = [Huge] };

        Refused(RuleViolation.InvalidInput, compound.Validate);
    }

    [Fact]
    public void A_council_or_co_building_unit_without_a_chinese_name_or_with_an_oversized_one_is_refused()
    {
        Refused(RuleViolation.InvalidInput, () => new Council("Red Union Council", Huge, []).Validate(Community));
        Refused(RuleViolation.InvalidInput, () => new Council("Red Union Council", "红联议事厅", [null!]).Validate(Community));
        Refused(RuleViolation.InvalidInput, new CoBuildingUnit("fire-station", "Fire station", "").Validate);
        Refused(RuleViolation.InvalidInput, new CoBuildingUnit("fire-station", "Fire station", "消防站", "../../etc").Validate);
        new CoBuildingUnit("fire-station", "Fire station", "消防站", CompoundId).Validate();
    }

    [Fact]
    public void A_community_listing_a_compound_that_is_no_place_id_is_refused()
    {
        var community = new CommunityProfile { Id = Community, Name = "Fangzhi", NameZh = "方直社区", RegionId = "xiamen.jimei.xinglin", Compounds = ["a\u0000b"] };

        Refused(RuleViolation.InvalidInput, community.Validate);
    }

    [Fact]
    public void A_region_with_a_malformed_child_or_party_instructor_is_refused()
    {
        Refused(RuleViolation.InvalidInput, Xinglin(children: [Huge]).Validate);
        Refused(RuleViolation.InvalidInput, Xinglin(instructors: [new("instructor-1", Huge)]).Validate);
        Refused(RuleViolation.InvalidInput, Xinglin(instructors: [null!]).Validate);
        Xinglin(instructors: [new("instructor-1", "王艳")]).Validate();
    }

    [Fact]
    public void A_branch_with_an_empty_cadre_entry_or_a_team_without_a_chinese_name_is_refused()
    {
        Refused(RuleViolation.InvalidInput, Branch(cadres: [null!]).Validate);
        Refused(RuleViolation.InvalidInput, Branch(teams: [new("Vanguard", " ", 5)]).Validate);
        Branch(teams: [new("Vanguard", "先锋队", 5)]).Validate();
    }

    private static RegionProfile Xinglin(List<string>? children = null, List<PartyInstructor>? instructors = null) => new()
    {
        Id = "xiamen.jimei.xinglin",
        Name = "Xinglin",
        NameZh = "杏林街道",
        Level = RegionLevel.Subdistrict,
        ParentId = "xiamen.jimei",
        Children = children ?? [],
        PartyInstructors = instructors ?? [],
    };

    private static BranchProfile Branch(List<AssignedCadre>? cadres = null, List<VanguardTeam>? teams = null) => new()
    {
        CompoundId = CompoundId,
        Secretary = new("Secretary Zheng", SecretarySource.Retired),
        AssignedCadres = cadres ?? [],
        VanguardTeams = teams ?? [],
    };
}
