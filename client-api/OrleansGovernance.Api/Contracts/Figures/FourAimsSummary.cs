using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// Fangzhi's four aims (四有目标, the "4" of "13415") as shares of what the platform counts; docs/four-aims.md
/// defines each. Every share gives its numerator and denominator, and its rate (null when nothing is counted).
/// </summary>
public sealed record FourAimsSummary(
    PrecisionAim Precision,
    WarmthAim Warmth,
    SpeedAim Speed,
    StrengthAim Strength)
{
    public static FourAimsSummary From(PlaceFigures f)
    {
        var r = f.Requests;
        return new FourAimsSummary(
            new PrecisionAim(Share.Of(r.SettledFirstTime, r.Settled)),
            new WarmthAim(Share.Of(f.Satisfaction.SatisfiedOrBetter, f.Satisfaction.Rated), f.Cadence.Households == 0 ? null : Share.Of(f.Cadence.VisitedWithin, f.Cadence.Households)),
            new SpeedAim(Share.Of(r.AcknowledgedWithinLimit, r.AcknowledgedWithinLimit + r.Breached)),
            new StrengthAim(Share.Of(r.EscalatedSettled, r.Escalated), Share.Of(r.SettledLongRunning, r.SettledLongRunning + r.OpenLongRunning)));
    }
}

/// <summary>管理有精度: settled requests settled without being reopened.</summary>
public sealed record PrecisionAim(Share SettledWithoutReopening);

/// <summary>
/// 服务有温度: the satisfaction rate, and the households in difficulty visited within their cadence (null where no
/// household has a cadence: nothing to judge, rather than 0%).
/// </summary>
public sealed record WarmthAim(Share Satisfaction, Share? VisitedWithinCadence);

/// <summary>办事有速度: requests answered within the response limit.</summary>
public sealed record SpeedAim(Share OnTimeResponse);

/// <summary>解决困难有力度: escalated requests settled, and long-running requests (open over 30 days) settled.</summary>
public sealed record StrengthAim(Share EscalatedSettled, Share LongRunningSettled);

/// <summary>A share: numerator over denominator, and their rate from 0 to 1 (null when the denominator is 0).</summary>
public sealed record Share(int Numerator, int Denominator, double? Rate)
{
    public static Share Of(int numerator, int denominator) => new(numerator, denominator, Rates.Of(numerator, denominator));
}
