using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// A resource of the community's three lists to deliver to a household on set days. The household is the community's
/// internal reference (for example "ningbao-hh-017"), never a name, a door number or a phone.
/// </summary>
public sealed record StartRecurringServiceRequest(
    string ResourceId,
    string Household,
    IReadOnlyList<DayOfWeek> Days,
    DateOnly StartsOn,
    string DeliveredBy,
    DateOnly? EndsOn = null,
    bool Synthetic = false)
{
    public RecurringServiceDraft ToDomain() => new(ResourceId, Household, Days, StartsOn, EndsOn, DeliveredBy, Synthetic);
}
