namespace OrleansGovernance.Api.Contracts;

/// <summary>How often a household in difficulty is visited, in days (1 to 366); null ends its cadence.</summary>
public sealed record CadenceRequest(int? CadenceDays, string? Note = null) : ActorRequest(Note);
