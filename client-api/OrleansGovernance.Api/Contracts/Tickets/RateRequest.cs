using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Contracts;

public sealed record RateRequest(SatisfactionLevel Level, string? Note = null) : ActorRequest(Note);
