namespace OrleansGovernance.Api.Contracts;

public sealed record CollectDemandRequest(DemandRequest Demand, string? Note = null) : ActorRequest(Note);
