using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>A service day as held: the services offered, partner units (co-building units by id, others by name), residents served.</summary>
public sealed record RecordServiceDayRequest(
    DateOnly HeldOn,
    IReadOnlyList<string> Services,
    int ResidentsServed,
    IReadOnlyList<string>? PartnerUnitIds = null,
    IReadOnlyList<string>? OtherPartners = null,
    bool Synthetic = false)
{
    public ServiceDayRecord ToDomain() => new(HeldOn, Services, PartnerUnitIds ?? [], OtherPartners ?? [], ResidentsServed, Synthetic);
}
