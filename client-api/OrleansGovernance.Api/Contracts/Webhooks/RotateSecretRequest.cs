namespace OrleansGovernance.Api.Contracts;

/// <summary>The secret to sign with from now on; leave it out (send {}) to be given a fresh one.</summary>
public sealed record RotateSecretRequest(string? Secret = null);
