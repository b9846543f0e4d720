namespace OrleansGovernance.Api.Contracts;

public sealed record DuplicateRequest(string OriginalId, string? Note = null) : ActorRequest(Note);
