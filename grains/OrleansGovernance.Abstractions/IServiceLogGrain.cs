using OrleansGovernance.Domain.Party;

namespace OrleansGovernance.Abstractions;

/// <summary>
/// The services a community's vanguard teams gave in one month, keyed "{communityId}@{yyyymm}"
/// (<see cref="ServiceLog.Key"/>). Written only by the community's party register, which checks the community first.
/// </summary>
[Alias("governance.IServiceLogGrain")]
public interface IServiceLogGrain : IGrainWithStringKey
{
    /// <summary>Files services (one under an id already filed replaces it) and makes them durable.</summary>
    [Alias("File")]
    Task File(IReadOnlyList<ServiceActivity> activities);

    /// <summary>The month's services, none if nothing was filed (reading stores nothing).</summary>
    [Alias("Get")]
    Task<IReadOnlyList<ServiceActivity>> Get();
}
