namespace OrleansGovernance.Domain.Figures;

/// <summary>
/// Everything a dashboard shows for one place, in additive form: a parent's figures are the sum of its
/// children's. Rates and means are derived only when the figures are presented (the API's summary contract).
/// </summary>
[GenerateSerializer, Alias("governance.place-figures")]
public sealed class PlaceFigures
{
    [Id(0)] public OrganisationCounts Organisation { get; set; } = new();
    [Id(1)] public RequestCounts Requests { get; set; } = new();
    [Id(2)] public SatisfactionCounts Satisfaction { get; set; } = new();
    [Id(3)] public PlanCounts Plans { get; set; } = new();
    [Id(4)] public ActivityCounts Activity { get; set; } = new();
    [Id(5)] public SortedDictionary<int, ActivityCounts> Years { get; set; } = [];
    [Id(6)] public FlowSeries Hourly { get; set; } = new();
    [Id(7)] public FlowSeries Daily { get; set; } = new();
    [Id(8)] public FlowSeries Weekly { get; set; } = new();
    [Id(9)] public DateTimeOffset AsOf { get; set; }

    /// <summary>Rises whenever anything below the place changes.</summary>
    [Id(10)] public long Version { get; set; }

    [Id(11)] public FundsCounts Funds { get; set; } = new();

    /// <summary>The requests submitted in each China calendar month (yyyymm), so any run of months compares with another.</summary>
    [Id(12)] public SortedDictionary<int, MonthCounts> Months { get; set; } = [];

    /// <summary>Door visits (走访) in each China calendar month (yyyymm), by the door they went to.</summary>
    [Id(13)] public SortedDictionary<int, VisitMonth> Visits { get; set; } = [];

    /// <summary>Households with a visiting cadence: visited within it, overdue.</summary>
    [Id(14)] public VisitCadence Cadence { get; set; } = new();
    /// <summary>Party members registered at the communities below (党员"双报到").</summary>
    [Id(17)] public PartyCounts Party { get; set; } = new();

    /// <summary>The vanguard teams' services in each China calendar month (yyyymm).</summary>
    [Id(18)] public SortedDictionary<int, PartyServiceMonth> PartyService { get; set; } = [];
    /// <summary>Convenience service days (便民服务日) by China month (yyyymm).</summary>
    [Id(15)] public SortedDictionary<int, ServiceDayMonth> ServiceDays { get; set; } = [];

    /// <summary>Recurring services' deliveries by China month (yyyymm).</summary>
    [Id(16)] public SortedDictionary<int, DeliveryMonth> Deliveries { get; set; } = [];

    public ActivityCounts Year(int year)
    {
        if (!Years.TryGetValue(year, out var counts))
        {
            counts = new ActivityCounts();
            Years[year] = counts;
        }

        return counts;
    }

    public MonthCounts Month(int month)
    {
        if (!Months.TryGetValue(month, out var counts))
        {
            counts = new MonthCounts();
            Months[month] = counts;
        }

        return counts;
    }

    public VisitMonth VisitMonth(int month)
    {
        if (!Visits.TryGetValue(month, out var visits))
        {
            visits = new VisitMonth();
            Visits[month] = visits;
        }

        return visits;
    }

    public PartyServiceMonth PartyServiceIn(int month)
    {
        if (!PartyService.TryGetValue(month, out var service))
        {
            service = new PartyServiceMonth();
            PartyService[month] = service;
        }

        return service;
    }

    public ServiceDayMonth ServiceDayMonth(int month)
    {
        if (!ServiceDays.TryGetValue(month, out var days))
        {
            days = new ServiceDayMonth();
            ServiceDays[month] = days;
        }

        return days;
    }

    public DeliveryMonth DeliveryMonth(int month)
    {
        if (!Deliveries.TryGetValue(month, out var deliveries))
        {
            deliveries = new DeliveryMonth();
            Deliveries[month] = deliveries;
        }

        return deliveries;
    }

    public void Add(PlaceFigures o)
    {
        Organisation.Add(o.Organisation);
        Requests.Add(o.Requests);
        Satisfaction.Add(o.Satisfaction);
        Plans.Add(o.Plans);
        Funds.Add(o.Funds);
        Activity.Add(o.Activity);
        foreach (var (year, counts) in o.Years)
        {
            Year(year).Add(counts);
        }

        foreach (var (month, counts) in o.Months)
        {
            Month(month).Add(counts);
        }

        foreach (var (month, visits) in o.Visits)
        {
            VisitMonth(month).Add(visits);
        }

        Cadence.Add(o.Cadence);

        Party.Add(o.Party);
        foreach (var (month, service) in o.PartyService)
        {
            PartyServiceIn(month).Add(service);
        }

        foreach (var (month, days) in o.ServiceDays)
        {
            ServiceDayMonth(month).Add(days);
        }

        foreach (var (month, deliveries) in o.Deliveries)
        {
            DeliveryMonth(month).Add(deliveries);
        }

        Hourly.Add(o.Hourly);
        Daily.Add(o.Daily);
        Weekly.Add(o.Weekly);
        AsOf = AsOf > o.AsOf ? AsOf : o.AsOf;
        Version += o.Version;
    }

    public static PlaceFigures Sum(IEnumerable<PlaceFigures> parts, DateTimeOffset asOf)
    {
        var total = new PlaceFigures { AsOf = asOf };
        foreach (var part in parts)
        {
            total.Add(part);
        }

        return total;
    }
}
