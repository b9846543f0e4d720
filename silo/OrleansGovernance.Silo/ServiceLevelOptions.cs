using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Silo;

/// <summary>
/// Configuration section "ServiceLevels": response limits per ticket category in minutes (five by default, per
/// "13415") and the settle limit in days (seven by default).
/// </summary>
public sealed class ServiceLevelOptions
{
    public const string Section = "ServiceLevels";

    public Dictionary<TicketCategory, double> ResponseMinutes { get; set; } = [];

    public double SettleDays { get; set; } = ServiceLevelPolicy.DefaultSettleLimit.TotalDays;

    public ServiceLevelPolicy ToPolicy() => new(
        ResponseMinutes.ToDictionary(limit => limit.Key, limit => TimeSpan.FromMinutes(limit.Value)),
        TimeSpan.FromDays(SettleDays));
}
