using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Contracts;

public sealed record ClaimRequest(ClaimingParty Party, string ClaimantName, string? Note = null) : ActorRequest(Note);
