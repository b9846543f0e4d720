using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>AgreedMatter as the API shows it; class is null for a joint meeting's matter and one recorded before classes.</summary>
public sealed record AgreedMatterView(
    string Title,
    string Outcome,
    IReadOnlyList<string> SettlesTickets,
    MatterClass? Class,
    IReadOnlyList<string> Concerns,
    IReadOnlyList<CouncilSeatView> TookPart,
    IReadOnlyList<PartyVoteView> Votes,
    DateTimeOffset? RaisedAt,
    DateTimeOffset? ConsultedAt)
{
    public static AgreedMatterView Of(AgreedMatter source) => new(
        source.Title,
        source.Outcome,
        source.SettlesTickets,
        source.Class,
        source.Concerns,
        source.TookPart.Select(CouncilSeatView.Of).ToList(),
        source.Votes.Select(PartyVoteView.Of).ToList(),
        source.RaisedAt,
        source.ConsultedAt);
}
