using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>A seat on the council as the API shows it.</summary>
public sealed record CouncilSeatView(
    CouncilParty Party,
    string? CompoundId)
{
    public static CouncilSeatView Of(CouncilSeat source) => new(source.Party, source.CompoundId);
}
