namespace OrleansGovernance.Api.Idempotency;

/// <summary>The client sent an Idempotency-Key it already used for a different request (422).</summary>
public sealed class IdempotencyKeyReusedException(string message) : Exception(message);
