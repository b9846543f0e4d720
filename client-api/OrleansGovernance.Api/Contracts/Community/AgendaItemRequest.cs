using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a AgendaItem.</summary>
public sealed record AgendaItemRequest(
    string Title,
    string? TicketId = null,
    string? DemandId = null)
{
    public AgendaItem ToDomain() => new(
        Title,
        TicketId,
        DemandId);
}
