using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Abstractions;

/// <summary>A joint-building plan, keyed by its id (the compound id, '.plan-' and a slug).</summary>
[Alias("governance.IPlanGrain")]
public interface IPlanGrain : IGrainWithStringKey
{
    [Alias("Create")]
    Task<Plan> Create(PlanDraft draft);

    [Alias("Get")]
    Task<Plan> Get();

    [Alias("AddMilestone")]
    Task<Plan> AddMilestone(MilestoneDraft draft, int? expectedVersion);

    /// <summary>Ticks a milestone; with <paramref name="expectedVersion"/> set, refuses if the plan changed since it was read.</summary>
    [Alias("Tick")]
    Task<Plan> Tick(string milestoneId, Stamp stamp, int? expectedVersion);

    [Alias("Untick")]
    Task<Plan> Untick(string milestoneId, Stamp stamp, int? expectedVersion);

    /// <summary>Moves a milestone by one step (start, finish, inspect, step back) with the evidence already in the evidence store.</summary>
    [Alias("Take")]
    Task<Plan> Take(string milestoneId, MilestoneStep step, Stamp stamp, IReadOnlyList<EvidenceRef> evidence, int? expectedVersion);

    /// <summary>Loads a plan whose tick history was built elsewhere (seeding). Idempotent.</summary>
    [Alias("Import")]
    Task Import(Plan plan);
}
