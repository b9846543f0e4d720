namespace OrleansGovernance.Domain.Visits;

/// <summary>The door visits one community recorded in one China month: a log sharded by month, so each row stays bounded.</summary>
[GenerateSerializer, Alias("governance.visit-log")]
public sealed class VisitLog
{
    [Id(0)] public string CommunityId { get; set; } = "";

    /// <summary>The China month, yyyymm.</summary>
    [Id(1)] public int Month { get; set; }
    [Id(2)] public List<DoorVisit> Visits { get; set; } = [];

    /// <summary>
    /// Keeps a visit. One with the id of the last visit kept replaces it: the register numbers visits in order and
    /// makes the same id again only when its own write failed after this log's, so that visit was never acknowledged.
    /// </summary>
    public void Keep(DoorVisit visit)
    {
        if (ChinaTime.Month(visit.VisitedAt) != Month)
        {
            throw DomainRuleException.Invalid($"visit '{visit.Id}' is not of month {Month}.");
        }

        if (Visits.Count > 0 && Visits[^1].Id == visit.Id)
        {
            Visits[^1] = visit;
        }
        else
        {
            Visits.Add(visit);
        }
    }
}
