namespace OrleansGovernance.Domain.Figures;

/// <summary>How the figures turn counts into rates and means: fractions from 0 to 1, null where nothing is counted yet.</summary>
public static class Rates
{
    public static double? Of(double part, double whole) => whole == 0 ? null : Math.Round(part / whole, 6);

    public static double? Mean(double total, int count) => count == 0 ? null : Math.Round(total / count, 3);
}
