using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>One seat's vote on an important matter, as the API shows it.</summary>
public sealed record PartyVoteView(
    CouncilSeatView Seat,
    Vote Vote)
{
    public static PartyVoteView Of(PartyVote source) => new(CouncilSeatView.Of(source.Seat), source.Vote);
}
