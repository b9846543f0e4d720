namespace OrleansGovernance.Domain.Plans;

/// <summary>What the figures need to know about one plan: its milestones' due dates, weights and whether each is done.</summary>
[GenerateSerializer, Immutable, Alias("governance.plan-facts")]
public sealed record PlanFacts(
    [property: Id(0)] string Id,
    [property: Id(1)] int Version,
    [property: Id(2)] IReadOnlyList<MilestoneFacts> Milestones)
{
    public static PlanFacts Of(Plan plan) => new(
        plan.Id,
        plan.Version,
        [.. plan.Milestones.Select(m => new MilestoneFacts(m.Due, m.Weight, m.Done, m.DoneAt))]);
}

[GenerateSerializer, Immutable, Alias("governance.milestone-facts")]
public sealed record MilestoneFacts(
    [property: Id(0)] DateOnly Due,
    [property: Id(1)] int Weight,
    [property: Id(2)] bool Done,
    [property: Id(3)] DateTimeOffset? DoneAt)
{
    public bool IsOverdue(DateOnly today) => !Done && Due < today;

    /// <summary>Not done, not yet overdue, and due within <see cref="Plan.AtRiskDays"/> days.</summary>
    public bool IsAtRisk(DateOnly today) => !Done && Due >= today && Due <= today.AddDays(Plan.AtRiskDays);
}
