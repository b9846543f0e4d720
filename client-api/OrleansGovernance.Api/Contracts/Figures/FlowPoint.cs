using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api.Contracts;

public sealed record FlowPoint(DateTimeOffset Start, int Submitted, int Settled);
