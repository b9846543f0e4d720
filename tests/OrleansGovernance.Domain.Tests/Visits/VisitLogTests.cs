using OrleansGovernance.Domain.Visits;

namespace OrleansGovernance.Domain.Tests.Visits;

public sealed class VisitLogTests
{
    private static readonly DateTimeOffset June = new(2023, 6, 10, 2, 0, 0, TimeSpan.Zero);

    private readonly VisitLog _log = new() { CommunityId = "xiamen.jimei.xinglin.fangzhi", Month = 202306 };

    [Fact]
    public void The_last_visit_kept_again_under_its_id_is_replaced_not_added()
    {
        _log.Keep(Visit("visit-202306-0001", "Nobody home"));
        _log.Keep(Visit("visit-202306-0002", "Nobody home"));
        _log.Keep(Visit("visit-202306-0002", "Lift broken"));

        Assert.Equal(["Nobody home", "Lift broken"], _log.Visits.Select(v => v.Findings));
    }

    [Fact]
    public void A_visit_of_another_month_is_refused()
    {
        Assert.Throws<DomainRuleException>(() => _log.Keep(Visit("visit-202307-0001", "x") with { VisitedAt = June.AddDays(30) }));
        Assert.Empty(_log.Visits);
    }

    private static DoorVisit Visit(string id, string findings) =>
        new(id, "h-001", VisitKind.InDifficulty, June, findings, "grid-worker-li", null, null, false);
}
