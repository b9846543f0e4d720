namespace OrleansGovernance.Api.Contracts;

public sealed record ClaimDemandRequest(DemandClaimRequest Claim, string? Note = null) : ActorRequest(Note);
