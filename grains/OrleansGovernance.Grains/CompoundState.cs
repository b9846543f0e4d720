using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains;

/// <summary>A compound's profile and the latest facts of the tickets and plans that belong to it.</summary>
[GenerateSerializer, Alias("governance.compound-state")]
public sealed class CompoundState
{
    [Id(0)] public CompoundProfile Profile { get; set; } = new();
    [Id(1)] public Dictionary<string, TicketFacts> Tickets { get; set; } = [];
    [Id(2)] public Dictionary<string, PlanFacts> Plans { get; set; } = [];
    [Id(3)] public long Version { get; set; }
}
