namespace OrleansGovernance.Api.Contracts;

public sealed record ListResourceRequest(ResourceRequest Resource, string? Note = null) : ActorRequest(Note);
