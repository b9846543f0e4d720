using OrleansGovernance.Domain.Visits;

namespace OrleansGovernance.Domain.Figures;

/// <summary>The door visits (走访) of one China calendar month by the door they went to (三门工作法).</summary>
[GenerateSerializer, Alias("governance.visit-month")]
public sealed class VisitMonth
{
    /// <summary>敲门: new residents.</summary>
    [Id(0)] public int NewResident { get; set; }

    /// <summary>串门: long-time residents.</summary>
    [Id(1)] public int LongTimeResident { get; set; }

    /// <summary>上门: households in difficulty.</summary>
    [Id(2)] public int InDifficulty { get; set; }

    public int Total => NewResident + LongTimeResident + InDifficulty;

    public void Count(VisitKind kind, int delta = 1)
    {
        switch (kind)
        {
            case VisitKind.NewResident: NewResident += delta; break;
            case VisitKind.LongTimeResident: LongTimeResident += delta; break;
            case VisitKind.InDifficulty: InDifficulty += delta; break;
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of visit.");
        }
    }

    public void Add(VisitMonth o)
    {
        NewResident += o.NewResident;
        LongTimeResident += o.LongTimeResident;
        InDifficulty += o.InDifficulty;
    }

    public VisitMonth Copy() => new() { NewResident = NewResident, LongTimeResident = LongTimeResident, InDifficulty = InDifficulty };
}
