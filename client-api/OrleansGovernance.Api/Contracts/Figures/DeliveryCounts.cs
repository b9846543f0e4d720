using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// Recurring services' deliveries of a month or a year: due so far, delivered, missed (a due day that ended without a
/// logged delivery), and the delivered share of the due days already over (null when none is).
/// </summary>
public sealed record DeliveryCounts(int Due, int Delivered, int Missed, double? DeliveredRate)
{
    public static DeliveryCounts From(DeliveryMonth m) => new(m.Due, m.Delivered, m.Missed, Rates.Of(m.Delivered, m.Delivered + m.Missed));
}

/// <summary>Deliveries by China month (yyyymm) and by the calendar year those months add up to.</summary>
public sealed record DeliverySummary(IReadOnlyDictionary<int, DeliveryCounts> Months, IReadOnlyDictionary<int, DeliveryCounts> Years)
{
    public static DeliverySummary From(IReadOnlyDictionary<int, DeliveryMonth> months)
    {
        var years = new SortedDictionary<int, DeliveryMonth>();
        foreach (var (month, counts) in months)
        {
            if (!years.TryGetValue(month / 100, out var year))
            {
                year = new DeliveryMonth();
                years[month / 100] = year;
            }

            year.Add(counts);
        }

        return new(months.ToDictionary(m => m.Key, m => DeliveryCounts.From(m.Value)), years.ToDictionary(y => y.Key, y => DeliveryCounts.From(y.Value)));
    }
}
