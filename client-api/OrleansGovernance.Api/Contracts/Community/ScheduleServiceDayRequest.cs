using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The date of a month's convenience service day (a later date moves a day not yet held).</summary>
public sealed record ScheduleServiceDayRequest(DateOnly Date, bool Synthetic = false)
{
    public ServiceDayPlan ToDomain() => new(Date, Synthetic);
}
