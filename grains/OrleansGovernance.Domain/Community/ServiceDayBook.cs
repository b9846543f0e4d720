using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Domain.Community;

/// <summary>
/// A community's convenience service days (便民服务日, the second "1" of Fangzhi's "13415": one every month): the day
/// set for each month, what each held day offered, and the month counters the figures read, moved as deltas by every
/// change. From the first month a community scheduled, a month that ended without a held day is missed; that is
/// worked out when the figures are read (a dozen months a year), never stored.
/// </summary>
[GenerateSerializer, Alias("governance.service-day-book")]
public sealed class ServiceDayBook
{
    [Id(0)] public string CommunityId { get; set; } = "";

    /// <summary>The day of each month (yyyymm), at most one a month.</summary>
    [Id(1)] public SortedDictionary<int, ServiceDay> Days { get; set; } = [];

    /// <summary>Counters per month, moved by each schedule and record (the figures never recount the days).</summary>
    [Id(2)] public SortedDictionary<int, ServiceDayMonth> Months { get; set; } = [];

    /// <summary>Rises with every change kept, across activations.</summary>
    [Id(3)] public long Changes { get; set; }

    public static ServiceDayBook Open(string communityId) => new() { CommunityId = communityId };

    /// <summary>Sets (or moves, while not yet held) the month's day; a month already over cannot be scheduled.</summary>
    public ServiceDay Schedule(ServiceDayPlan plan, Stamp stamp)
    {
        plan.Validate();
        stamp.Validate();
        var month = ChinaTime.Month(plan.Date);
        if (month < ChinaTime.Month(stamp.At))
        {
            throw DomainRuleException.Invalid($"{plan.Date:yyyy-MM-dd} lies in a month already over; record a day that was held instead.");
        }

        if (Days.TryGetValue(month, out var existing))
        {
            if (existing.Held is not null)
            {
                throw DomainRuleException.Conflict($"the service day of {existing.Date:yyyy-MM} was already held on {existing.Date:yyyy-MM-dd}.");
            }

            var moved = existing with { Date = plan.Date, ScheduledBy = stamp.By, ScheduledAt = stamp.At };
            Days[month] = moved;
            Changes++;
            return moved;
        }

        var day = new ServiceDay(month, plan.Date, stamp.By, stamp.At, plan.Synthetic, null);
        Days[month] = day;
        Counts(month).Scheduled++;
        Changes++;
        return day;
    }

    /// <summary>
    /// Records the month's day as held (scheduling it on that date if the month had none); once a month. Partner units
    /// named by id must be co-building units of the community.
    /// </summary>
    public ServiceDay Record(ServiceDayRecord record, IReadOnlyCollection<string> coBuildingUnits, Stamp stamp)
    {
        record.Validate();
        stamp.Validate();
        if (record.HeldOn > ChinaTime.Date(stamp.At))
        {
            throw DomainRuleException.Invalid($"a service day on {record.HeldOn:yyyy-MM-dd} has not happened yet; schedule it instead.");
        }

        if (record.PartnerUnitIds.FirstOrDefault(id => !coBuildingUnits.Contains(id)) is { } unknown)
        {
            throw DomainRuleException.Invalid($"partner unit '{unknown}' is not a co-building unit of '{CommunityId}'; name it among the other partners.");
        }

        var month = ChinaTime.Month(record.HeldOn);
        Days.TryGetValue(month, out var scheduled);
        if (scheduled?.Held is not null)
        {
            throw DomainRuleException.Conflict($"the service day of {scheduled.Date:yyyy-MM} was already held on {scheduled.Date:yyyy-MM-dd}.");
        }

        var held = new HeldServiceDay(
            [.. record.Services.Select(s => s.Trim())], [.. record.PartnerUnitIds], [.. record.OtherPartners.Select(p => p.Trim())],
            record.ResidentsServed, stamp.By, stamp.At);
        var day = scheduled is null
            ? new ServiceDay(month, record.HeldOn, stamp.By, stamp.At, record.Synthetic, held)
            : scheduled with { Date = record.HeldOn, Held = held };
        Days[month] = day;
        var counts = Counts(month);
        counts.Scheduled += scheduled is null ? 1 : 0;
        counts.Held++;
        counts.ResidentsServed += held.ResidentsServed;
        counts.Services += held.Services.Count;
        counts.PartnerUnits += held.Partners;
        Changes++;
        return day;
    }

    /// <summary>The months from the first scheduled to the last one over at <paramref name="now"/> that had no held day.</summary>
    public IReadOnlyList<int> MissedMonths(DateTimeOffset now)
    {
        if (Days.Count == 0)
        {
            return [];
        }

        var current = ChinaTime.Month(now);
        var missed = new List<int>();
        for (var month = Days.Keys.First(); month < current; month = ChinaTime.NextMonth(month))
        {
            if (!Days.TryGetValue(month, out var day) || day.Held is null)
            {
                missed.Add(month);
            }
        }

        return missed;
    }

    /// <summary>The day set for the current month or later that is not held yet, the soonest first.</summary>
    public ServiceDay? Next(DateTimeOffset now)
    {
        var current = ChinaTime.Month(now);
        return Days.Values.FirstOrDefault(d => d.Month >= current && d.Held is null);
    }

    /// <summary>The community's figures from these days as of <paramref name="now"/>: the stored counters and the missed months.</summary>
    public PlaceFigures Figures(DateTimeOffset now)
    {
        var figures = new PlaceFigures { AsOf = now, Version = Changes };
        foreach (var (month, counts) in Months)
        {
            figures.ServiceDays[month] = counts.Copy();
        }

        foreach (var month in MissedMonths(now))
        {
            figures.ServiceDayMonth(month).Missed = 1;
        }

        return figures;
    }

    private ServiceDayMonth Counts(int month)
    {
        if (!Months.TryGetValue(month, out var counts))
        {
            counts = new ServiceDayMonth();
            Months[month] = counts;
        }

        return counts;
    }
}
