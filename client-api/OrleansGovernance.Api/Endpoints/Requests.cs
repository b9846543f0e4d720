using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>
/// Why the caller acts, and who may read it (internal unless marked public: staff notes are written for colleagues);
/// who (from the token) and when (the server's clock) are added by the endpoint.
/// </summary>
public record ActorRequest(string? Note = null, NoteVisibility Visibility = NoteVisibility.Internal);

public sealed record ClaimRequest(ClaimingParty Party, string ClaimantName, string? Note = null) : ActorRequest(Note);

public sealed record RateRequest(SatisfactionLevel Level, string? Note = null) : ActorRequest(Note);

public sealed record DuplicateRequest(string OriginalId, string? Note = null) : ActorRequest(Note);

public sealed record SubmitTicketRequest(
    string CompoundId,
    TicketCategory Category,
    TicketChannel Channel,
    string Description,
    string? Location = null,
    ReporterContact? Reporter = null,
    string? Note = null,
    NoteVisibility Visibility = NoteVisibility.Internal)
{
    public TicketSubmission ToSubmission() => new(CompoundId, Category, Channel, Description, Location, Reporter);
}

public sealed record FlagsRequest(bool DualSeal, bool Bookkeeping);
