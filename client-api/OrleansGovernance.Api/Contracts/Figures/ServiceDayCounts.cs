using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// Convenience service days (便民服务日) of a month or a year: scheduled, held, missed (a month over without a held
/// day, counted per community from the first month it scheduled), and what the held days offered.
/// </summary>
public sealed record ServiceDayCounts(int Scheduled, int Held, int Missed, int ResidentsServed, int Services, int PartnerUnits)
{
    public static ServiceDayCounts From(ServiceDayMonth m) => new(m.Scheduled, m.Held, m.Missed, m.ResidentsServed, m.Services, m.PartnerUnits);
}

/// <summary>Service days by China month (yyyymm) and by the calendar year those months add up to.</summary>
public sealed record ServiceDaySummary(IReadOnlyDictionary<int, ServiceDayCounts> Months, IReadOnlyDictionary<int, ServiceDayCounts> Years)
{
    public static ServiceDaySummary From(IReadOnlyDictionary<int, ServiceDayMonth> months)
    {
        var years = new SortedDictionary<int, ServiceDayMonth>();
        foreach (var (month, counts) in months)
        {
            if (!years.TryGetValue(month / 100, out var year))
            {
                year = new ServiceDayMonth();
                years[month / 100] = year;
            }

            year.Add(counts);
        }

        return new(months.ToDictionary(m => m.Key, m => ServiceDayCounts.From(m.Value)), years.ToDictionary(y => y.Key, y => ServiceDayCounts.From(y.Value)));
    }
}
