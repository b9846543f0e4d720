namespace OrleansGovernance.Domain.Figures;

/// <summary>
/// The convenience service days (便民服务日) of one China calendar month, summed over communities: how many were
/// scheduled and held, what the held ones offered, and how many communities let the month pass without one.
/// </summary>
[GenerateSerializer, Alias("governance.service-day-month")]
public sealed class ServiceDayMonth
{
    [Id(0)] public int Scheduled { get; set; }
    [Id(1)] public int Held { get; set; }

    /// <summary>
    /// Communities whose month ended without a held day (counted from the first month each scheduled): moves with the
    /// clock, so it is computed when the figures are published, never stored.
    /// </summary>
    [Id(2)] public int Missed { get; set; }
    [Id(3)] public int ResidentsServed { get; set; }

    /// <summary>The services the held days offered, one for each listed on a day.</summary>
    [Id(4)] public int Services { get; set; }

    /// <summary>The partner units that took part, one for each named on a day.</summary>
    [Id(5)] public int PartnerUnits { get; set; }

    public ServiceDayMonth Copy() => new()
    {
        Scheduled = Scheduled, Held = Held, Missed = Missed, ResidentsServed = ResidentsServed, Services = Services, PartnerUnits = PartnerUnits,
    };

    public void Add(ServiceDayMonth o)
    {
        Scheduled += o.Scheduled;
        Held += o.Held;
        Missed += o.Missed;
        ResidentsServed += o.ResidentsServed;
        Services += o.Services;
        PartnerUnits += o.PartnerUnits;
    }
}
