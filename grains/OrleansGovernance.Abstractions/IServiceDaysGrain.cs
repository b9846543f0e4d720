using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Abstractions;

/// <summary>A community's convenience service days (便民服务日), keyed by the community's id; reports as "service-days".</summary>
[Alias("governance.IServiceDaysGrain")]
public interface IServiceDaysGrain : ICommunityWorkGrain
{
    /// <summary>The days (an empty book until the first is scheduled); NotFound if the community does not exist.</summary>
    [Alias("Get")]
    Task<ServiceDayBook> Get();

    [Alias("Schedule")]
    Task<ServiceDay> Schedule(ServiceDayPlan plan, Stamp stamp);

    [Alias("Record")]
    Task<ServiceDay> Record(ServiceDayRecord record, Stamp stamp);

    /// <summary>Loads days built elsewhere (seeding); does nothing if the community has any already.</summary>
    [Alias("Import")]
    Task Import(ServiceDayBook book);
}
