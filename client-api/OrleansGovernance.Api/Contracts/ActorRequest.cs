namespace OrleansGovernance.Api.Contracts;

/// <summary>Why the caller acts; who (from the token) and when (the server's clock) are added by the endpoint.</summary>
public record ActorRequest(string? Note = null);
