namespace OrleansGovernance.Api.Contracts;

/// <summary>The token from the opt-out link of a message (退订).</summary>
public sealed record OptOutRequest(string Token);
