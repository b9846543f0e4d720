using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>Why the caller acts; who (from the token) and when (the server's clock) are added by the endpoint.</summary>
public record ActorRequest(string? Note);

public sealed record ClaimRequest(string? Note, ClaimingParty Party, string ClaimantName) : ActorRequest(Note);

public sealed record RateRequest(string? Note, SatisfactionLevel Level) : ActorRequest(Note);

public sealed record DuplicateRequest(string? Note, string OriginalId) : ActorRequest(Note);

public sealed record SubmitTicketRequest(
    string CompoundId,
    TicketCategory Category,
    TicketChannel Channel,
    string Description,
    string? Location,
    ReporterContact? Reporter,
    string? Note)
{
    public TicketSubmission ToSubmission() => new(CompoundId, Category, Channel, Description, Location, Reporter);
}

public sealed record FlagsRequest(bool DualSeal, bool Bookkeeping);
