namespace OrleansGovernance.Domain.Figures;

/// <summary>Joint-building plans of a place; progress is done weight over total weight across all of them.</summary>
[GenerateSerializer, Alias("governance.plan-counts")]
public sealed class PlanCounts
{
    [Id(0)] public int Plans { get; set; }
    [Id(1)] public int Milestones { get; set; }
    [Id(2)] public int Done { get; set; }
    [Id(3)] public int Overdue { get; set; }
    [Id(4)] public int AtRisk { get; set; }
    [Id(5)] public int WeightTotal { get; set; }
    [Id(6)] public int WeightDone { get; set; }

    /// <summary>Done weight over total weight.</summary>
    public double? Progress => Rates.Of(WeightDone, WeightTotal);

    public void Add(PlanCounts o)
    {
        Plans += o.Plans;
        Milestones += o.Milestones;
        Done += o.Done;
        Overdue += o.Overdue;
        AtRisk += o.AtRisk;
        WeightTotal += o.WeightTotal;
        WeightDone += o.WeightDone;
    }
}
