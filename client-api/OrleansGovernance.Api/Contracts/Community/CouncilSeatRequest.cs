using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>A seat on the council as a request names it: a party, and for a compound's party its compound.</summary>
public sealed record CouncilSeatRequest(
    CouncilParty Party,
    string? CompoundId = null)
{
    public CouncilSeat ToDomain() => new(Party, CompoundId);
}
