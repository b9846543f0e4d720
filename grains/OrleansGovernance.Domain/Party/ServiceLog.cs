namespace OrleansGovernance.Domain.Party;

/// <summary>
/// Every service a community's vanguard teams gave in one China calendar month: the register's history, one row per
/// month so no row grows without end.
/// </summary>
[GenerateSerializer, Alias("governance.service-log")]
public sealed class ServiceLog
{
    public const int MaxPerMonth = 10_000;

    [Id(0)] public string CommunityId { get; set; } = "";

    /// <summary>yyyymm.</summary>
    [Id(1)] public int Month { get; set; }
    [Id(2)] public List<ServiceActivity> Activities { get; set; } = [];

    /// <summary>The key of a community's log for a month: "{communityId}@{yyyymm}".</summary>
    public static string Key(string communityId, int month) => $"{communityId}@{month}";

    public static ServiceLog Open(string key)
    {
        var at = key.LastIndexOf('@');
        return at > 0 && int.TryParse(key.AsSpan(at + 1), out var month) && month % 100 is >= 1 and <= 12
            ? new ServiceLog { CommunityId = Require.PlaceId(key[..at], "communityId"), Month = month }
            : throw DomainRuleException.Invalid($"'{key}' is not a service log key (community@yyyymm).");
    }

    /// <summary>
    /// Files a service; one under an id already filed replaces it, since only a service the register never counted
    /// (a write that failed halfway) can leave its id behind for the next one.
    /// </summary>
    public void File(ServiceActivity activity)
    {
        if (activity.Month != Month)
        {
            throw DomainRuleException.Invalid($"service {activity.Id} of {activity.Date:yyyy-MM-dd} belongs to another month than {Month}.");
        }

        var filed = Activities.FindIndex(a => a.Id == activity.Id);
        if (filed >= 0)
        {
            Activities[filed] = activity;
            return;
        }

        if (Activities.Count >= MaxPerMonth)
        {
            throw DomainRuleException.Conflict($"a month holds {MaxPerMonth} services at most.");
        }

        Activities.Add(activity);
    }
}
