using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>AgendaItem as the API shows it.</summary>
public sealed record AgendaItemView(
    string Title,
    string? TicketId,
    string? DemandId)
{
    public static AgendaItemView Of(AgendaItem source) => new(
        source.Title,
        source.TicketId,
        source.DemandId);
}
