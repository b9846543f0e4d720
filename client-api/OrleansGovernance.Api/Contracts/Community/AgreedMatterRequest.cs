using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// The body that makes a AgreedMatter. A joint meeting's matter sends only title, outcome and settlesTickets, as
/// before; a council meeting's names its class and the record the class asks for: tookPart (big), votes
/// (important), or tookPart with raisedAt and consultedAt (urgent); concerns names the compounds it concerns.
/// </summary>
public sealed record AgreedMatterRequest(
    string Title,
    string Outcome,
    IReadOnlyList<string> SettlesTickets,
    MatterClass? Class = null,
    IReadOnlyList<string>? Concerns = null,
    IReadOnlyList<CouncilSeatRequest>? TookPart = null,
    IReadOnlyList<PartyVoteRequest>? Votes = null,
    DateTimeOffset? RaisedAt = null,
    DateTimeOffset? ConsultedAt = null)
{
    public AgreedMatter ToDomain() => new(
        Title,
        Outcome,
        [.. SettlesTickets])
    {
        Class = Class,
        Concerns = [.. Concerns ?? []],
        TookPart = [.. (TookPart ?? []).Select(seat => seat?.ToDomain()!)],
        Votes = [.. (Votes ?? []).Select(vote => vote?.ToDomain()!)],
        RaisedAt = RaisedAt,
        ConsultedAt = ConsultedAt,
    };
}
