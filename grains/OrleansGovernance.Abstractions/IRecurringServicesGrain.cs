using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Abstractions;

/// <summary>A community's recurring services and their delivery logs, keyed by the community's id; reports as "recurring-services".</summary>
[Alias("governance.IRecurringServicesGrain")]
public interface IRecurringServicesGrain : ICommunityWorkGrain
{
    /// <summary>The services (an empty book until the first starts); NotFound if the community does not exist.</summary>
    [Alias("Get")]
    Task<RecurringServiceBook> Get();

    /// <summary>Starts delivering a resource of the community's three lists to a household.</summary>
    [Alias("Start")]
    Task<RecurringService> Start(RecurringServiceDraft draft, Stamp stamp);

    /// <summary>Logs the delivery of the stamp's day.</summary>
    [Alias("LogDelivery")]
    Task<Delivery> LogDelivery(string serviceId, Stamp stamp);

    [Alias("Stop")]
    Task<RecurringService> Stop(string serviceId, Stamp stamp);

    /// <summary>Loads services built elsewhere (seeding); does nothing if the community has any already.</summary>
    [Alias("Import")]
    Task Import(RecurringServiceBook book);
}
