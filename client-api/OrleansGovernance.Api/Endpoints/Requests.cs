using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>Who acts and why; the server adds when.</summary>
public record ActorRequest(string By, string? Note)
{
    public Stamp Stamp(TimeProvider clock) => new(By, clock.GetUtcNow(), Note);
}

public sealed record ClaimRequest(string By, string? Note, ClaimingParty Party, string ClaimantName) : ActorRequest(By, Note);

public sealed record RateRequest(string By, string? Note, SatisfactionLevel Level) : ActorRequest(By, Note);

public sealed record DuplicateRequest(string By, string? Note, string OriginalId) : ActorRequest(By, Note);

public sealed record SubmitTicketRequest(
    string CompoundId,
    TicketCategory Category,
    TicketChannel Channel,
    string Description,
    string? Location,
    ReporterContact? Reporter,
    string? By)
{
    public TicketSubmission ToSubmission() => new(CompoundId, Category, Channel, Description, Location, Reporter);
}

public sealed record FlagsRequest(bool DualSeal, bool Bookkeeping);
