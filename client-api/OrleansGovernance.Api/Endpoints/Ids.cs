using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Endpoints;

internal static class Ids
{
    /// <summary>A malformed place id names nothing, so it is answered like an unknown one, without touching a grain.</summary>
    public static string Place(string id, string what) =>
        PlaceIds.IsValid(id) ? id : throw DomainRuleException.NotFound(what, id);

    public static string Ticket(string id) =>
        TicketIds.IsWellFormed(id) ? id : throw DomainRuleException.NotFound("ticket", id);
}
