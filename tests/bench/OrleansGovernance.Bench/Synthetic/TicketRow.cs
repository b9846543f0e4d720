using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Bench.Synthetic;

/// <summary>
/// One ticket as the conventional relational service stores it: a flat row with the ids of every place above it,
/// so SQL can aggregate per place with a GROUP BY instead of walking a tree.
/// </summary>
public sealed record TicketRow(
    string Id,
    string CompoundId,
    string CommunityId,
    string SubdistrictId,
    string DistrictId,
    string CityId,
    TicketCategory Category,
    TicketChannel Channel,
    TicketStatus Status,
    string Description,
    DateTimeOffset FiledAt,
    DateTimeOffset ResponseDue,
    DateTimeOffset SettleDue,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? ClaimedAt,
    DateTimeOffset? EscalatedAt,
    DateTimeOffset? SettledAt,
    SatisfactionLevel? Rating)
{
    public static TicketRow Of(Ticket ticket)
    {
        var community = Parent(ticket.CompoundId);
        var subdistrict = Parent(community);
        var district = Parent(subdistrict);
        return new TicketRow(
            ticket.Id, ticket.CompoundId, community, subdistrict, district, Parent(district),
            ticket.Category, ticket.Channel, ticket.Status, ticket.Description,
            ticket.SubmittedAt, ticket.ResponseDue, ticket.SettleDue, ticket.RespondedAt, ticket.ClaimedAt, ticket.EscalatedAt, ticket.SettledAt, ticket.Rating);
    }

    private static string Parent(string id) =>
        PlaceIds.ParentOf(id) ?? throw new ArgumentException($"'{id}' has no parent place.", nameof(id));
}
