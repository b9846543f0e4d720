using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Domain.Community;

/// <summary>
/// A community's recurring services and their delivery logs. A due delivery not logged by the end of its day (China
/// time) is missed; the missed ones and the month figures are worked out when read from the services' schedules and
/// the bounded logs, so no timer runs for them.
/// </summary>
[GenerateSerializer, Alias("governance.recurring-service-book")]
public sealed class RecurringServiceBook
{
    /// <summary>How far back missed deliveries are raised to the desk.</summary>
    public const int DeskDays = 7;

    [Id(0)] public string CommunityId { get; set; } = "";
    [Id(1)] public List<RecurringService> Services { get; set; } = [];

    /// <summary>Each service's log, by service id.</summary>
    [Id(2)] public Dictionary<string, DeliveryLog> Logs { get; set; } = [];

    /// <summary>Rises with every change kept, across activations.</summary>
    [Id(3)] public long Changes { get; set; }

    public static RecurringServiceBook Open(string communityId) => new() { CommunityId = communityId };

    /// <summary>Starts delivering a listed resource; a schedule cannot start in the past.</summary>
    public RecurringService Start(RecurringServiceDraft draft, IReadOnlyList<ResourceItem> resources, Stamp stamp)
    {
        draft.Validate();
        stamp.Validate();
        var resource = resources.FirstOrDefault(r => r.Id == draft.ResourceId)
            ?? throw DomainRuleException.Invalid($"resource '{draft.ResourceId}' is not on the three lists of '{CommunityId}'.");
        if (draft.StartsOn < ChinaTime.Date(stamp.At))
        {
            throw DomainRuleException.Invalid($"a service cannot start before today ({draft.StartsOn:yyyy-MM-dd} is past).");
        }

        var service = new RecurringService(
            $"service-{Services.Count + 1:D4}", resource.Id, resource.Title, draft.Household.Trim(), [.. draft.Days.Order()],
            draft.StartsOn, draft.EndsOn, draft.DeliveredBy.Trim(), stamp.By, stamp.At, draft.Synthetic);
        Services.Add(service);
        Logs[service.Id] = new DeliveryLog();
        Changes++;
        return service;
    }

    /// <summary>Logs the delivery of the stamp's day (China time), which must be a due day not logged yet.</summary>
    public Delivery Log(string serviceId, Stamp stamp)
    {
        stamp.Validate();
        var service = Find(serviceId);
        var date = ChinaTime.Date(stamp.At);
        if (!service.IsDue(date))
        {
            throw DomainRuleException.Invalid($"'{service.Id}' is not due on {date:yyyy-MM-dd} ({date.DayOfWeek}).");
        }

        var log = Logs[service.Id];
        if (log.Recent.Any(d => d.Date == date))
        {
            throw DomainRuleException.Conflict($"the delivery of {date:yyyy-MM-dd} is already logged for '{service.Id}'.");
        }

        if (log.Recent.Count > 0 && date < log.Recent[^1].Date)
        {
            throw DomainRuleException.Invalid($"a delivery is logged on its own day; {date:yyyy-MM-dd} comes before the last one logged.");
        }

        var delivery = new Delivery(date, stamp.By, stamp.At);
        log.Recent.Add(delivery);
        if (log.Recent.Count > DeliveryLog.RecentKept)
        {
            log.Recent.RemoveAt(0);
        }

        var month = ChinaTime.Month(date);
        log.Delivered[month] = log.Delivered.GetValueOrDefault(month) + 1;
        Changes++;
        return delivery;
    }

    /// <summary>Ends a service after today's delivery.</summary>
    public RecurringService Stop(string serviceId, Stamp stamp)
    {
        stamp.Validate();
        var service = Find(serviceId);
        var today = ChinaTime.Date(stamp.At);
        if (service.EndsOn is { } ends && ends <= today)
        {
            throw DomainRuleException.Transition($"'{service.Id}' already ended on {ends:yyyy-MM-dd}.");
        }

        var stopped = service with { EndsOn = today < service.StartsOn ? service.StartsOn.AddDays(-1) : today };
        Services[Services.IndexOf(service)] = stopped;
        Changes++;
        return stopped;
    }

    /// <summary>Due deliveries of the <see cref="DeskDays"/> days before today that were not logged, the latest first.</summary>
    public IReadOnlyList<MissedDelivery> Missed(DateTimeOffset now)
    {
        var today = ChinaTime.Date(now);
        var missed = new List<MissedDelivery>();
        for (var date = today.AddDays(-1); date >= today.AddDays(-DeskDays); date = date.AddDays(-1))
        {
            foreach (var service in Services.Where(s => s.IsDue(date) && Logs[s.Id].Recent.All(d => d.Date != date)))
            {
                missed.Add(new MissedDelivery(service.Id, service.Title, service.Household, date));
            }
        }

        return missed;
    }

    /// <summary>Whether today's delivery of <paramref name="serviceId"/> is logged.</summary>
    public bool DeliveredOn(string serviceId, DateOnly date) => Logs.TryGetValue(serviceId, out var log) && log.Recent.Any(d => d.Date == date);

    /// <summary>
    /// The figures as of <paramref name="now"/>: per month, the due days so far (by calendar arithmetic on each
    /// schedule), the stored delivered counter, and the due days before today without a delivery.
    /// </summary>
    public PlaceFigures Figures(DateTimeOffset now)
    {
        var figures = new PlaceFigures { AsOf = now, Version = Changes };
        var today = ChinaTime.Date(now);
        foreach (var service in Services)
        {
            var log = Logs[service.Id];
            var last = service.EndsOn is { } ends && ends < today ? ends : today;
            for (var date = service.StartsOn; date <= last; date = date.AddDays(1))
            {
                if (service.IsDue(date))
                {
                    figures.DeliveryMonth(ChinaTime.Month(date)).Due++;
                }
            }

            foreach (var (month, delivered) in log.Delivered)
            {
                figures.DeliveryMonth(month).Delivered += delivered;
            }
        }

        foreach (var (month, counts) in figures.Deliveries)
        {
            counts.Missed = counts.Due - counts.Delivered - DueTodayUnlogged(month, today);
        }

        return figures;
    }

    private int DueTodayUnlogged(int month, DateOnly today) =>
        month != ChinaTime.Month(today) ? 0 : Services.Count(s => s.IsDue(today) && !DeliveredOn(s.Id, today));

    private RecurringService Find(string serviceId) =>
        Services.FirstOrDefault(s => s.Id == serviceId) ?? throw DomainRuleException.NotFound("recurring service", serviceId);
}
