namespace OrleansGovernance.Domain.Figures;

/// <summary>
/// Households with a visiting cadence (in difficulty) as of when the figures were made: how many there are, how many
/// were visited within their cadence, how many are overdue. Counted from the register when published, not kept as
/// counters, because the clock alone moves them.
/// </summary>
[GenerateSerializer, Alias("governance.visit-cadence")]
public sealed class VisitCadence
{
    [Id(0)] public int Households { get; set; }
    [Id(1)] public int VisitedWithin { get; set; }
    [Id(2)] public int Overdue { get; set; }

    /// <summary>The share of households with a cadence visited within it, null where none has a cadence.</summary>
    public double? WithinShare => Rates.Of(VisitedWithin, Households);

    public void Add(VisitCadence o)
    {
        Households += o.Households;
        VisitedWithin += o.VisitedWithin;
        Overdue += o.Overdue;
    }
}
