using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The door visits (走访) of one China month by door, keyed yyyymm in <see cref="PlaceSummary.Visits"/>.</summary>
public sealed record VisitMonthSummary(int NewResident, int LongTimeResident, int InDifficulty, int Total)
{
    public static VisitMonthSummary From(VisitMonth m) => new(m.NewResident, m.LongTimeResident, m.InDifficulty, m.Total);
}

/// <summary>Households with a visiting cadence (in difficulty): visited within it, overdue, and the share within (null with none).</summary>
public sealed record VisitCadenceSummary(int Households, int VisitedWithin, int Overdue, double? WithinShare)
{
    public static VisitCadenceSummary From(VisitCadence c) => new(c.Households, c.VisitedWithin, c.Overdue, c.WithinShare);
}
