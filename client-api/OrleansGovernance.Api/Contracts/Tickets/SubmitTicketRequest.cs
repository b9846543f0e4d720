using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Contracts;

public sealed record SubmitTicketRequest(
    string CompoundId,
    TicketCategory Category,
    TicketChannel Channel,
    string Description,
    string? Location = null,
    ReporterContactRequest? Reporter = null,
    string? Note = null,
    NoteVisibility Visibility = NoteVisibility.Internal)
{
    public TicketSubmission ToSubmission() => new(CompoundId, Category, Channel, Description, Location, Reporter?.ToDomain());
}
