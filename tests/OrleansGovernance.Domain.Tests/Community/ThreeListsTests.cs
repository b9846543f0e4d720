using OrleansGovernance.Domain.Community;
using static OrleansGovernance.Domain.Tests.TestData;

namespace OrleansGovernance.Domain.Tests.Community;

public sealed class ThreeListsTests
{
    private const string Ningbao = "xiamen.jimei.xinglin.ningbao.ningbao-shijia";

    private static readonly DateTimeOffset Listed = new(2023, 2, 1, 2, 0, 0, TimeSpan.Zero);

    /// <summary>2023-03-31 17:00 UTC is already 1 April, 01:00 in China.</summary>
    private static readonly DateTimeOffset Collected = new(2023, 3, 31, 17, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset Claimed = new(2023, 4, 3, 2, 0, 0, TimeSpan.Zero);

    private readonly ThreeLists _lists = new();

    public ThreeListsTests()
    {
        _lists.ListResource("lunch-delivery", new ResourceDraft("Weekday lunch delivery", "Home-care station"), At(Listed));
        _lists.CollectDemand("lunch-for-elder", new DemandDraft("Lunch for a resident over 80", DemandChannel.HappinessMailbox, Ningbao), At(Collected));
    }

    [Fact]
    public void Listing_a_resource_keeps_its_id_trimmed_texts_and_time()
    {
        var item = _lists.ListResource("haircuts", new ResourceDraft("  Free haircuts  ", "  Party-member vanguard team  ", Synthetic: true), At(Listed));

        Assert.Equal(new ResourceItem("haircuts", "Free haircuts", "Party-member vanguard team", Listed, true), item);
        Assert.Equal(["lunch-delivery", "haircuts"], _lists.Resources.Select(r => r.Id));
    }

    [Fact]
    public void Collecting_a_demand_files_it_under_its_quarter_in_china_time()
    {
        var demand = Assert.Single(_lists.Demands);

        Assert.Equal("lunch-for-elder", demand.Id);
        Assert.Equal("Lunch for a resident over 80", demand.Title);
        Assert.Equal(DemandChannel.HappinessMailbox, demand.Source);
        Assert.Equal(Ningbao, demand.CompoundId);
        Assert.Equal(Collected, demand.CollectedAt);
        Assert.Equal("2023Q2", demand.Quarter);
    }

    [Theory]
    [InlineData("2023-03-31T17:00:00Z", "2023Q2")]
    [InlineData("2023-03-31T15:59:59Z", "2023Q1")]
    [InlineData("2023-03-31T16:00:00Z", "2023Q2")]
    [InlineData("2023-12-31T16:00:00Z", "2024Q1")]
    [InlineData("2023-09-30T23:00:00+08:00", "2023Q3")]
    [InlineData("2023-06-15T00:00:00Z", "2023Q2")]
    public void Quarters_are_counted_in_china_time(string at, string quarter)
    {
        Assert.Equal(quarter, Quarter.Of(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Claiming_a_demand_with_a_resource_matches_them()
    {
        var claim = _lists.Claim("claim-1", new ClaimDraft("lunch-for-elder", "lunch-delivery", null), At(Claimed));

        Assert.Equal(new DemandClaim("claim-1", "lunch-for-elder", "lunch-delivery", null, Staff, Claimed), claim);
        Assert.Equal([claim], _lists.Claims);
    }

    [Fact]
    public void Claiming_a_demand_with_a_responsible_party_only_is_accepted()
    {
        var claim = _lists.Claim("claim-1", new ClaimDraft("lunch-for-elder", null, "  Ningbao community  "), At(Claimed));

        Assert.Null(claim.ResourceId);
        Assert.Equal("Ningbao community", claim.ResponsibleParty);
    }

    [Fact]
    public void A_blank_responsible_party_beside_a_resource_is_recorded_as_none()
    {
        var claim = _lists.Claim("claim-1", new ClaimDraft("lunch-for-elder", "lunch-delivery", "   "), At(Claimed));

        Assert.Null(claim.ResponsibleParty);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_claim_without_a_resource_or_a_responsible_party_is_refused(string? party)
    {
        Refused(RuleViolation.InvalidInput, () => _lists.Claim("claim-1", new ClaimDraft("lunch-for-elder", null, party), At(Claimed)));

        Assert.Empty(_lists.Claims);
    }

    [Fact]
    public void A_demand_is_claimed_only_once()
    {
        _lists.Claim("claim-1", new ClaimDraft("lunch-for-elder", "lunch-delivery", null), At(Claimed));

        Refused(RuleViolation.Conflict, () => _lists.Claim("claim-2", new ClaimDraft("lunch-for-elder", null, "Ningbao community"), At(Claimed)));

        Assert.Single(_lists.Claims);
    }

    [Fact]
    public void Claiming_an_unknown_demand_is_not_found()
    {
        Refused(RuleViolation.NotFound, () => _lists.Claim("claim-1", new ClaimDraft("no-such-demand", "lunch-delivery", null), At(Claimed)));

        Assert.Empty(_lists.Claims);
    }

    [Fact]
    public void Claiming_with_an_unknown_resource_is_not_found()
    {
        Refused(RuleViolation.NotFound, () => _lists.Claim("claim-1", new ClaimDraft("lunch-for-elder", "no-such-resource", "Ningbao community"), At(Claimed)));

        Assert.Empty(_lists.Claims);
    }

    [Fact]
    public void A_demand_cannot_be_claimed_before_it_was_collected()
    {
        Refused(RuleViolation.InvalidInput, () => _lists.Claim("claim-1", new ClaimDraft("lunch-for-elder", "lunch-delivery", null), At(Collected.AddSeconds(-1))));

        Assert.Empty(_lists.Claims);
    }

    [Fact]
    public void Ids_are_unique_within_each_list()
    {
        _lists.Claim("claim-1", new ClaimDraft("lunch-for-elder", "lunch-delivery", null), At(Claimed));
        _lists.CollectDemand("e-bike-shelter", new DemandDraft("A shelter for e-bikes", DemandChannel.OnlineSurvey, null), At(Collected));

        Refused(RuleViolation.Conflict, () => _lists.ListResource("lunch-delivery", new ResourceDraft("Another lunch", "Canteen"), At(Listed)));
        Refused(RuleViolation.Conflict, () => _lists.CollectDemand("lunch-for-elder", new DemandDraft("Again", DemandChannel.Visit, null), At(Collected)));
        Refused(RuleViolation.Conflict, () => _lists.Claim("claim-1", new ClaimDraft("e-bike-shelter", null, "Property office"), At(Claimed)));

        Assert.Single(_lists.Resources);
        Assert.Equal(2, _lists.Demands.Count);
        Assert.Single(_lists.Claims);
    }

    [Fact]
    public void The_same_id_may_be_used_in_different_lists()
    {
        _lists.CollectDemand("lunch-delivery", new DemandDraft("Lunch delivery for another elder", DemandChannel.Visit, null), At(Collected));

        Assert.Equal(2, _lists.Demands.Count);
    }

    [Fact]
    public void Invalid_drafts_are_refused()
    {
        Refused(RuleViolation.InvalidInput, () => _lists.ListResource("r-2", new ResourceDraft(" ", "Canteen"), At(Listed)));
        Refused(RuleViolation.InvalidInput, () => _lists.ListResource(" ", new ResourceDraft("Lunch", "Canteen"), At(Listed)));
        Refused(RuleViolation.InvalidInput, () => _lists.CollectDemand("d-2", new DemandDraft("Lunch", (DemandChannel)9, null), At(Collected)));
        Refused(RuleViolation.InvalidInput, () => _lists.CollectDemand("d-2", new DemandDraft("Lunch", DemandChannel.Visit, "Ningbao Shijia"), At(Collected)));

        Assert.Single(_lists.Resources);
        Assert.Single(_lists.Demands);
    }
}
