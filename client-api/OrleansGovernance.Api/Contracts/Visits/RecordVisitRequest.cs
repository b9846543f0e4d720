using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Domain.Visits;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// A door visit as the visitor records it: the household's reference, the door (newResident 敲门, longTimeResident 串门,
/// inDifficulty 上门), what was found, and optionally a request to file from it.
/// </summary>
public sealed record RecordVisitRequest(
    string HouseholdReference,
    VisitKind Kind,
    string Findings,
    VisitFilingRequest? FileRequest = null,
    bool Synthetic = false,
    string? Note = null) : ActorRequest(Note)
{
    public VisitDraft ToDomain() => new(HouseholdReference, Kind, Findings, Synthetic);
}

/// <summary>The request a visit files, on the desk of the household's compound; its description is the findings unless given.</summary>
public sealed record VisitFilingRequest(TicketCategory Category, string? Description = null);
