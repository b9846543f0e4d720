using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>One seat's vote on an important matter.</summary>
public sealed record PartyVoteRequest(
    CouncilSeatRequest Seat,
    Vote Vote)
{
    public PartyVote ToDomain() => new(Seat?.ToDomain()!, Vote);
}
