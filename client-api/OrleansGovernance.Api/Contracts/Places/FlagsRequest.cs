namespace OrleansGovernance.Api.Contracts;

public sealed record FlagsRequest(bool DualSeal, bool Bookkeeping);
